/// Who a reported trigger is attributed to.
public enum AttributionSpeaker: Sendable, Equatable {
  /// An entity mention of the sentence (its id and byte range).
  case mention(id: String, range: Range<Int>)
  /// A pronoun ("he", "she", "they", "it", "we"); the caller resolves it, typically to the most
  /// recent Person of the article.
  case pronoun(text: String, range: Range<Int>)
}
