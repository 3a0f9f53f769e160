/// The model in the middle: extraction and readers produce it, serializers consume it.
///
/// Entities and relations are stored as columns (`EntityTable`, `RelationTable`) sorted by id
/// (code point order), so every writer that walks them in order writes the same bytes for the
/// same graph, and a million-edge graph is a few hundred allocations rather than tens of
/// millions. `entities` and `relations` read the rows as `Entity` and `Relation` values.
public struct KnowledgeGraph: Sendable {
  public let name: String
  public let isDirected: Bool
  public let attributes: [String: AttributeValue]
  public let entityTable: EntityTable
  public let relationTable: RelationTable
  public let schema: AttributeSchema

  public var entities: EntityRows { EntityRows(table: entityTable) }
  public var relations: RelationRows {
    RelationRows(table: relationTable, entityIDs: entityTable.ids)
  }

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
  public init<Entities: Sequence, Relations: Sequence>(
    name: String, entities: Entities, relations: Relations,
    attributes: [String: AttributeValue] = [:], isDirected: Bool = true
  ) throws where Entities.Element == Entity, Relations.Element == Relation {
    var entityTable = EntityTable()
    var nodeColumns = AttributeColumnBuilder()
    var row = 0
    for entity in entities {
      entityTable.ids.append(entity.id)
      entityTable.types.append(entity.type)
      entityTable.labels.append(entity.label)
      entityTable.aliases.append(entity.aliases)
      entityTable.wikidata.append(entity.wikidata.map { .string($0) })
      nodeColumns.add(entity.attributes, row: row, to: &entityTable.attributes)
      row += 1
    }
    nodeColumns.pad(&entityTable.attributes, to: row)
    let (sortedEntities, _) = try Self.ordered(entityTable)

    var relationTable = RelationTable()
    var edgeColumns = AttributeColumnBuilder()
    row = 0
    for relation in relations {
      relationTable.ids.append(relation.id)
      func entityRow(of end: String) throws -> Int {
        guard let found = sortedEntities.ids.sortedRow(of: end) else {
          throw NewsGraphError(
            .invalidGraph("relation '\(relation.id)' points to '\(end)', which is not an entity"))
        }
        return found
      }
      relationTable.sources.append(try entityRow(of: relation.source))
      relationTable.targets.append(try entityRow(of: relation.target))
      relationTable.types.append(relation.type)
      relationTable.provenance.append(relation.provenance)
      edgeColumns.add(relation.attributes, row: row, to: &relationTable.attributes)
      row += 1
    }
    edgeColumns.pad(&relationTable.attributes, to: row)
    try self.init(
      name: name, sortedEntities: sortedEntities, relations: relationTable,
      attributes: attributes, isDirected: isDirected)
  }

  /// A graph from columns in any order, as the readers build them: `relations.sources` and
  /// `targets` index the rows of `entities` as given. Attribute columns must each have one row
  /// per element; they may come in any order.
  ///
  /// - Throws: as `init(name:entities:relations:attributes:isDirected:)`.
  public init(
    name: String, entityTable: EntityTable, relationTable: RelationTable,
    attributes: [String: AttributeValue] = [:], isDirected: Bool = true
  ) throws {
    let (sortedEntities, permutation) = try Self.ordered(entityTable)
    var relations = relationTable
    if let permutation {
      var newRow = [Int](repeating: 0, count: permutation.count)
      for (position, oldRow) in permutation.enumerated() { newRow[oldRow] = position }
      relations.sources = relations.sources.map { newRow[$0] }
      relations.targets = relations.targets.map { newRow[$0] }
    }
    try self.init(
      name: name, sortedEntities: sortedEntities, relations: relations, attributes: attributes,
      isDirected: isDirected)
  }

