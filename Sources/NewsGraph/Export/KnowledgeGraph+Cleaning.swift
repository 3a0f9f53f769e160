extension KnowledgeGraph {
  /// The same graph with every character XML 1.0 cannot carry replaced by U+FFFD, and a warning
  /// for each element that had one. Exports run on the cleaned graph so that all formats say
  /// the same thing (JSON could carry the characters; GraphML, RDF/XML and SVG cannot).
  public func cleanedForExport() throws -> (KnowledgeGraph, [Diagnostic]) {
    let warnings = ForbiddenCharacterReport.warnings(for: self)
    guard !warnings.isEmpty else { return (self, []) }
    func clean(_ attributes: [String: AttributeValue]) -> [String: AttributeValue] {
      var result: [String: AttributeValue] = [:]
      for (name, value) in attributes {
        if case .string(let text) = value {
          result[XMLText.cleaned(name)] = .string(XMLText.cleaned(text))
        } else {
          result[XMLText.cleaned(name)] = value
        }
      }
      return result
    }
    let entities = self.entities.map { entity in
      Entity(
        id: entity.id, type: XMLText.cleaned(entity.type), label: XMLText.cleaned(entity.label),
        aliases: entity.aliases.map(XMLText.cleaned), wikidata: entity.wikidata,
        attributes: clean(entity.attributes))
    }
    let relations = self.relations.map { relation in
      Relation(
        id: relation.id, source: relation.source, target: relation.target,
        type: XMLText.cleaned(relation.type), attributes: clean(relation.attributes),
        provenance: relation.provenance.map {
          Provenance(
            document: XMLText.cleaned($0.document), sentence: $0.sentence, start: $0.start,
            end: $0.end, evidence: XMLText.cleaned($0.evidence))
        })
    }
    let graph = try KnowledgeGraph(
      name: XMLText.cleaned(name), entities: entities, relations: relations,
      attributes: clean(attributes), isDirected: isDirected)
    return (graph, warnings)
  }
}
