/// The `INDEX.tsv` of an article folder: per file name, its title, outlet, date and note.
///
/// A `TSVTable`: the first line is the header; columns are found by name (case-insensitive),
/// so their order is free and unknown columns are ignored. `file` is required; `title`,
/// `outlet`, `published`, `note` and `url` are optional. Every row must have exactly as many
/// fields as the header: a missing or extra tab usually means a tab inside a title, and
/// guessing which field it split would attach wrong metadata silently.
public struct ArticleIndex: Sendable, Equatable {
  /// The rows in file order.
  public let entries: [ArticleMetadata]
  private let positions: [String: Int]

  /// Parses the table (with `TSVTable`'s rules); `file` names it in errors.
  /// - Throws: `NewsGraphError` `.malformedTable` naming the file and line (and the column, in
  ///   bytes, of a bad date) for a missing `file` column, a row with the wrong number of fields,
  ///   an empty or repeated file name, or a date that is not `YYYY-MM-DD`.
  public init(parsing text: String, file: String = "INDEX.tsv") throws {
    let table = try TSVTable(bytes: Array(text.utf8), file: file)
    // Header names are matched case-insensitively (`URL`, `Title`); the first one wins.
    var columns: [String: Int] = [:]
    for (position, name) in table.header.enumerated().reversed() {
      columns[name.lowercased()] = position
    }
    guard let fileColumn = columns["file"] else {
      throw NewsGraphError(
        .malformedTable(
          "the header has no 'file' column (found: \(table.header.joined(separator: ", ")))"),
        at: table.headerLocation)
    }
    var entries: [ArticleMetadata] = []
    var positions: [String: Int] = [:]
    for row in table.rows {
      func fail(_ detail: String, column: Int? = nil) -> NewsGraphError {
        var location = table.location(of: row)
        location.column = column
        return NewsGraphError(.malformedTable(detail), at: location)
      }
      func field(_ name: String) -> String? { columns[name].map { row.fields[$0] } }
      let name = row.fields[fileColumn]
      guard !name.isEmpty else { throw fail("the 'file' field is empty") }
      guard positions[name] == nil else { throw fail("'\(name)' is listed twice") }
      var published: CalendarDate?
      if let position = columns["published"], case let value = row.fields[position],
        !value.isEmpty
      {
        guard let date = CalendarDate(iso: value) else {
          let byteColumn = row.fields[..<position].reduce(1) { $0 + $1.utf8.count + 1 }
          throw fail("'\(value)' is not a date of the form YYYY-MM-DD", column: byteColumn)
        }
        published = date
      }
      positions[name] = entries.count
      entries.append(
        ArticleMetadata(
          file: name, title: field("title") ?? "", outlet: field("outlet") ?? "",
          published: published, note: field("note") ?? "",
          url: field("url").flatMap { $0.isEmpty ? nil : $0 }))
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
}
