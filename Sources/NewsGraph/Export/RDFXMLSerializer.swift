/// Placeholder until the writer lands.
public struct RDFXMLSerializer: GraphSerializer {
  public let ontology: Ontology

  public init(ontology: Ontology) { self.ontology = ontology }

  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    throw NewsGraphError(.unknownFormat("RDFXMLSerializer is not written yet"))
  }
}
