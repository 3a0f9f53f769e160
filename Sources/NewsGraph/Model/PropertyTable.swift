/// The graph seen as property-graph rows: one value (or none) per declared column.
///
/// This is the single projection that GraphML, DOT, node-link JSON and the text dump share, so
/// they carry the same columns with the same values: the reserved columns derived from the
/// model (`label`, `name` = label for Cytoscape, `type`, `aliases` as a JSON array string,
/// `wikidata`; `relation`, `interaction` = relation, the first provenance entry's `document`,
/// `sentence`, `start`, `end`, `evidence`, the `support` count and, for facts read more than
/// once, every entry as a JSON array in `provenance`), then the entity or relation attributes.
///
/// Each column is a `PropertyColumn` over the model's own storage, decided once per column, so
/// a writer's loop over a million rows does no name lookups and builds no arrays.
public struct PropertyTable: Sendable {
  public let graph: KnowledgeGraph
  /// Aligned with `graph.schema.graphKeys`, `nodeKeys` and `edgeKeys`.
  public let graphColumns: [PropertyColumn]
  public let nodeColumns: [PropertyColumn]
  public let edgeColumns: [PropertyColumn]

  public init(_ graph: KnowledgeGraph) {
    self.graph = graph
    let entities = graph.entityTable
    let relations = graph.relationTable
    let provenance = relations.provenance
    graphColumns = graph.schema.graphKeys.map { key in
      .constant(key.source == .name ? .string(graph.name) : graph.attributes[key.name])
    }
    nodeColumns = graph.schema.nodeKeys.map { key in
      switch key.source {
      case .label, .name: .text(entities.labels)
      case .type: .text(entities.types)
      case .aliases: .aliases(entities.aliases)
      case .wikidata: .attribute(entities.wikidata)
      default:
        .attribute(
          entities.attributes.first { $0.name.equalsByScalars(key.name) }
            ?? AttributeColumn(name: key.name))
      }
    }
    edgeColumns = graph.schema.edgeKeys.map { key in
      switch key.source {
      case .relation, .interaction: .text(relations.types)
      case .document: .firstEntryText(provenance.documents, provenance)
      case .sentence: .firstEntryInteger(provenance.sentences, provenance)
      case .start: .firstEntryInteger(provenance.starts, provenance)
      case .end: .firstEntryInteger(provenance.stops, provenance)
      case .evidence: .firstEntryText(provenance.evidence, provenance)
      case .support: .support(provenance)
      case .provenance: .provenanceArray(provenance)
      default:
        .attribute(
          relations.attributes.first { $0.name.equalsByScalars(key.name) }
            ?? AttributeColumn(name: key.name))
      }
    }
  }

  public var graphRow: [AttributeValue?] { graphColumns.map { $0.value(at: 0) } }

  /// One entity's values, in schema order (for tests and small graphs; writers read columns).
  public func nodeRow(_ row: Int) -> [AttributeValue?] { nodeColumns.map { $0.value(at: row) } }

  /// One relation's values, in schema order.
  public func edgeRow(_ row: Int) -> [AttributeValue?] { edgeColumns.map { $0.value(at: row) } }
}
