/// A strict TAB-separated table, as the lexicon files are written: one header line, then rows
/// with exactly the header's number of fields.
///
/// Strict because a lexicon line with a missing TAB would shift every later column silently (an
/// alias read as a Wikidata id); the reader stops at such a line and names it instead. Lines that
/// start with `#` are comments and blank lines are skipped, anywhere in the file. There is no
/// quoting: a field never holds a TAB or a newline. A CR before the LF is dropped and spaces
/// around a field are trimmed, since editors add both without being asked.
public struct TSVTable: Sendable {
  /// One data line: its fields in header order and the line it was read from.
  public struct Row: Sendable {
    /// 1-based line number in the file.
    public let line: Int
    public let fields: [String]
    let columns: [String: Int]

    /// The field under a header name, or nil when the table has no such column.
    public subscript(column: String) -> String? {
      columns[column].map { fields[$0] }
    }
  }

  public let file: String
  public let header: [String]
  /// 1-based line number of the header.
  public let headerLine: Int
  public let rows: [Row]
  private let columns: [String: Int]

  /// Reads a file, then parses it.
  public init(contentsOf path: String) throws {
    try self.init(bytes: InputFile.bytes(atPath: path), file: path)
  }

  /// Parses UTF-8 bytes; `file` names the input in errors.
  ///
  /// - Complexity: O(n) in the number of bytes.
  public init(bytes: [UInt8], file: String) throws {
    let text = try InputFile.text(bytes, file: file)
    self.file = file
    var header: [String]?
    var headerLine = 0
    var columns: [String: Int] = [:]
    var rows: [Row] = []
    var lineNumber = 0
    var utf8 = Array(text.utf8)
    if utf8.last != UInt8(ascii: "\n") { utf8.append(UInt8(ascii: "\n")) }
    var lineStart = 0
    for index in utf8.indices where utf8[index] == UInt8(ascii: "\n") {
      lineNumber += 1
      var lineEnd = index
      if lineEnd > lineStart && utf8[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
      let line = utf8[lineStart..<lineEnd]
      lineStart = index + 1
      if Self.isSkipped(line) { continue }
      let fields = Self.fields(of: line)
      guard let expected = header else {
        for (position, name) in fields.enumerated() {
          let location = InputLocation(file: file, line: lineNumber)
          if name.isEmpty {
            throw NewsGraphError(
              .malformedTable("header field \(position + 1) is empty"), at: location)
          }
          if columns[name] != nil {
            throw NewsGraphError(
              .malformedTable("header names column '\(name)' twice"), at: location)
          }
          columns[name] = position
        }
        header = fields
        headerLine = lineNumber
        continue
      }
      guard fields.count == expected.count else {
        throw NewsGraphError(
          .malformedTable("expected \(expected.count) TAB-separated fields, found \(fields.count)"),
          at: InputLocation(file: file, line: lineNumber))
      }
      rows.append(Row(line: lineNumber, fields: fields, columns: columns))
    }
    guard let header else {
      throw NewsGraphError(.malformedTable("no header line"), at: InputLocation(file: file))
    }
    self.header = header
    self.headerLine = headerLine
    self.columns = columns
    self.rows = rows
  }

  /// Whether the table has a column of this name.
  public func hasColumn(_ name: String) -> Bool { columns[name] != nil }

  /// The place of a row, for errors about its content.
  public func location(of row: Row) -> InputLocation {
    InputLocation(file: file, line: row.line)
  }

  /// The place of the header line.
  public var headerLocation: InputLocation { InputLocation(file: file, line: headerLine) }

  /// Comment lines (`#` first) and lines of nothing but spaces carry no data.
  private static func isSkipped(_ line: ArraySlice<UInt8>) -> Bool {
    if line.first == UInt8(ascii: "#") { return true }
    return line.allSatisfy { $0 == UInt8(ascii: " ") }
  }

  /// The line split at every TAB, each field trimmed of surrounding spaces.
  private static func fields(of line: ArraySlice<UInt8>) -> [String] {
    var result: [String] = []
    var start = line.startIndex
    var index = line.startIndex
    while true {
      if index == line.endIndex || line[index] == UInt8(ascii: "\t") {
        var lower = start
        var upper = index
        while lower < upper && line[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower && line[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        result.append(String(decoding: line[lower..<upper], as: UTF8.self))
        if index == line.endIndex { break }
        start = index + 1
      }
      index += 1
    }
    return result
  }
}
