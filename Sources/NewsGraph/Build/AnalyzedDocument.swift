/// One article after the stages that need nothing but the article and the lexicon: split into
/// sentences, entity mentions found. These stages run in parallel; resolution, which needs the
/// documents before, runs after them in input order.
public struct AnalyzedDocument: Sendable, Equatable {
  public var article: Article
  public var sentences: [Sentence]
  public var mentions: [Mention]
  /// The capitalized names no mention covers, when the pipeline collects them (`--report`).
  public var unmatchedNames: [UnmatchedName]

  public init(
    article: Article, sentences: [Sentence], mentions: [Mention],
    unmatchedNames: [UnmatchedName] = []
  ) {
    self.article = article
    self.sentences = sentences
    self.mentions = mentions
    self.unmatchedNames = unmatchedNames
  }
}
