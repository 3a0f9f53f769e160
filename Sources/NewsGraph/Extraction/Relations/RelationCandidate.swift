/// A relation found by a rule, before modality and attribution are decided.
public struct RelationCandidate: Sendable, Equatable {
  public var relation: ExtractedRelation
  /// Byte range, relative to the start of the sentence's text, of the words that trigger the
  /// relation (the verb, or the agreement noun); modality and attribution are judged for it.
  public var trigger: Range<Int>

  public init(relation: ExtractedRelation, trigger: Range<Int>) {
    self.relation = relation
    self.trigger = trigger
  }
}
