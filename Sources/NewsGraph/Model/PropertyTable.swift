/// The graph seen as property-graph rows: one value (or none) per declared column.
///
/// This is the single projection that GraphML, DOT, node-link JSON and the text dump share, so
/// they carry the same columns with the same values: the reserved columns derived from the
/// model (`label`, `name` = label for Cytoscape, `type`, `aliases` as a JSON array string,
/// `wikidata`; `relation`, `interaction` = relation, the first provenance entry's `document`,
/// `sentence`, `start`, `end`, `evidence`, the `support` count and, for facts read more than
/// once, every entry as a JSON array in `provenance`), then the entity or relation attributes.
public struct PropertyTable: Sendable {
  public let graph: KnowledgeGraph

  public init(_ graph: KnowledgeGraph) { self.graph = graph }

  public var graphRow: [AttributeValue?] {
    graph.schema.graphKeys.map { key in
      key.source == .name ? .string(graph.name) : graph.attributes[key.name]
    }
  }

  public func row(of entity: Entity) -> [AttributeValue?] {
    graph.schema.nodeKeys.map { key in
      switch key.source {
      case .label, .name: .string(entity.label)
      case .type: .string(entity.type)
      case .aliases: entity.aliases.isEmpty ? nil : .string(JSONText.array(entity.aliases))
      case .wikidata: entity.wikidata.map { .string($0) }
      case nil: entity.attributes[key.name]
      default: nil
      }
    }
  }

  public func row(of relation: Relation) -> [AttributeValue?] {
    let first = relation.provenance.first
    return graph.schema.edgeKeys.map { key in
      switch key.source {
      case .relation, .interaction: .string(relation.type)
      case .document: first.map { .string($0.document) }
      case .sentence: first.map { .integer(Int64($0.sentence)) }
      case .start: first.map { .integer(Int64($0.start)) }
      case .end: first.map { .integer(Int64($0.end)) }
      case .evidence: first.map { .string($0.evidence) }
      case .support: relation.provenance.isEmpty ? nil : .integer(Int64(relation.provenance.count))
      case .provenance:
        relation.provenance.count > 1 ? .string(JSONText.provenanceArray(relation.provenance)) : nil
      case nil: relation.attributes[key.name]
      default: nil
      }
    }
  }
}
