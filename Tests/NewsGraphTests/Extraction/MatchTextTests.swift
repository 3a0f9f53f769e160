import Testing

@testable import NewsGraph

/// `MatchText.appendPhraseUnits` reads plain names (words joined by single spaces, without
/// controls, C2 or E2 lead bytes) at once; every phrase must get the units that reading it unit
/// by unit gives.
@Suite struct MatchTextTests {
  func units(_ phrase: String, folding: Bool, byUnit: Bool) -> [UInt8]? {
    var copy = phrase
    return copy.withUTF8 { bytes -> [UInt8]? in
      var units: [UInt8] = [7, 7]  // appended to, never changed
      let accepted =
        byUnit
        ? MatchText.appendPhraseUnitsByUnit(bytes, folding: folding, to: &units)
        : MatchText.appendPhraseUnits(bytes, folding: folding, to: &units)
      #expect(Array(units.prefix(2)) == [7, 7])
      return accepted ? Array(units.dropFirst(2)) : (units.count == 2 ? nil : [0xFF])
    }
  }

  @Test func plainNamesReadAtOnceAsUnitByUnit() {
    var random = SeededRandom(seed: 17)
    let pieces = [
      "a", "Z", "Putin", "US", "x2", "Su-35", " ", " ", " ", "  ", "\t", "\n", "\u{A0}", "’", "'",
      "-", ".", "é", "Київ", "~", "@", "[", "`", "{", "\u{7F}", "\u{01}", "", "0", "Ø", "ü",
      "\u{A9}", "\u{2013}", "\u{2019}", "\u{201C}", "\u{2026}", "\u{2122}", "\u{3000}", "中",
      "\u{FF}", "\u{85}", "\u{2028}", "🔥",
    ]
    var plain = 0
    for _ in 0..<3000 {
      let phrase = (0..<Int.random(in: 0...6, using: &random)).map { _ in
        pieces.randomElement(using: &random)!
      }.joined()
      if phrase.utf8.allSatisfy({ $0 &- 0x20 < 0x5F || ($0 >= 0x80 && $0 != 0xC2 && $0 != 0xE2) }) {
        plain += 1
      }
      for folding in [true, false] {
        #expect(
          units(phrase, folding: folding, byUnit: false)
            == units(phrase, folding: folding, byUnit: true), "\(phrase.debugDescription)")
      }
    }
    #expect(plain > 300)
    #expect(units("Vladimir Putin", folding: true, byUnit: false) == Array("vladimir putin".utf8))
    #expect(units("Vladimir Putin", folding: false, byUnit: false) == Array("Vladimir Putin".utf8))
    #expect(units(" - ", folding: true, byUnit: false) == nil)
    #expect(units("Jürgen Øyranvek", folding: true, byUnit: false) == Array("jürgen Øyranvek".utf8))
    #expect(units("d’Ivoire", folding: true, byUnit: false) == Array("d'ivoire".utf8))
  }
}
