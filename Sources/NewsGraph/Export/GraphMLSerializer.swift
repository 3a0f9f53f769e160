/// Placeholder until the writer lands.
public struct GraphMLSerializer: GraphSerializer {
  public let ontology: Ontology
  public let profile: ExportOptions.GraphMLProfile

  public init(ontology: Ontology, profile: ExportOptions.GraphMLProfile = .plain) {
    self.ontology = ontology
    self.profile = profile
  }

  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    throw NewsGraphError(.unknownFormat("GraphMLSerializer is not written yet"))
  }
}
