/// Reads an article: finds its content lines and title, and attaches the index's metadata.
///
/// `read(contentsOf:index:)` is the I/O edge (bytes, UTF-8 check with the offending byte's
/// offset); `read(text:document:index:)` is the pure part it calls.
public struct ArticleReader: Sendable {
  public var boilerplate: BoilerplateFilter

  public init(boilerplate: BoilerplateFilter = BoilerplateFilter()) {
    self.boilerplate = boilerplate
  }

  /// Reads a file; the document name is the file name without its folder.
  /// - Throws: `NewsGraphError` `.cannotRead`, `.emptyInput`, `.binaryInput` or `.invalidUTF8`
  ///   (with line, column and byte offset), located at `path`.
  public func read(contentsOf path: String, index: ArticleIndex?) throws -> Article {
    let bytes = try InputFile.bytes(atPath: path)
    let text = try InputFile.text(bytes, file: path)
    let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init)
    return read(text: text, document: name ?? path, index: index)
  }

  /// Builds the article from its text. A leading BOM is dropped; everything else is kept.
  public func read(text: String, document: String, index: ArticleIndex?) -> Article {
    var text = text
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    let bytes = Array(text.utf8)
    var lines: [Range<Int>] = []
    var lineStart = 0
    for position in 0...bytes.count where position == bytes.count || bytes[position] == 0x0A {
      if let content = boilerplate.contentRange(ofLine: lineStart..<position, in: bytes) {
        lines.append(content)
      }
      lineStart = position + 1
    }
    let title = lines.first.map { String(decoding: bytes[$0], as: UTF8.self) }
    return Article(
      document: document, text: text, title: title,
      metadata: index?.entry(forFile: document), contentLines: lines)
  }
}
