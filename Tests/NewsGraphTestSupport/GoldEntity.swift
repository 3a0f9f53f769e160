/// One entity of the gold annotations: what a good extractor should find in the seed articles,
/// merged across documents.
public struct GoldEntity: Sendable, Equatable {
  public var id: String
  public var type: String
  public var label: String
  /// The surface forms the articles use for it, beyond the label.
  public var aliases: [String]
  /// File names (in `seeds/`, or `Tests/Articles/` for the unseen set) of the articles that
  /// mention it.
  public var documents: [String]
  /// The line of `entities.tsv` it was read from, so a failing check can point at it.
  public var line: Int

  public init(
    id: String, type: String, label: String, aliases: [String] = [], documents: [String] = [],
    line: Int = 0
  ) {
    self.id = id
    self.type = type
    self.label = label
    self.aliases = aliases
    self.documents = documents
    self.line = line
  }
}
