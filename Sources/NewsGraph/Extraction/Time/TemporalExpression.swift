/// A date expression found in a sentence and anchored to the article's publication date.
public struct TemporalExpression: Sendable, Equatable {
  /// UTF-8 byte range of the expression, relative to the start of the text searched.
  /// Prepositions that only place it ("on", "in") are outside it; words that change its meaning
  /// ("since", "last", "earlier this") are inside.
  public var bytes: Range<Int>
  /// The expression as written ("last month", "since September", "January 12, 2023").
  public var text: String
  public var value: TemporalValue
  public var granularity: TemporalGranularity

  public init(
    bytes: Range<Int>, text: String, value: TemporalValue, granularity: TemporalGranularity
  ) {
    self.bytes = bytes
    self.text = text
    self.value = value
    self.granularity = granularity
  }
}
