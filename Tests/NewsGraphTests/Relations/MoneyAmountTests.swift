import NewsGraph
import Testing

/// Money as news writes it, read into an amount in currency units and an ISO 4217 code.
@Suite struct MoneyAmountTests {
  static let cases: [(text: String, amount: Double, currency: String, written: String)] = [
    ("a $275mn lethal aid package", 275_000_000, "USD", "$275mn"),
    ("an additional \\$275mn in lethal aid", 275_000_000, "USD", "$275mn"),
    ("worth $275 million", 275_000_000, "USD", "$275 million"),
    ("2022’s £2.3bn worth of arms", 2_300_000_000, "GBP", "£2.3bn"),
    ("pledged €1 billion in aid", 1_000_000_000, "EUR", "€1 billion"),
    ("a US$50m contract", 50_000_000, "USD", "US$50m"),
    ("USD 1.2 billion for drones", 1_200_000_000, "USD", "USD 1.2 billion"),
    ("some 1.5 billion dollars", 1_500_000_000, "USD", "1.5 billion dollars"),
    ("a ₴10bn budget", 10_000_000_000, "UAH", "₴10bn"),
    ("50 million euros in loans", 50_000_000, "EUR", "50 million euros"),
    ("a $1.7tn spending bill", 1_700_000_000_000, "USD", "$1.7tn"),
    ("fines of $1,250,000 were paid", 1_250_000, "USD", "$1,250,000"),
    ("C$500m for Kyiv", 500_000_000, "CAD", "C$500m"),
    ("₽3bn of bonds", 3_000_000_000, "RUB", "₽3bn"),
    ("¥600bn package", 600_000_000_000, "JPY", "¥600bn"),
    ("3 billion roubles", 3_000_000_000, "RUB", "3 billion roubles"),
    ("£40k grant", 40_000, "GBP", "£40k"),
  ]

  @Test(arguments: 0..<cases.count) func readsTheAmountCurrencyAndSpan(_ index: Int) throws {
    let example = Self.cases[index]
    let found = MoneyAmount.amounts(in: example.text)
    try #require(found.count == 1, "\(example.text)")
    #expect(found[0].amount == example.amount)
    #expect(found[0].currency == example.currency)
    let bytes = Array(example.text.utf8)
    #expect(String(decoding: bytes[found[0].bytes], as: UTF8.self) == example.written)
    #expect(found[0].upperAmount == nil)
  }

  @Test func rangesKeepTheLowerBoundAndRecordTheUpper() {
    for text in ["$2bn-$3bn", "$2-3bn", "$2bn to $3bn", "$2bn–$3bn"] {
      let found = MoneyAmount.amounts(in: "between \(text) a year")
      #expect(found.count == 1, "\(text)")
      #expect(found.first?.amount == 2e9, "\(text)")
      #expect(found.first?.upperAmount == 3e9, "\(text)")
      let bytes = Array("between \(text) a year".utf8)
      #expect(found.first.map { String(decoding: bytes[$0.bytes], as: UTF8.self) } == text)
    }
  }

  @Test func numbersWithoutCurrencyAreNotMoney() {
    #expect(MoneyAmount.amounts(in: "more than 300 kamikaze drones in 2023").isEmpty)
    #expect(MoneyAmount.amounts(in: "2,000 anti-tank missiles and 5m rounds").isEmpty)
    #expect(MoneyAmount.amounts(in: "the M777 and T-90 tanks").isEmpty)
  }

  @Test func aSingleLetterMultiplierMustBeGlued() {
    let found = MoneyAmount.amounts(in: "$5 a barrel")
    #expect(found.map(\.amount) == [5])
    #expect(found.map(\.bytes) == [0..<2])
  }

  @Test func severalAmountsInOneSentenceInTextOrder() {
    let text = "The EU gave €1bn and the UK £2.3bn, while the US sent 50 million dollars."
    let found = MoneyAmount.amounts(in: text)
    #expect(found.map(\.currency) == ["EUR", "GBP", "USD"])
    #expect(found.map(\.amount) == [1e9, 2.3e9, 5e7])
  }

  @Test func amountsAreReadOnlyInsideTheGivenRange() {
    let bytes = Array("$5bn then $7bn".utf8)
    let found = MoneyAmount.amounts(in: bytes, range: 5..<bytes.count)
    #expect(found.map(\.amount) == [7e9])
    #expect(found.map(\.bytes) == [10..<14])
  }
}
