import NewsGraph
import Testing

@Suite struct TSVTableTests {
  func table(_ text: String, file: String = "t.tsv") throws -> TSVTable {
    try TSVTable(bytes: Array(text.utf8), file: file)
  }

  func expectError(
    _ text: [UInt8], line: Int?, byteOffset: Int? = nil, kind: NewsGraphError.Kind? = nil,
    containing detail: String? = nil
  ) {
    #expect {
      try TSVTable(bytes: text, file: "t.tsv")
    } throws: { error in
      guard let error = error as? NewsGraphError else { return false }
      if let kind, error.kind != kind { return false }
      if let detail, !error.message.contains(detail) { return false }
      return error.location?.file == "t.tsv" && error.location?.line == line
        && (byteOffset == nil || error.location?.byteOffset == byteOffset)
    }
  }

  @Test func commentsAndBlankLinesAreSkippedAndLineNumbersKept() throws {
    let parsed = try table("# about\na\tb\n\n# middle\n1\t2\n  \n3\t\n")
    #expect(parsed.header == ["a", "b"])
    #expect(parsed.headerLine == 2)
    #expect(parsed.rows.map(\.line) == [5, 7])
    #expect(parsed.rows.map(\.fields) == [["1", "2"], ["3", ""]])
    #expect(parsed.rows[0]["b"] == "2")
    #expect(parsed.rows[0]["c"] == nil)
  }

  @Test func hashInsideALineIsText() throws {
    let parsed = try table("a\tb\nx#1\t# not a comment\n")
    #expect(parsed.rows[0].fields == ["x#1", "# not a comment"])
  }

  @Test func crlfAndSurroundingSpacesAreDropped() throws {
    let parsed = try table("a\tb\r\n x \t y z  \r\nlast\tline")
    #expect(parsed.header == ["a", "b"])
    #expect(parsed.rows.map(\.fields) == [["x", "y z"], ["last", "line"]])
  }

  @Test func aLineWithTooFewOrTooManyFieldsNamesItsLineAndCounts() {
    expectError(
      Array("a\tb\tc\n1\t2\t3\n1\t2\n".utf8), line: 3, containing: "expected 3")
    expectError(Array("a\tb\tc\n1\t2\t3\n1\t2\n".utf8), line: 3, containing: "found 2")
    expectError(Array("a\tb\n# c\n1\t2\t3\n".utf8), line: 3, containing: "found 3")
  }

  @Test func aFileWithoutHeaderIsAnError() {
    expectError(Array("# only comments\n\n".utf8), line: nil, containing: "no header")
  }

  @Test func aDuplicateOrEmptyHeaderNameIsAnError() {
    expectError(Array("a\ta\n".utf8), line: 1, containing: "twice")
    expectError(Array("# x\na\t\n".utf8), line: 2, containing: "empty")
  }

  @Test func invalidUTF8NamesTheByteOffset() {
    let bytes = Array("a\tb\n1\t".utf8) + [0xFF] + Array("\n".utf8)
    expectError(bytes, line: 2, byteOffset: 6, kind: .invalidUTF8)
  }

  @Test func nonASCIIFieldsSurvive() throws {
    let parsed = try table("a\n Zelenskyy|Зеленський \n")
    #expect(parsed.rows[0].fields == ["Zelenskyy|Зеленський"])
  }
}
