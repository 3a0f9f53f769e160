/// One article file to read, with the name provenance gives it and its folder's index.
public struct ArticleInput: Sendable, Equatable {
  /// The path to open.
  public var path: String
  /// The document name in provenance: the file name, or the path below the input folder for
  /// files in subfolders, so that names stay unique.
  public var document: String
  /// The `INDEX.tsv` of the file's folder, if it has one.
  public var index: ArticleIndex?

  public init(path: String, document: String, index: ArticleIndex? = nil) {
    self.path = path
    self.document = document
    self.index = index
  }

  /// The file name the index lists the article under.
  public var fileName: String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
