/// The whole extraction, from article files to the knowledge graph:
/// read → split → match (in parallel) → resolve (in input order) → relations (in parallel) →
/// merge (in input order).
///
/// Articles are streamed in batches through the stages as a pipeline: while one batch is read
/// and analysed on every core, the batch before it is resolved (one document after the other,
/// in one task), the one before that has its relations extracted, and the one before that is
/// merged; then its texts are dropped. Memory therefore grows with the graph, not with the
/// input, and the ordered stages never leave a core idle. Results depend only on the input
/// order, never on scheduling, so a run is byte-for-byte reproducible.
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
    self.init(
      lexicon: lexicon, matcher: EntityMatcher(lexicon: lexicon),
      extractRelations: extractRelations)
  }

  /// The pipeline with a matcher already built for `lexicon` (built beside the other stages
  /// by `init(resources:)`).
  init(
    lexicon: Lexicon, matcher: EntityMatcher,
    extractRelations: @escaping @Sendable (ResolvedDocument) -> DocumentFacts
  ) {
    self.matcher = matcher
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
    let size = max(1, batchSize)
    let batches = stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    let ordered = OrderedStages(resolver: resolver)
    let extract = extractRelations
    // Phase p analyses batch p, resolves batch p - 1, extracts the relations of batch p - 2 and
    // merges those of batch p - 3, all at once: the ordered stages (resolve, merge) run as one
    // task beside the per-document ones, so no core waits for them.
    var analysed: [Result<AnalyzedDocument, any Error>] = []
    var resolved: [AssignedDocument] = []
    var extracted: [DocumentFacts] = []
    for phase in 0..<(batches.count + 3) {
      let toAnalyse = phase < batches.count ? Array(batches[phase]) : []
      let toResolve = analysed
      // Handed over, so that each task frees what it took (see `HandOver`): the documents
      // whose relations are extracted, and the facts the ordered task merges.
      let toExtract = HandOver(resolved)
      let toMerge = HandOver([extracted])
      analysed = []
      resolved = []
      extracted = []
      let tasks = Array(0..<(1 + toAnalyse.count + toExtract.count))
      let outputs = ParallelMap.map(tasks, workers: workers) { task -> PhaseOutput in
        if task == 0 {
          return .resolved(ordered.resolve(toResolve, mergingFirst: toMerge.take(0)))
        }
        if task <= toAnalyse.count {
          let position = toAnalyse[task - 1]
          return .analysed(Result { try analyze(load(position)) })
        }
        return .extracted(extract(toExtract.take(task - 1 - toAnalyse.count).resolved))
      }
      for output in outputs {
        switch output {
        case .resolved(let documents): resolved = documents
        case .analysed(let outcome): analysed.append(outcome)
        case .extracted(let facts): extracted.append(facts)
        }
      }
    }
    let resolution = ordered.state.resolution
    let documents = ordered.assembler.documents
    let graph = try ordered.assembler.takeGraph(
      name: graphName, entities: resolution.entities, index: ordered.state.index,
      lexicon: resolver.lexicon, attributes: ["documents": .integer(Int64(documents))],
      workers: workers)
    return BuildResult(
      graph: graph, diagnostics: ordered.diagnostics, mergeReport: resolution.report,
      documentsRead: ordered.assembler.documents, documentsSkipped: ordered.skipped,
      unmatchedNames: UnmatchedNames.ranked(ordered.unmatched))
  }

  /// A skipped article as a warning that keeps the error's place and advice.
  static func diagnostic(for error: any Error) -> Diagnostic {
    guard let error = error as? NewsGraphError else {
      return Diagnostic(.warning, "skipped: \(error)")
    }
    return Diagnostic(.warning, "skipped: \(error.message) (\(error.hint))", at: error.location)
  }
}
