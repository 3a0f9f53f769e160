import NewsGraph
import NewsGraphTestSupport
import Testing

/// One folder of gold annotations with the folder of articles it describes, and the sizes the
/// consistency tests expect, so that the same checks run over the seeds and the test articles.
struct GoldSet: Sendable, CustomTestStringConvertible {
  var name: String
  var goldFolder: String
  var articlesFolder: String
  var articleCount: Int
  var entityCount: Int
  var relationCount: Int
  var factCount: Int

  static let seeds = GoldSet(
    name: "seeds", goldFolder: GoldStandard.folder, articlesFolder: GoldStandard.articlesFolder,
    articleCount: 5, entityCount: 72, relationCount: 81, factCount: 55)
  static let unseen = GoldSet(
    name: "unseen", goldFolder: GoldStandard.unseenFolder,
    articlesFolder: GoldStandard.unseenArticlesFolder,
    articleCount: 6, entityCount: 137, relationCount: 102, factCount: 89)
  static let all = [seeds, unseen]

  var testDescription: String { name }

  func load() throws -> GoldStandard { try GoldStandard.load(folder: goldFolder) }

  func text(of document: String) throws -> String {
    try InputFile.text(InputFile.bytes(atPath: articlesFolder + "/" + document), file: document)
  }

  /// The articles' `INDEX.tsv`, parsed as `newsgraph build` will parse it.
  func index() throws -> ArticleIndex {
    let path = articlesFolder + "/INDEX.tsv"
    return try ArticleIndex(
      parsing: InputFile.text(InputFile.bytes(atPath: path), file: path), file: path)
  }
}
