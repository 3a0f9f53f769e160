/// The source a sentence gives for a trigger: speaker, reporting verb and its stance.
public struct Attribution: Sendable, Equatable {
  public var speaker: AttributionSpeaker
  /// The reporting verb's lemma ("say"); "according to" reports as `according to`.
  public var verb: String
  public var stance: ReportingStance
  /// Byte range of the verb (or of "according to" / "citing") in the sentence.
  public var verbRange: Range<Int>

  public init(
    speaker: AttributionSpeaker, verb: String, stance: ReportingStance, verbRange: Range<Int>
  ) {
    self.speaker = speaker
    self.verb = verb
    self.stance = stance
    self.verbRange = verbRange
  }
}
