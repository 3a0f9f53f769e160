import NewsGraph
import Testing

/// Counts before a weapon noun: digits, number words, vague plurals and their qualifiers.
@Suite struct QuantityPhraseTests {
  func parse(_ text: String, skippable: Int = 0) -> QuantityPhrase? {
    QuantityPhrase.parse(
      before: text.lowercased().split(separator: " ").map(String.init), skippable: skippable)
  }

  @Test(
    arguments: [
      ("supplied 300", 300, nil),
      ("supplying more than 300", 300, "more than"),
      ("delivered 2,000", 2000, nil),
      ("sent 100,000", 100_000, nil),
      ("sold ten", 10, nil),
      ("sold twenty four", 24, nil),
      ("about a dozen", 12, "about"),
      ("two dozen", 24, nil),
      ("up to 48", 48, "up to"),
      ("at least five", 5, "at least"),
      ("nearly two hundred", 200, "nearly"),
      ("three thousand five hundred", 3500, nil),
      ("a hundred", 100, nil),
      ("10 million", 10_000_000, nil),
    ] as [(String, Int64, String?)])
  func exactCounts(text: String, value: Int64, qualifier: String?) {
    #expect(parse(text) == QuantityPhrase(value: value, qualifier: qualifier))
  }

  @Test(arguments: [
    ("sale of hundreds of", "hundreds"),
    ("dozens of", "dozens"),
    ("thousands of", "thousands"),
    ("transferred several hundred", "several hundred"),
  ])
  func vagueCountsKeepTheirWords(text: String, qualifier: String) {
    #expect(parse(text) == QuantityPhrase(value: nil, qualifier: qualifier))
  }

  @Test func noCountIsNil() {
    #expect(parse("supplied the") == nil)
    #expect(parse("a") == nil)
    #expect(parse("hundred") == nil)
    #expect(parse("") == nil)
  }

  @Test func anAdjectiveMayStandBetweenCountAndNoun() {
    #expect(parse("more than 300 kamikaze", skippable: 1)?.value == 300)
    #expect(parse("more than 300 kamikaze") == nil)
  }
}
