/// The entities of a graph read as `Entity` values, in id order. Each access builds the value
/// from the columns: convenient for extraction, tests and small graphs; writers read the
/// columns instead.
public struct EntityRows: RandomAccessCollection, Sendable {
  public let table: EntityTable

  public var startIndex: Int { 0 }
  public var endIndex: Int { table.count }
  public subscript(position: Int) -> Entity { table[position] }
}

/// The relations of a graph read as `Relation` values, in id order (see `EntityRows`).
public struct RelationRows: RandomAccessCollection, Sendable {
  public let table: RelationTable
  public let entityIDs: TextColumn

  public var startIndex: Int { 0 }
  public var endIndex: Int { table.count }
  public subscript(position: Int) -> Relation {
    table.relation(at: position, entityIDs: entityIDs)
  }
}
