/// Placeholder until the writer lands.
public struct DOTSerializer: GraphSerializer {
  public let ontology: Ontology

  public init(ontology: Ontology) { self.ontology = ontology }

  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    throw NewsGraphError(.unknownFormat("DOTSerializer is not written yet"))
  }
}
