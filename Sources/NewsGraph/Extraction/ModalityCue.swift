/// One row of `ontology/cues/modality.tsv`: a word or phrase and what it does to a trigger.
public struct ModalityCue: Sendable, Equatable {
  public var text: String
  public var modality: Modality
  public var scope: CueScope
  /// Whether the cue matches only as written ("may" but not the month "May").
  public var caseSensitive: Bool

  public init(text: String, modality: Modality, scope: CueScope, caseSensitive: Bool = false) {
    self.text = text
    self.modality = modality
    self.scope = scope
    self.caseSensitive = caseSensitive
  }
}
