/// What a build produced: the graph, and what a user should know about how it was made.
public struct BuildResult: Sendable {
  public var graph: KnowledgeGraph
  /// Articles that could not be read (with file and byte offset) and other warnings, in input
  /// order.
  public var diagnostics: [Diagnostic]
  /// Which mentions were merged into which entity, and which were dropped, and why.
  public var mergeReport: MergeReport
  /// Articles read and processed.
  public var documentsRead: Int
  /// Articles skipped because they could not be read.
  public var documentsSkipped: Int
  /// Capitalized names no mention covers, most frequent first (only when the pipeline was asked
  /// to collect them).
  public var unmatchedNames: [UnmatchedName]

  public init(
    graph: KnowledgeGraph, diagnostics: [Diagnostic], mergeReport: MergeReport,
    documentsRead: Int, documentsSkipped: Int, unmatchedNames: [UnmatchedName] = []
  ) {
    self.graph = graph
    self.diagnostics = diagnostics
    self.mergeReport = mergeReport
    self.documentsRead = documentsRead
    self.documentsSkipped = documentsSkipped
    self.unmatchedNames = unmatchedNames
  }
}
