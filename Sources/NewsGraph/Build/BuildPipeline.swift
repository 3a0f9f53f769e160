/// The whole extraction, from article files to the knowledge graph:
/// read → split → match (in parallel) → resolve (in input order) → relations (in parallel) →
/// merge (in input order).
///
/// Articles are streamed in batches: a batch is read and analysed on every core, resolved one
/// document after the other, its relations extracted on every core, and merged; then its texts
/// are dropped. Memory therefore grows with the graph, not with the input. Results depend only
/// on the input order, never on scheduling, so a run is byte-for-byte reproducible.
public struct BuildPipeline: Sendable {
  public var reader = ArticleReader()
  public var splitter = SentenceSplitter()
  public var matcher: EntityMatcher
  public var resolver: EntityResolver
  /// Relation extraction of one resolved document.
  public var extractRelations: @Sendable (ResolvedDocument) -> DocumentFacts
  /// Articles per batch: enough to keep every core busy, few enough to bound memory.
  public var batchSize = 32
  public var workers = ParallelMap.processorCount
  public var graphName = "newsgraph"
  /// Whether to count the capitalized names no mention covers (`newsgraph build --report`).
  public var collectsUnmatchedNames = false
  /// The lexicon's role titles: capitalized, but not names the lexicon lacks.
  private let roleTitles: Set<String>

  public init(
    lexicon: Lexicon, extractRelations: @escaping @Sendable (ResolvedDocument) -> DocumentFacts
  ) {
    matcher = EntityMatcher(lexicon: lexicon)
    resolver = EntityResolver(lexicon: lexicon)
    roleTitles = Set(lexicon.roleTitles.map(\.title))
    self.extractRelations = extractRelations
  }

  /// The stages that need one article only; with `collectsUnmatchedNames`, also its names that
  /// no mention covers (counted here, in parallel, not in the merge).
  public func analyze(_ article: Article) -> AnalyzedDocument {
    let sentences = splitter.sentences(in: article)
    let mentions = matcher.mentions(in: article, sentences: sentences)
    let unmatched =
      collectsUnmatchedNames
      ? UnmatchedNames.find(in: [(article, sentences, mentions)], titles: roleTitles) : []
    return AnalyzedDocument(
      article: article, sentences: sentences, mentions: mentions, unmatchedNames: unmatched)
  }

  /// Reads an article file. Its metadata comes from its folder's index, under its file name.
  /// - Throws: `NewsGraphError` naming the file (`.emptyInput`, `.binaryInput`, `.invalidUTF8`
  ///   with line, column and byte offset, `.cannotRead`).
  public func read(_ input: ArticleInput) throws -> Article {
    let bytes = try InputFile.bytes(atPath: input.path)
    var article = reader.read(
      text: try InputFile.text(bytes, file: input.path), document: input.document, index: nil)
    article.metadata = input.index?.entry(forFile: input.fileName)
    return article
  }

  /// Builds the graph of the article files, in the order given. An article that cannot be read
  /// is reported in `diagnostics` and skipped; the others are still processed.
  public func run(_ inputs: [ArticleInput]) throws -> BuildResult {
    try run(count: inputs.count) { try read(inputs[$0]) }
  }

  /// Builds the graph of articles already in memory.
  public func run(articles: [Article]) throws -> BuildResult {
    try run(count: articles.count) { articles[$0] }
  }

  private func run(count: Int, load: @Sendable (Int) throws -> Article) throws -> BuildResult {
    var state = ResolutionState()
    var assembler = GraphAssembler()
    var diagnostics: [Diagnostic] = []
    var skipped = 0
    var unmatched: [String: Int] = [:]
    var batchStart = 0
    while batchStart < count {
      let batch = Array(batchStart..<min(count, batchStart + max(1, batchSize)))
      batchStart = batch.last! + 1
      let analysed = ParallelMap.map(batch, workers: workers) { position in
        Result { try analyze(load(position)) }
      }
      var resolved: [ResolvedDocument] = []
      for outcome in analysed {
        switch outcome {
        case .success(let document):
          for name in document.unmatchedNames { unmatched[name.name, default: 0] += name.count }
          if document.article.contentLines.isEmpty {
            diagnostics.append(
              Diagnostic(
                .warning, "no article text (only blank or boilerplate lines)",
                at: InputLocation(file: document.article.document)))
          }
          let assignments = resolver.resolve(
            document.mentions, of: document.article, state: &state)
          resolved.append(
            ResolvedDocument(
              article: document.article, sentences: document.sentences,
              mentions: document.mentions, assignments: assignments))
        case .failure(let error):
          skipped += 1
          diagnostics.append(Self.diagnostic(for: error))
        }
      }
      let extract = extractRelations
      for facts in ParallelMap.map(resolved, workers: workers, { extract($0) }) {
        assembler.add(facts)
      }
    }
    let resolution = state.resolution
    let graph = try assembler.graph(
      name: graphName, entities: resolution.entities, lexicon: resolver.lexicon,
      attributes: ["documents": .integer(Int64(assembler.documents))])
    return BuildResult(
      graph: graph, diagnostics: diagnostics, mergeReport: resolution.report,
      documentsRead: assembler.documents, documentsSkipped: skipped,
      unmatchedNames: UnmatchedNames.ranked(unmatched))
  }

  /// A skipped article as a warning that keeps the error's place and advice.
  static func diagnostic(for error: any Error) -> Diagnostic {
    guard let error = error as? NewsGraphError else {
      return Diagnostic(.warning, "skipped: \(error)")
    }
    return Diagnostic(.warning, "skipped: \(error.message) (\(error.hint))", at: error.location)
  }
}
