/// One foreign column read row by row by type, without building `AttributeValue`s: the
/// importer's per-row checks on reserved columns. A missing column reads as absent everywhere;
/// rows past the column's end (nodes added for undeclared endpoints) too.
struct ColumnView {
  let column: ForeignColumn?
  private let texts: TextColumn?
  private let integers: [Int64]?
  private let present: [Bool]
  private let isUniform: Bool

  init(_ column: ForeignColumn?) {
    self.column = column
    present = column?.values.present ?? []
    isUniform = column?.isUniform ?? true
    switch column?.values.storage {
    case .string(let strings)?:
      texts = strings
      integers = nil
    case .integer(let numbers)?:
      texts = nil
      integers = numbers
    default:
      texts = nil
      integers = nil
    }
  }

  /// The whole column's strings when every one of `rowCount` rows holds a string.
  func allStrings(rowCount: Int) -> TextColumn? {
    guard let column, isUniform, let texts, present.count == rowCount,
      !column.values.hasAbsentRows
    else { return nil }
    return texts
  }

  /// The whole column's integers when every one of `rowCount` rows holds an integer.
  func allIntegers(rowCount: Int) -> [Int64]? {
    guard let column, isUniform, let integers, present.count == rowCount,
      !column.values.hasAbsentRows
    else { return nil }
    return integers
  }

  func isPresent(_ row: Int) -> Bool {
    if !isUniform, let override = column?.overrides[row] { return override != nil }
    return row < present.count && present[row]
  }

  /// Calls `body` with the row's string bytes; nil when the row holds no string.
  @inline(__always)
  func withString<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
    if !isUniform, let override = column?.overrides[row] {
      guard case .string(var text)? = override else { return nil }
      return text.withUTF8(body)
    }
    guard let texts, row < present.count, present[row] else { return nil }
    return texts.withUTF8(row, body)
  }

  func isString(_ row: Int) -> Bool { withString(row) { _ in true } ?? false }

  /// The column's strings as one text column of `rowCount` rows, `fallback` writing each row
  /// that holds none; and which rows came from the column (the importer consumes those).
  func strings(rowCount: Int, else fallback: (Int, inout TextColumn) -> Void)
    -> (texts: TextColumn, taken: [Bool])
  {
    if let all = allStrings(rowCount: rowCount) {
      return (all, [Bool](repeating: true, count: rowCount))
    }
    var texts = TextColumn()
    var taken = [Bool](repeating: false, count: rowCount)
    for row in 0..<rowCount {
      if withString(row, { texts.append(utf8: $0) }) != nil {
        taken[row] = true
      } else {
        fallback(row, &texts)
      }
    }
    return (texts, taken)
  }

  /// Which of `rowCount` rows hold a string with the same bytes as that row of `texts`: a
  /// secondary column (`name`, `interaction`) is consumed where it says what the primary one does.
  func rowsEqual(_ texts: TextColumn, rowCount: Int) -> [Bool] {
    (0..<rowCount).map { row in
      withString(row) { bytes in
        texts.withUTF8(row) { ScalarOrder.compare($0, bytes) == 0 }
      } ?? false
    }
  }

  /// The row's integer; nil when it holds no integer.
  @inline(__always)
  func integer(_ row: Int) -> Int64? {
    if !isUniform, let override = column?.overrides[row] {
      guard case .integer(let number)? = override else { return nil }
      return number
    }
    guard let integers, row < present.count, present[row] else { return nil }
    return integers[row]
  }

  func value(_ row: Int) -> AttributeValue? {
    guard let column, row < column.count || column.overrides[row] != nil else { return nil }
    return column.value(at: row)
  }
}
