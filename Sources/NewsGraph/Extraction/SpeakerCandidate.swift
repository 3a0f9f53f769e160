/// An entity mention of the sentence as `AttributionDetector` needs it: where, who, what type.
/// A plain value so attribution does not depend on how mentions are resolved.
public struct SpeakerCandidate: Sendable, Equatable {
  /// Byte range in the sentence text.
  public var range: Range<Int>
  public var id: String
  /// Ontology class local name; only Person, State and Organization can speak.
  public var type: String

  public init(range: Range<Int>, id: String, type: String) {
    self.range = range
    self.id = id
    self.type = type
  }

  public static let speakingTypes: Set<String> = ["Person", "State", "Organization"]
}
