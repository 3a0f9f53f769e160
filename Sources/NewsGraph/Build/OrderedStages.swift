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
  /// (the next documents, in input order): the resolved ones with their assignments, for
  /// relation extraction (which makes each `ResolvedDocument`, off this thread). A document
  /// that could not be read is counted and reported, never resolved.
  func resolve(
    _ analysed: [Result<AnalyzedDocument, any Error>], mergingFirst facts: [DocumentFacts]
  ) -> [AssignedDocument] {
    for document in facts { assembler.add(document) }
    var resolved: [AssignedDocument] = []
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
        resolved.append(AssignedDocument(document: document, assignments: assignments))
      case .failure(let error):
        skipped += 1
        diagnostics.append(BuildPipeline.diagnostic(for: error))
      }
    }
    return resolved
  }
}
