/// The stages of `BuildPipeline.run` that must see the documents in input order: resolution
/// (what a mention becomes depends on the documents before it) and the merge into the graph.
///
/// One task per pipeline phase runs them, beside the per-document work of that phase; the
/// pipeline touches the state only between phases. So no two threads ever use it at once,
/// which is what makes the unchecked `Sendable` sound.
final class OrderedStages: @unchecked Sendable {
  let resolver: EntityResolver
  var state = ResolutionState()
  var assembler = GraphAssembler()
  var diagnostics: [Diagnostic] = []
  var skipped = 0
  /// Unmatched name → occurrences, summed over the documents (`--report`).
  var unmatched: [String: Int] = [:]

  init(resolver: EntityResolver) {
    self.resolver = resolver
  }

  /// Merges `facts` (documents already extracted, in input order), then resolves `analysed`
  /// (the next documents, in input order): the resolved ones, for relation extraction. A
  /// document that could not be read is counted and reported, never resolved.
  func resolve(
    _ analysed: [Result<AnalyzedDocument, any Error>], mergingFirst facts: [DocumentFacts]
  ) -> [ResolvedDocument] {
    for document in facts { assembler.add(document) }
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
        diagnostics.append(BuildPipeline.diagnostic(for: error))
      }
    }
    return resolved
  }
}
