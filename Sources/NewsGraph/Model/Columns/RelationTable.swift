/// The relations of a graph as columns, one row per relation.
///
/// Ends are entity rows (`sources[row]`, `targets[row]` index the graph's `EntityTable`), so a
/// writer copies an end's id from the entity table's bytes.
public struct RelationTable: Sendable {
  public internal(set) var ids = TextColumn()
  public internal(set) var sources: [Int] = []
  public internal(set) var targets: [Int] = []
  public internal(set) var types = TextColumn()
  /// The other attributes, one column per name, in code point order of the names.
  public internal(set) var attributes: [AttributeColumn] = []
  public internal(set) var provenance = ProvenanceColumn()

  public init() {}

  public var count: Int { ids.count }

  public func relation(at row: Int, entityIDs: TextColumn) -> Relation {
    var values: [String: AttributeValue] = [:]
    for column in attributes {
      if let value = column.value(at: row) { values[column.name] = value }
    }
    return Relation(
      id: ids[row], source: entityIDs[sources[row]], target: entityIDs[targets[row]],
      type: types[row], attributes: values, provenance: provenance[row])
  }

  public func gathered(_ rows: [Int]) -> RelationTable {
    var result = RelationTable()
    result.ids = ids.gathered(rows)
    result.sources = rows.map { sources[$0] }
    result.targets = rows.map { targets[$0] }
    result.types = types.gathered(rows)
    result.attributes = attributes.map { $0.gathered(rows) }
    result.provenance = provenance.gathered(rows)
    return result
  }
}
