/// Placeholder until the writer lands.
public struct NodeLinkJSONSerializer: GraphSerializer {
  public init() {}

  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    throw NewsGraphError(.unknownFormat("NodeLinkJSONSerializer is not written yet"))
  }
}
