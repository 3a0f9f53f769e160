/// The nodes or the edges of a `ForeignGraph` as columns: ids as one `TextColumn`, edge ends
/// as text, and one `ForeignColumn` per attribute name in first-seen order, keyed by the
/// name's exact bytes (so NFC and NFD spellings of a name stay two columns).
///
/// A million-edge file is a few dozen buffers here, not a million elements of pairs.
public struct ForeignTable: Sendable {
  /// The id of each row as the file gave it; empty where `hasID` is false.
  public internal(set) var ids = TextColumn()
  public internal(set) var hasID: [Bool] = []
  /// Edge ends as the file gave them (unused for nodes).
  public internal(set) var sources = TextColumn()
  public internal(set) var targets = TextColumn()
  public internal(set) var columns: [ForeignColumn] = []
  private var positions: [[UInt8]: Int] = [:]

  public init() {}

  public var count: Int { hasID.count }

  /// The position of the column with these exact name bytes, added when new.
  mutating func column(named name: UnsafeBufferPointer<UInt8>) -> Int {
    let key = Array(name)
    if let known = positions[key] { return known }
    positions[key] = columns.count
    columns.append(ForeignColumn(name: String(decoding: name, as: UTF8.self)))
    return columns.count - 1
  }

  mutating func column(named name: String) -> Int {
    var copy = name
    return copy.withUTF8 { column(named: $0) }
  }

  /// The position of a column by its exact name, if the table has it.
  public func position(of name: String) -> Int? { positions[Array(name.utf8)] }

  /// The column named `name`, where it is and how the importer reads it (absent everywhere when
  /// there is no such column).
  func view(_ name: String) -> (position: Int?, view: ColumnView) {
    let position = position(of: name)
    return (position, ColumnView(position.map { columns[$0] }))
  }

  /// Closes the row the attribute columns were filled for.
  mutating func endRow(id: UnsafeBufferPointer<UInt8>?) {
    if let id { ids.append(utf8: id) } else { ids.appendEmpty() }
    hasID.append(id != nil)
  }

  mutating func endRow(id: String?) {
    guard var copy = id else { return endRow(id: nil as UnsafeBufferPointer<UInt8>?) }
    copy.withUTF8 { endRow(id: $0) }
  }

  mutating func appendEnds(source: String, target: String) {
    sources.append(source)
    targets.append(target)
  }

  mutating func appendEnds(source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>) {
    sources.append(utf8: source)
    targets.append(utf8: target)
  }

  /// Appends a row from pairs (readers of small files, tests). Names repeated in `attributes`
  /// keep the last value.
  mutating func appendRow(id: String?, attributes: [(name: String, value: AttributeValue)]) {
    let row = count
    for (name, value) in attributes {
      let position = column(named: name)
      if columns[position].lastRow == row {
        columns[position].replace(value, row: row)
      } else {
        columns[position].append(value, row: row)
      }
      columns[position].lastRow = row
    }
    endRow(id: id)
  }

  /// Pads every column to the row count; call once all rows are in.
  /// Appends the rows read from a later part of the same list, so that one list can be read
  /// in two halves on two cores. Returns false, changing nothing, when the result could differ
  /// from reading the list in one go: a column of `other` holding values of another type than
  /// here, or holding rows of mixed types.
  mutating func append(contentsOf other: ForeignTable) -> Bool {
    for column in other.columns {
      guard column.isUniform else { return false }
      if let position = positions[Array(column.name.utf8)], !columns[position].isUniform || (!columns[position].values.isEmpty
        && !column.values.isEmpty && columns[position].values.type != column.values.type)
      {
        return false
      }
    }
    let rowCount = count
    ids.append(contentsOf: other.ids)
    hasID += other.hasID
    sources.append(contentsOf: other.sources)
    targets.append(contentsOf: other.targets)
    for column in other.columns {
      let position = self.column(named: column.name)
      columns[position].appendRows(of: column, at: rowCount, rowCount: other.count)
    }
    return true
  }

  mutating func finish() {
    for position in columns.indices { columns[position].pad(to: count) }
  }

  mutating func setColumn(_ position: Int, _ column: ForeignColumn) { columns[position] = column }

  /// A row's attributes as pairs, in column order (slow path: tests, small graphs).
  public func attributes(ofRow row: Int) -> [(name: String, value: AttributeValue)] {
    columns.compactMap { column in column.value(at: row).map { (column.name, $0) } }
  }
}
