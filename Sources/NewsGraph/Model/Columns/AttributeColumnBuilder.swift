/// Finds or adds the column of each attribute name while rows are added one by one, for
/// `KnowledgeGraph(name:entities:relations:…)` and `GraphAssembler` alike: a column's first
/// value decides its type, rows without a value are absent, and names are told apart by their
/// Unicode scalars (`ScalarKey`). Column order does not matter: the graph sorts columns by name.
struct AttributeColumnBuilder {
  private var positions: [ScalarKey: Int] = [:]

  /// Adds the values of row `row` (the rows before it already added) to their columns.
  mutating func add(
    _ values: [String: AttributeValue], row: Int, to columns: inout [AttributeColumn]
  ) {
    for (name, value) in values {
      let key = ScalarKey(name)
      let position: Int
      if let known = positions[key] {
        position = known
      } else {
        position = columns.count
        positions[key] = position
        columns.append(AttributeColumn(name: name, type: value.type))
      }
      columns[position].pad(to: row)
      columns[position].append(value)
    }
  }

  /// Pads every column with absent rows to `rowCount` rows.
  func pad(_ columns: inout [AttributeColumn], to rowCount: Int) {
    for position in columns.indices { columns[position].pad(to: rowCount) }
  }
}
