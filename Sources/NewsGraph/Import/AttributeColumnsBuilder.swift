/// The model's attribute columns for one foreign table: every column that is not reserved moves
/// over (renamed when its name canonically equals an earlier one), and the rows of reserved
/// columns that the importer did not consume stay as data under a free `_2` name, one note per
/// column. A uniform column moves whole; others are rebuilt row by row.
struct AttributeColumnsBuilder {
  let table: ForeignTable
  let rowCount: Int
  private(set) var naming: ColumnNaming
  private(set) var columns: [AttributeColumn] = []

  init(_ table: ForeignTable, rowCount: Int) {
    self.table = table
    self.rowCount = rowCount
    naming = ColumnNaming(table.columns)
  }

  /// Adds every column: `consumed[position]` marks the rows the importer took out of a reserved
  /// column (nil: a column that is not reserved).
  mutating func build(consumed: [Int: [Bool]], reserved: [String], notes: inout ImportNotes) {
    var leftovers: [(position: Int, rows: [Bool]?)] = []
    for (position, column) in table.columns.enumerated() {
      if reserved.contains(where: { $0.equalsByScalars(column.name) }) {
        leftovers.append((position, consumed[position]))
        continue
      }
      let (name, isTwin) = naming.keep(column.name)
      if isTwin {
        notes.note(
          "columns named '\(column.name)' differ only by Unicode normalization; the second is "
            + "kept as '\(name)'")
      }
      columns.append(Self.converted(column, named: name, rowCount: rowCount, keeping: nil))
    }
    for (position, taken) in leftovers {
      let column = table.columns[position]
      let keep: ((Int) -> Bool)? = taken.map { taken in { !taken[$0] } }
      let hasLeft = (0..<column.count).contains { row in
        (keep?(row) ?? true) && column.value(at: row) != nil
      }
      guard hasLeft else { continue }
      let name = naming.free(column.name)
      notes.note(
        "column '\(column.name)' holds values NewsGraph does not derive; kept as '\(name)'")
      columns.append(Self.converted(column, named: name, rowCount: rowCount, keeping: keep))
    }
  }

  /// Records each changed id in `original_id`; an element whose `original_id` says something
  /// else keeps the id under the first free `original_id_N` (one note for all such elements).
  mutating func recordOriginals(
    _ originals: TextColumn, changed: [Bool], describe: (Int) -> String, notes: inout ImportNotes
  ) {
    guard changed.contains(true) else { return }
    let existing = columns.firstIndex {
      $0.name == "original_id" && $0.name.equalsByScalars("original_id")
    }
    var merged = AttributeColumn(name: "original_id")
    var overflow: [Int: String] = [:]
    var firstClash: Int?
    for row in 0..<rowCount {
      let current = existing.flatMap { columns[$0].value(at: row) }
      guard changed[row] else {
        merged.append(current)
        continue
      }
      let original = originals[row]
      if let current, current != .string(original) {
        overflow[row] = original
        if firstClash == nil { firstClash = row }
        merged.append(current)
      } else {
        merged.append(.string(original))
      }
    }
    if let existing { columns[existing] = merged } else { columns.append(merged) }
    guard let firstClash else { return }
    let name = naming.free("original_id")
    var extra = AttributeColumn(name: name)
    for row in 0..<rowCount { extra.append(overflow[row].map { .string($0) }) }
    columns.append(extra)
    let more = overflow.count == 1 ? "" : " (and \(overflow.count - 1) more)"
    notes.note(
      "\(describe(firstClash))\(more) already has an 'original_id'; its id is kept in '\(name)'")
  }

  /// A foreign column as a model column of `rowCount` rows, keeping only the rows `keeping`
  /// accepts (all when nil). Mixed types become strings, as the model's columns do.
  static func converted(
    _ column: ForeignColumn, named name: String, rowCount: Int, keeping: ((Int) -> Bool)?
  ) -> AttributeColumn {
    if keeping == nil && column.isUniform {
      var result =
        name.utf8.elementsEqual(column.name.utf8) ? column.values : column.values.renamed(name)
      result.pad(to: rowCount)
      return result
    }
    var result = AttributeColumn(name: name)
    for row in 0..<rowCount {
      if row < column.count || column.overrides[row] != nil, keeping?(row) ?? true {
        result.append(column.value(at: row))
      } else {
        result.appendAbsent()
      }
    }
    return result
  }
}
