import NewsGraph
import NewsGraphTestSupport
import Testing

/// The one escaping rule of every quoted DOT string, and the splitting of long strings.
@Suite struct DOTStringTests {
  struct Escape: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let quoted: String
    var testDescription: String { name }
  }

  static let escapes: [Escape] = [
    Escape(name: "quote", text: #"say "hi""#, quoted: #""say \"hi\"""#),
    Escape(name: "backslash", text: #"a\b"#, quoted: #""a\\b""#),
    Escape(name: "trailing backslash", text: #"ends\"#, quoted: #""ends\\""#),
    Escape(name: "backslash then quote", text: #"\""#, quoted: #""\\\"""#),
    Escape(
      name: "\\N and friends", text: #"\N \G \E \T \H \L"#, quoted: #""\\N \\G \\E \\T \\H \\L""#),
    Escape(name: "newline", text: "a\nb", quoted: #""a\nb""#),
    Escape(name: "CR LF keeps its CR", text: "a\r\nb", quoted: "\"a\r\\nb\""),
    Escape(name: "lone CR kept", text: "a\rb", quoted: "\"a\rb\""),
    Escape(name: "tab stays", text: "a\tb", quoted: "\"a\tb\""),
    Escape(
      name: "forbidden characters", text: "\u{0}\u{7}\u{B}\u{C}\u{1B}\u{1F}\u{FFFE}\u{FFFF}",
      quoted: "\"" + String(repeating: "\u{FFFD}", count: 8) + "\""),
    Escape(
      name: "other U+Fxxx stay", text: "\u{FFFD}\u{FFFC}\u{F8FF}",
      quoted: "\"\u{FFFD}\u{FFFC}\u{F8FF}\""),
    Escape(name: "quote with combining mark", text: "\"\u{301}", quoted: "\"\\\"\u{301}\""),
    Escape(name: "keyword", text: "strict", quoted: #""strict""#),
    Escape(name: "port syntax", text: "a:b", quoted: #""a:b""#),
    Escape(name: "leading digit", text: "1abc", quoted: #""1abc""#),
    Escape(name: "empty", text: "", quoted: #""""#),
    Escape(name: "entity in data", text: "&#1;", quoted: #""&#1;""#),
    Escape(name: "scripts", text: HostileGraph.scripts, quoted: "\"\(HostileGraph.scripts)\""),
  ]

  @Test(arguments: escapes)
  func dataStringsFollowTheRule(_ escape: Escape) {
    #expect(
      DOTString.quoted(escape.text).unicodeScalars.elementsEqual(escape.quoted.unicodeScalars))
  }

  @Test func displayStringsAlsoEscapeAmpersands() {
    #expect(DOTString.quoted("&#1; a & b", layer: .display) == #""&amp;#1; a &amp; b""#)
    #expect(DOTString.quoted("x\\", layer: .display) == #""x\\""#)
  }

  /// Reading a written string back by the escString rule gives the text exactly.
  @Test(arguments: escapes)
  func theEscStringRuleReadsTheTextBack(_ escape: Escape) throws {
    let tokens = try DOTLexer.tokens(DOTString.quoted(escape.text))
    let raw = try #require(tokens.first?.quotedText)
    let expected = XMLText.cleaned(escape.text)
    #expect(DOTString.unescaped(raw)?.unicodeScalars.elementsEqual(expected.unicodeScalars) == true)
  }

  @Test func unescapingRejectsEscapesNewsGraphNeverWrites() {
    #expect(DOTString.unescaped(#"a\N"#) == nil)
    #expect(DOTString.unescaped(#"a\"#) == nil)
    #expect(DOTString.unescaped(#"a\\\n\""#) == "a\\\n\"")
  }

  /// With pieces of 8 bytes, a 4-byte emoji that does not fit starts the next piece.
  @Test func splitsFallBetweenUTF8Sequences() {
    #expect(DOTString.quoted("aaaaaaa🙂b", chunkLimit: 8) == #""aaaaaaa" + "🙂b""#)
    #expect(DOTString.quoted("aaaaaa日", chunkLimit: 8) == #""aaaaaa" + "日""#)
    #expect(DOTString.quoted("aaaaa日", chunkLimit: 8) == #""aaaaa日""#)
  }

  /// An escape pair (`\\`, `\"`, `\n`) is never cut, or `\` would end a piece and eat its quote.
  @Test func splitsFallBetweenEscapePairs() {
    #expect(DOTString.quoted("aaaaaaa\\b", chunkLimit: 8) == #""aaaaaaa" + "\\b""#)
    #expect(DOTString.quoted("aaaaaaa\"b", chunkLimit: 8) == #""aaaaaaa" + "\"b""#)
    #expect(DOTString.quoted("aaaaaaa\nb", chunkLimit: 8) == #""aaaaaaa" + "\nb""#)
    #expect(
      DOTString.quoted("aaaaaaa\r\nb", layer: .display, chunkLimit: 8) == #""aaaaaaa" + "\nb""#)
    #expect(DOTString.quoted("aaaa&b", layer: .display, chunkLimit: 8) == #""aaaa" + "&amp;b""#)
  }

  /// Every piece fits, is UTF-8 on its own, does not end inside an escape, and the pieces join
  /// to the text.
  @Test(arguments: [3, 4, 5, 7, 16, 100])
  func piecesOfAnyLimitJoinToTheText(limit: Int) throws {
    let text = String(repeating: "ab&<\"é日🙂\\\n \u{301}\r\n", count: 20)
    try expectWellSplit(text, limit: limit)
  }

  @Test func theHostileLongStringIsSplitBelowGraphvizLimit() throws {
    let pieces = try expectWellSplit(HostileGraph.long, limit: DOTString.chunkLimit)
    #expect(pieces > 6)
    #expect(DOTString.chunkLimit < 16384)
  }

  @Test func shortStringsAreOnePiece() {
    let text = String(repeating: "x", count: DOTString.chunkLimit)
    #expect(DOTString.quoted(text) == "\"\(text)\"")
    #expect(DOTString.quoted(text + "y").contains("\" + \""))
  }

  @Test func attributeNamesAreBareOnlyWhenDOTAllowsIt() {
    #expect(DOTString.isBareName("data_weight"))
    #expect(DOTString.isBareName("fillcolor"))
    #expect(!DOTString.isBareName("data_x-y"))
    #expect(!DOTString.isBareName("data_a.b"))
    #expect(!DOTString.isBareName("1st"))
    #expect(!DOTString.isBareName(""))
    for keyword in ["node", "Edge", "GRAPH", "digraph", "subGraph", "strict"] {
      #expect(!DOTString.isBareName(keyword), "\(keyword)")
    }
    var out: [UInt8] = []
    DOTString.appendName("data_x-y", to: &out)
    #expect(String(decoding: out, as: UTF8.self) == #""data_x-y""#)
  }

  @Test func htmlTextEscapesMarkupAndCleansControls() {
    #expect(DOTString.htmlText(#"<&>"'"#) == "&lt;&amp;&gt;&quot;'")
    #expect(DOTString.htmlText("a\r\nb\nc\rd\te") == "a b c d e")
    #expect(DOTString.htmlText("\u{1}\u{FFFF}") == "\u{FFFD}\u{FFFD}")
    #expect(DOTString.htmlText(#"back\slash \N"#) == #"back\slash \N"#)
  }

  /// Checks the pieces of `text` quoted with `limit`; returns how many there are.
  @discardableResult
  private func expectWellSplit(_ text: String, limit: Int) throws -> Int {
    let quoted = DOTString.quoted(text, chunkLimit: limit)
    let tokens = try DOTLexer.tokens(quoted)
    #expect(tokens.count == 1)
    guard case .quoted(let raw, let pieces)? = tokens.first else {
      Issue.record("not one quoted string: \(quoted.prefix(80))")
      return 0
    }
    for piece in pieces {
      #expect(piece.count <= max(limit, 5))
      #expect(String(validating: piece, as: UTF8.self) != nil, "a piece is not UTF-8 on its own")
      let trailingBackslashes = piece.reversed().prefix { $0 == UInt8(ascii: "\\") }.count
      #expect(trailingBackslashes % 2 == 0, "a piece ends inside an escape")
    }
    #expect(DOTString.unescaped(raw)?.unicodeScalars.elementsEqual(text.unicodeScalars) == true)
    return pieces.count
  }
}