  private init(
    name: String, sortedEntities: EntityTable, relations: RelationTable,
    attributes: [String: AttributeValue], isDirected: Bool
  ) throws {
    var entityTable = sortedEntities
    entityTable.attributes = try Self.checkedColumns(
      entityTable.attributes, reserved: Self.reservedNodeColumns, element: "entity",
      ids: entityTable.ids)

    var relationTable = relations
    for row in 0..<relationTable.count where !relationTable.ids.withUTF8(row, StableID.isSafe(utf8:)) {
      throw NewsGraphError(
        .invalidGraph("relation id '\(relationTable.ids[row])' is not NMTOKEN-safe"))
    }
    if let permutation = relationTable.ids.sortingPermutation() {
      relationTable = relationTable.gathered(permutation)
    }
    if let repeated = relationTable.ids.firstRepeatInSortedRows() {
      throw NewsGraphError(.invalidGraph("two relations have the id '\(relationTable.ids[repeated])'"))
    }
    relationTable.attributes = try Self.checkedColumns(
      relationTable.attributes, reserved: Self.reservedEdgeColumns, element: "relation",
      ids: relationTable.ids)
    if let clash = attributes.keys.first(where: Self.reservedGraphColumns.contains) {
      throw NewsGraphError(.invalidGraph("the graph has an attribute named '\(clash)', a reserved column"))
    }

    self.name = name
    self.isDirected = isDirected
    self.attributes = attributes
    self.entityTable = entityTable
    self.relationTable = relationTable

    var nodeReserved: [(String, AttributeType)] = [
      ("label", .string), ("name", .string), ("type", .string),
    ]
    if !entityTable.aliases.isAllEmpty { nodeReserved.append(("aliases", .string)) }
    if !entityTable.wikidata.isEmpty { nodeReserved.append(("wikidata", .string)) }
    var edgeReserved: [(String, AttributeType)] = [("relation", .string), ("interaction", .string)]
    if !relationTable.provenance.isAllEmpty {
      edgeReserved += [
        ("document", .string), ("sentence", .integer), ("start", .integer), ("end", .integer),
        ("evidence", .string), ("support", .integer),
      ]
    }
    if relationTable.provenance.hasRepeatedFacts {
      edgeReserved.append(("provenance", .string))
    }
    func types(_ columns: [AttributeColumn]) -> [ScalarKey: AttributeType] {
      Dictionary(uniqueKeysWithValues: columns.map { (ScalarKey($0.name), $0.type) })
    }
    var graphTypes: [ScalarKey: AttributeType] = [:]
    for (name, value) in attributes { graphTypes[ScalarKey(name)] = value.type }
    self.schema = AttributeSchema(
      graphKeys: AttributeSchema.keys(domain: .graph, reserved: [("name", .string)], others: graphTypes),
      nodeKeys: AttributeSchema.keys(
        domain: .node, reserved: nodeReserved, others: types(entityTable.attributes)),
      edgeKeys: AttributeSchema.keys(
        domain: .edge, reserved: edgeReserved, others: types(relationTable.attributes)))
  }

  public func entity(withID id: String) -> Entity? {
    entityTable.ids.sortedRow(of: id).map { entityTable[$0] }
  }

  /// The row of the entity with this id, by binary search.
  public func entityRow(withID id: String) -> Int? { entityTable.ids.sortedRow(of: id) }

  /// Checks the entities' ids and sorts the rows by id; also returns the permutation applied
  /// (`permutation[newRow] == oldRow`), nil when the rows already ascended.
  private static func ordered(_ table: EntityTable) throws -> (EntityTable, [Int]?) {
    for row in 0..<table.count where !table.ids.withUTF8(row, StableID.isSafe(utf8:)) {
      throw NewsGraphError(.invalidGraph("entity id '\(table.ids[row])' is not NMTOKEN-safe"))
    }
    let permutation = table.ids.sortingPermutation()
    let sorted = permutation.map(table.gathered) ?? table
    if let repeated = sorted.ids.firstRepeatInSortedRows() {
      throw NewsGraphError(.invalidGraph("two entities have the id '\(sorted.ids[repeated])'"))
    }
    return (sorted, permutation)
  }

  /// The columns that hold a value, sorted by name; a reserved name or two columns of one name
  /// is an error naming the first element that has such a value.
  private static func checkedColumns(
    _ columns: [AttributeColumn], reserved: [String], element: String, ids: TextColumn
  ) throws -> [AttributeColumn] {
    let kept = columns.filter { !$0.isEmpty }.sorted { $0.name.precedesByScalars($1.name) }
    for (index, column) in kept.enumerated() {
      let firstRow = column.present.firstIndex(of: true) ?? 0
      if reserved.contains(where: { $0 == column.name }) {
        throw NewsGraphError(
          .invalidGraph(
            "\(element) '\(ids[firstRow])' has an attribute named '\(column.name)', a reserved column"))
      }
      if index > 0 && kept[index - 1].name.equalsByScalars(column.name) {
        throw NewsGraphError(
          .invalidGraph("two attribute columns are named '\(column.name)'"))
      }
    }
    return kept
  }
}
