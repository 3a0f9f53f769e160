/// The entities of a graph as columns, one row per entity.
///
/// `KnowledgeGraph` keeps the rows in id order. Rows read as `Entity` values through
/// `subscript(row:)`; writers read the columns directly.
public struct EntityTable: Sendable {
  public internal(set) var ids = TextColumn()
  public internal(set) var types = TextColumn()
  public internal(set) var labels = TextColumn()
  public internal(set) var aliases = TextListColumn()
  /// A string column; absent where the Wikidata id is not known.
  public internal(set) var wikidata = AttributeColumn(name: "wikidata")
  /// The other attributes, one column per name, in code point order of the names.
  public internal(set) var attributes: [AttributeColumn] = []

  public init() {}

  public var count: Int { ids.count }

  public subscript(row: Int) -> Entity {
    var values: [String: AttributeValue] = [:]
    for column in attributes {
      if let value = column.value(at: row) { values[column.name] = value }
    }
    return Entity(
      id: ids[row], type: types[row], label: labels[row], aliases: aliases[row],
      wikidata: wikidata.value(at: row)?.stringValue, attributes: values)
  }

  public func gathered(_ rows: [Int]) -> EntityTable {
    var result = EntityTable()
    result.ids = ids.gathered(rows)
    result.types = types.gathered(rows)
    result.labels = labels.gathered(rows)
    result.aliases = aliases.gathered(rows)
    result.wikidata = wikidata.gathered(rows)
    result.attributes = attributes.map { $0.gathered(rows) }
    return result
  }
}
