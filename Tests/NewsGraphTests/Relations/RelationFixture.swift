import NewsGraph
import NewsGraphTestSupport

/// The shared fixture of the relation suites: the shipped patterns and cues, and a way to turn
/// in-memory text into a `ResolvedDocument` through the real reader, splitter, matcher and
/// resolver.
enum RelationFixture {
  static let patterns: RelationPatternSet = {
    do {
      return try RelationPatternSet(folder: RepositoryPaths.root + "/ontology/relations")
    } catch {
      fatalError("the shipped relation patterns do not load: \(error)")
    }
  }()

  static let cues: CueLexicon = {
    do {
      return try CueLexicon(folder: RepositoryPaths.root + "/ontology/cues")
    } catch {
      fatalError("the shipped cues do not load: \(error)")
    }
  }()

  static let extractor = RelationExtractor(patterns: patterns, cues: cues)

  /// An in-memory article (title "T", then `body`), resolved.
  static func document(_ body: String) -> ResolvedDocument {
    let article = ArticleReader().read(text: "T\n" + body, document: "a.txt", index: nil)
    let sentences = SentenceSplitter().sentences(in: article)
    let mentions = EntityMatcherTests.matcher.mentions(in: article, sentences: sentences)
    let resolution = EntityResolver(lexicon: EntityMatcherTests.lexicon).resolve([
      (article, mentions)
    ])
    return ResolvedDocument(
      article: article, sentences: sentences, mentions: mentions,
      assignments: resolution.assignments[0])
  }

  /// The final relations of an in-memory article.
  static func relations(_ body: String) -> [ExtractedRelation] {
    extractor.facts(in: document(body)).relations
  }

  /// The five seeds, resolved together.
  static func seedDocuments() throws -> ([ResolvedDocument], EntityResolution) {
    let (documents, resolution) = try EntityResolverSeedTests.resolveSeeds()
    let resolved = documents.enumerated().map { position, pair in
      ResolvedDocument(
        article: pair.0, sentences: SentenceSplitter().sentences(in: pair.0), mentions: pair.1,
        assignments: resolution.assignments[position])
    }
    return (resolved, resolution)
  }
}

extension ExtractedRelation {
  /// "type source→target modality", for compact expectations.
  var summary: String {
    var modality = ""
    if case .string(let value)? = attributes["modality"] { modality = value }
    return "\(type) \(source)→\(target) \(modality)"
  }

  func string(_ name: String) -> String? {
    if case .string(let value)? = attributes[name] { return value }
    return nil
  }

  func integer(_ name: String) -> Int64? {
    if case .integer(let value)? = attributes[name] { return value }
    return nil
  }
}
