/// A writer for one format: a pure function of the graph into bytes.
public protocol GraphSerializer: Sendable {
  func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws
}

extension GraphSerializer {
  /// The whole output as a string, for tests and small graphs.
  public func serialize(_ graph: KnowledgeGraph) throws -> String {
    let sink = ByteSink()
    try write(graph, to: sink)
    try sink.finish()
    return sink.text
  }

  /// Writes to a file atomically: a reader sees the old file or the complete new one.
  public func write(_ graph: KnowledgeGraph, toFile path: String) throws {
    try AtomicFile.write(to: path) { try write(graph, to: $0) }
  }
}
