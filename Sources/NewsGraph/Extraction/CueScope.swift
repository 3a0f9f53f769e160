/// How far a modality cue reaches from where it is written.
public enum CueScope: String, Sendable, CaseIterable {
  /// Triggers after the cue (or overlapping it) up to the next clause boundary.
  case clause
  /// Triggers anywhere in the cue's clause, before or after it ("offered … if Russia invaded").
  case clauseBoth = "clause-both"
  /// Triggers after the cue in the same clause with at most three words between them, for
  /// short words such as "not" and "no" that would otherwise negate half a sentence.
  case near
  /// Triggers after the cue anywhere in the sentence.
  case sentence
}
