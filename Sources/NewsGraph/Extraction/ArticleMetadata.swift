/// What an article folder's `INDEX.tsv` says about one article file.
///
/// Empty fields stay empty strings (the index writes "unknown" when it means unknown); a missing
/// or empty `published` field is `nil`, never a guessed date.
public struct ArticleMetadata: Sendable, Equatable {
  /// The article's file name, as the index and the folder spell it.
  public var file: String
  public var title: String
  public var outlet: String
  public var published: CalendarDate?
  public var note: String
  /// The `url` column, when the index has one and the row fills it.
  public var url: String?

  public init(
    file: String, title: String = "", outlet: String = "", published: CalendarDate? = nil,
    note: String = "", url: String? = nil
  ) {
    self.file = file
    self.title = title
    self.outlet = outlet
    self.published = published
    self.note = note
    self.url = url
  }
}
