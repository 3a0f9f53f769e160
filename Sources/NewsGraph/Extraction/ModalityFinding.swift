/// What `ModalityDetector` found for one trigger: the label and the cue that imposed it.
public struct ModalityFinding: Sendable, Equatable {
  public var modality: Modality
  /// The cue as written in the sentence ("has no plans to", "?"); nil when asserted.
  public var cue: String?
  /// The cue's byte range in the sentence text; nil when asserted.
  public var cueRange: Range<Int>?

  public init(modality: Modality, cue: String? = nil, cueRange: Range<Int>? = nil) {
    self.modality = modality
    self.cue = cue
    self.cueRange = cueRange
  }

  public static let asserted = ModalityFinding(modality: .asserted)
}
