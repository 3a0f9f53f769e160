import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// Shortening label bytes (the DOT writer's path) gives the bytes `shortened` gives the text.
@Suite struct DOTShorteningTests {
  static let texts: [String] = [
    "", "short", String(repeating: "a", count: 40), String(repeating: "a", count: 41),
    String(repeating: "ab\tc\nd", count: 10), "ends in CR\r", "CR LF\r\nin a short one",
    String(repeating: "x\r\n", count: 30), String(repeating: "é", count: 40),
    String(repeating: "é", count: 41), String(repeating: "e\u{301}", count: 40),
    String(repeating: "e\u{301}", count: 41), String(repeating: "🇺🇦", count: 45),
    String(repeating: "👩‍👩‍👧", count: 39), HostileGraph.scripts, HostileGraph.lines,
    HostileGraph.markup, HostileGraph.long,
  ]

  @Test(arguments: texts)
  func bytesAreShortenedAsTheText(_ text: String) {
    for limit in [1, 5, 39, 40] {
      var copy = text
      var out: [UInt8] = []
      copy.withUTF8 { DOTSerializer.appendShortened($0, limit: limit, to: &out) }
      #expect(out == Array(DOTSerializer.shortened(text, limit: limit).utf8))
    }
  }
}
