import NewsGraph
import NewsGraphTestSupport

/// The five seed articles read, matched and resolved, as relation extraction receives them.
enum AgreementSeedDocuments {
  static let documents: [ResolvedDocument] = {
    do {
      let (documents, resolution) = try EntityResolverSeedTests.resolveSeeds()
      let folder = RepositoryPaths.root + "/seeds/"
      let index = try ArticleIndex(contentsOf: folder + "INDEX.tsv")
      return documents.enumerated().map { position, document in
        let (article, mentions) = document
        _ = index
        return ResolvedDocument(
          article: article, sentences: SentenceSplitter().sentences(in: article),
          mentions: mentions, assignments: resolution.assignments[position])
      }
    } catch {
      fatalError("the seeds do not load: \(error)")
    }
  }()
}
