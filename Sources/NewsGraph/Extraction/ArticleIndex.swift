/// The `INDEX.tsv` of an article folder: per file name, its title, outlet, date and note.
///
/// The first non-empty line is the header; columns are found by name (case-insensitive), so
/// their order is free and unknown columns are ignored. `file` is required; `title`, `outlet`,
/// `published`, `note` and `url` are optional. Every row must have exactly as many fields as the
/// header: a missing or extra tab usually means a tab inside a title, and guessing which field
/// it split would attach wrong metadata silently. Lines may end in LF or CRLF; blank lines are
/// skipped.
public struct ArticleIndex: Sendable, Equatable {
  /// The rows in file order.
  public let entries: [ArticleMetadata]
  private let positions: [String: Int]

  /// Parses the table; `file` names it in errors.
  /// - Throws: `NewsGraphError` `.malformedTable` naming the file and line (and the column, in
  ///   bytes, of a bad date) for a missing `file` column, a row with the wrong number of fields,
  ///   an empty or repeated file name, or a date that is not `YYYY-MM-DD`.
  public init(parsing text: String, file: String = "INDEX.tsv") throws {
    var header: [String]?
    var columns = Columns()
    var entries: [ArticleMetadata] = []
    var positions: [String: Int] = [:]
    var lineNumber = 0
    // Split on bytes: Swift's Character "\r\n" is one grapheme and would never equal "\n".
    for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = rawLine[...]
      if line.last == 0x0D { line = line.dropLast() }
      if lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
      func fail(_ detail: String, column: Int? = nil) -> NewsGraphError {
        NewsGraphError(
          .malformedTable(detail), at: InputLocation(file: file, line: lineNumber, column: column))
      }
      guard let names = header else {
        header = fields
        columns = Columns(header: fields)
        guard columns.file != nil else {
          throw fail("the header has no 'file' column (found: \(fields.joined(separator: ", ")))")
        }
        continue
      }
      guard fields.count == names.count else {
        throw fail("\(fields.count) fields where the header has \(names.count)")
      }
      let name = fields[columns.file!].trimmingASCIISpaces
      guard !name.isEmpty else { throw fail("the 'file' field is empty") }
      guard positions[name] == nil else { throw fail("'\(name)' is listed twice") }
      var published: CalendarDate?
      if let column = columns.published {
        let value = fields[column].trimmingASCIISpaces
        if !value.isEmpty {
          guard let date = CalendarDate(iso: value) else {
            let byteColumn = fields[..<column].reduce(1) { $0 + $1.utf8.count + 1 }
            throw fail("'\(value)' is not a date of the form YYYY-MM-DD", column: byteColumn)
          }
          published = date
        }
      }
      func field(_ index: Int?) -> String { index.map { fields[$0] } ?? "" }
      let url = columns.url.map { fields[$0].trimmingASCIISpaces }
      positions[name] = entries.count
      entries.append(
        ArticleMetadata(
          file: name, title: field(columns.title), outlet: field(columns.outlet),
          published: published, note: field(columns.note),
          url: url.flatMap { $0.isEmpty ? nil : $0 }))
    }
    guard header != nil else {
      throw NewsGraphError(
        .malformedTable("no header line"), at: InputLocation(file: file, line: max(lineNumber, 1)))
    }
    self.entries = entries
    self.positions = positions
  }

  /// Reads and parses an index file; invalid UTF-8 is reported with its byte offset.
  public init(contentsOf path: String) throws {
    let bytes = try InputFile.bytes(atPath: path)
    try self.init(parsing: InputFile.text(bytes, file: path), file: path)
  }

  /// The row for a file name (the name only, not a path), if the index lists it.
  public func entry(forFile name: String) -> ArticleMetadata? {
    positions[name].map { entries[$0] }
  }

  public static func == (lhs: ArticleIndex, rhs: ArticleIndex) -> Bool {
    lhs.entries == rhs.entries
  }

  /// Where each known column sits in a row.
  private struct Columns {
    var file: Int?
    var title: Int?
    var outlet: Int?
    var published: Int?
    var note: Int?
    var url: Int?

    init() {}

    init(header: [String]) {
      for (position, raw) in header.enumerated().reversed() {
        switch raw.trimmingASCIISpaces.lowercased() {
        case "file": file = position
        case "title": title = position
        case "outlet": outlet = position
        case "published": published = position
        case "note": note = position
        case "url": url = position
        default: continue
        }
      }
    }
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  fileprivate var trimmingASCIISpaces: String {
    let bytes = Array(utf8)
    var start = 0
    var end = bytes.count
    while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
    while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
