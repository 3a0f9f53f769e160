import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The byte-level JSON text writers' hot loops use is the `String` API's text, byte for byte.
@Suite struct JSONTextTests {
  static let strings: [String] = [
    "", "plain", HostileGraph.markup, HostileGraph.lines, HostileGraph.forbidden,
    HostileGraph.scripts, HostileGraph.cafeNFD, HostileGraph.trailingBackslash,
    "\u{0}\u{1}\u{1F}\u{7F}\"\\", "\"\u{301}",
  ]

  private static func quotedBytes(_ text: String) -> String {
    var text = text
    var out: [UInt8] = []
    text.withUTF8 { JSONText.appendQuoted(utf8: $0, to: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  @Test(arguments: strings)
  func bytesAreQuotedAsStringsAre(_ text: String) {
    var expected = ""
    JSONText.appendQuoted(text, to: &expected)
    #expect(Array(Self.quotedBytes(text).utf8) == Array(expected.utf8))
  }

  @Test func controlsUseTheSixCharacterForm() {
    #expect(Self.quotedBytes("\u{1}\u{1F}\n") == #""\u0001\u001f\n""#)
  }

  @Test func arraysOfAColumnRowAreTheArrayOfItsStrings() {
    var lists = TextListColumn()
    let rows: [[String]] = [[], ["one"], Self.strings, ["a", ""]]
    for row in rows { lists.append(row) }
    for (index, row) in rows.enumerated() {
      var out: [UInt8] = []
      JSONText.appendArray(lists, row: index, to: &out)
      #expect(out == Array(JSONText.array(row).utf8))
    }
  }

  static let entries = [
    Provenance(
      document: "a \"b\".txt", sentence: 0, start: -1, end: 12, evidence: HostileGraph.lines),
    Provenance(document: "c.txt", sentence: 42, start: 7, end: 9, evidence: HostileGraph.scripts),
    Provenance(
      document: HostileGraph.markup, sentence: 123_456_789, start: 0, end: 0,
      evidence: "\u{0}\u{1F}\"\\" + HostileGraph.cafeNFD),
  ]

  /// The array written from bytes is the one the scalar-by-scalar `String` escaper gives.
  @Test func provenanceIsItsEntriesQuotedAsStringsAre() {
    var expected = "["
    for (index, entry) in Self.entries.enumerated() {
      if index > 0 { expected += "," }
      expected += #"{"document":"#
      JSONText.appendQuoted(entry.document, to: &expected)
      expected += #","sentence":\#(entry.sentence),"start":\#(entry.start),"end":\#(entry.end)"#
      expected += #","evidence":"#
      JSONText.appendQuoted(entry.evidence, to: &expected)
      expected += "}"
    }
    expected += "]"
    #expect(JSONText.provenanceBytes(Self.entries) == Array(expected.utf8))
    #expect(JSONText.provenanceBytes([]) == Array("[]".utf8))
  }

  @Test func provenanceOfAColumnRowIsTheArrayOfItsEntries() {
    let entries = Self.entries
    var column = ProvenanceColumn()
    column.append([])
    column.append(entries)
    column.append([entries[1]])
    for (row, expected) in [[], entries, [entries[1]]].enumerated() {
      var out: [UInt8] = []
      JSONText.appendProvenanceArray(column, row: row, to: &out)
      #expect(out == Array(JSONText.provenanceArray(expected).utf8))
    }
  }
}
