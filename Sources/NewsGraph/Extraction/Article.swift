/// One news article as read: its text exactly as in the file, where its content lines are, and
/// what the folder's index says about it.
///
/// Offsets everywhere refer to `text` (a UTF-8 BOM, if the file had one, is not part of it: a
/// Python reader opens the file with `encoding="utf-8-sig"`).
public struct Article: Sendable, Equatable {
  /// The file name (no folder), as provenance names the document.
  public var document: String
  /// The whole text, every byte as in the file (boilerplate included).
  public var text: String
  /// The first non-empty, non-boilerplate line, trimmed; nil when there is no content at all.
  /// The title line is also the first content line, so it yields sentence 0.
  public var title: String?
  /// The index row for `document`, if an index was given and lists it.
  public var metadata: ArticleMetadata?
  /// UTF-8 byte ranges into `text` of the content lines in order: trimmed, non-empty, not
  /// boilerplate, a trailing photo credit cut off. Sentences never cross these ranges.
  public var contentLines: [Range<Int>]

  public init(
    document: String, text: String, title: String?, metadata: ArticleMetadata?,
    contentLines: [Range<Int>]
  ) {
    self.document = document
    self.text = text
    self.title = title
    self.metadata = metadata
    self.contentLines = contentLines
  }

  /// The title to show and store: the index's title when it has one (editors fix titles there),
  /// else the text's title line.
  public var headline: String? {
    if let indexed = metadata?.title, !indexed.isEmpty { return indexed }
    return title
  }
}
