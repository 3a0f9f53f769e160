/// The model in the middle: extraction and readers produce it, serializers consume it.
///
/// Entities and relations are kept sorted by id (code point order), so every writer that walks
/// them in order writes the same bytes for the same graph.
public struct KnowledgeGraph: Sendable {
  public let name: String
  public let isDirected: Bool
  public let attributes: [String: AttributeValue]
  public let entities: [Entity]
  public let relations: [Relation]
  public let schema: AttributeSchema

  /// Columns NewsGraph derives from the model itself; an entity or relation attribute may not
  /// use these names.
  public static let reservedNodeColumns = ["label", "name", "type", "aliases", "wikidata"]
  public static let reservedEdgeColumns = [
    "relation", "interaction", "document", "sentence", "start", "end", "evidence", "support",
    "provenance",
  ]
  public static let reservedGraphColumns = ["name"]

  /// Checks and orders the graph. Columns whose values mix types become string columns.
  ///
  /// - Throws: `NewsGraphError` of kind `.invalidGraph` for an unsafe or duplicate id, an edge
  ///   to a missing node, or an attribute that uses a reserved column name.
  public init(
    name: String, entities: [Entity], relations: [Relation],
    attributes: [String: AttributeValue] = [:], isDirected: Bool = true
  ) throws {
    var seen = Set<ScalarKey>()
    for entity in entities {
      guard StableID.isSafe(entity.id) else {
        throw NewsGraphError(.invalidGraph("entity id '\(entity.id)' is not NMTOKEN-safe"))
      }
      guard seen.insert(ScalarKey(entity.id)).inserted else {
        throw NewsGraphError(.invalidGraph("two entities have the id '\(entity.id)'"))
      }
      if let clash = entity.attributes.keys.first(where: Self.reservedNodeColumns.contains) {
        throw NewsGraphError(
          .invalidGraph("entity '\(entity.id)' has an attribute named '\(clash)', a reserved column"))
      }
    }
    var seenRelations = Set<ScalarKey>()
    for relation in relations {
      guard StableID.isSafe(relation.id) else {
        throw NewsGraphError(.invalidGraph("relation id '\(relation.id)' is not NMTOKEN-safe"))
      }
      guard seenRelations.insert(ScalarKey(relation.id)).inserted else {
        throw NewsGraphError(.invalidGraph("two relations have the id '\(relation.id)'"))
      }
      for end in [relation.source, relation.target] where !seen.contains(ScalarKey(end)) {
        throw NewsGraphError(
          .invalidGraph("relation '\(relation.id)' points to '\(end)', which is not an entity"))
      }
      if let clash = relation.attributes.keys.first(where: Self.reservedEdgeColumns.contains) {
        throw NewsGraphError(
          .invalidGraph(
            "relation '\(relation.id)' has an attribute named '\(clash)', a reserved column"))
      }
    }
    if let clash = attributes.keys.first(where: Self.reservedGraphColumns.contains) {
      throw NewsGraphError(.invalidGraph("the graph has an attribute named '\(clash)', a reserved column"))
    }

    let nodeTypes = Self.columnTypes(entities.map(\.attributes))
    let edgeTypes = Self.columnTypes(relations.map(\.attributes))
    let graphTypes = Self.columnTypes([attributes])

    self.name = name
    self.isDirected = isDirected
    self.attributes = Self.coerce(attributes, to: graphTypes)
    self.entities = Self.sortedByID(
      entities.map { entity in
        var entity = entity
        entity.attributes = Self.coerce(entity.attributes, to: nodeTypes)
        return entity
      }, id: \.id)
    self.relations = Self.sortedByID(
      relations.map { relation in
        var relation = relation
        relation.attributes = Self.coerce(relation.attributes, to: edgeTypes)
        return relation
      }, id: \.id)

    var nodeReserved: [(String, AttributeType)] = [
      ("label", .string), ("name", .string), ("type", .string),
    ]
    if entities.contains(where: { !$0.aliases.isEmpty }) { nodeReserved.append(("aliases", .string)) }
    if entities.contains(where: { $0.wikidata != nil }) { nodeReserved.append(("wikidata", .string)) }
    var edgeReserved: [(String, AttributeType)] = [("relation", .string), ("interaction", .string)]
    if relations.contains(where: { !$0.provenance.isEmpty }) {
      edgeReserved += [
        ("document", .string), ("sentence", .integer), ("start", .integer), ("end", .integer),
        ("evidence", .string), ("support", .integer),
      ]
    }
    if relations.contains(where: { $0.provenance.count > 1 }) {
      edgeReserved.append(("provenance", .string))
    }
    self.schema = AttributeSchema(
      graphKeys: AttributeSchema.keys(domain: .graph, reserved: [("name", .string)], others: graphTypes),
      nodeKeys: AttributeSchema.keys(domain: .node, reserved: nodeReserved, others: nodeTypes),
      edgeKeys: AttributeSchema.keys(domain: .edge, reserved: edgeReserved, others: edgeTypes))
  }

  public func entity(withID id: String) -> Entity? {
    var low = 0
    var high = entities.count
    while low < high {
      let middle = (low + high) / 2
      if entities[middle].id.precedesByScalars(id) { low = middle + 1 } else { high = middle }
    }
    return low < entities.count && entities[low].id.equalsByScalars(id) ? entities[low] : nil
  }

  /// The elements in id order. Ids are unique (checked above), so a list whose ids already
  /// ascend (every NewsGraph export, most files another tool wrote from one) is returned as it
  /// is after one linear check, instead of sorting large structs.
  static func sortedByID<Element>(_ elements: [Element], id: (Element) -> String) -> [Element] {
    var index = 1
    while index < elements.count {
      guard id(elements[index - 1]).precedesByScalars(id(elements[index])) else {
        return elements.sorted { id($0).precedesByScalars(id($1)) }
      }
      index += 1
    }
    return elements
  }

  /// One type per column: the common type of all its values, or string if they differ.
  static func columnTypes(_ rows: [[String: AttributeValue]]) -> [ScalarKey: AttributeType] {
    var types: [ScalarKey: AttributeType] = [:]
    for row in rows {
      for (name, value) in row {
        let key = ScalarKey(name)
        if let known = types[key] {
          if known != value.type { types[key] = .string }
        } else {
          types[key] = value.type
        }
      }
    }
    return types
  }

  static func coerce(
    _ row: [String: AttributeValue], to types: [ScalarKey: AttributeType]
  ) -> [String: AttributeValue] {
    var result = row
    for (name, value) in row where types[ScalarKey(name)] != value.type {
      result[name] = value.asString
    }
    return result
  }

}
