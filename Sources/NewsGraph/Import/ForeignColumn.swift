/// One attribute column of a `ForeignGraph` table, under its name exactly as read.
///
/// Values are kept unboxed in an `AttributeColumn` of the column's first type, so a column
/// whose rows all hold one type (the usual case) moves into the model as it is. A row whose
/// value has another type, or whose value a repeated member replaced, is absent there and held
/// in `overrides` instead: the importer sees every row's own value and type, as it did when
/// each element carried its own pairs.
public struct ForeignColumn: Sendable {
  public let name: String
  /// Rows holding a value of the column's first type; other rows are absent here.
  public private(set) var values: AttributeColumn
  /// Rows whose value is not in `values` (nil: the row has no value after all).
  public private(set) var overrides: [Int: AttributeValue?] = [:]
  /// The last row a member of this name was seen in, so a repeated member is noticed.
  var lastRow = -1
  /// Whether that member was `null` (a later repeat with a value cancels its note).
  var lastWasNull = false

  public init(name: String) {
    self.name = name
    self.values = AttributeColumn(name: name)
  }

  /// Whether every row's value is in `values` (no other type, no repeat).
  public var isUniform: Bool { overrides.isEmpty }

  public var count: Int { values.count }

  public func value(at row: Int) -> AttributeValue? {
    if let override = overrides[row] { return override }
    return row < values.count ? values.value(at: row) : nil
  }

  /// The column's type when it is uniform and has values.
  var uniformType: AttributeType? {
    isUniform && !values.isEmpty ? values.type : nil
  }

  /// Appends a string at `row` (rows before it without a value become absent).
  mutating func appendString(utf8: UnsafeBufferPointer<UInt8>, row: Int) {
    values.pad(to: row)
    if values.isEmpty || values.type == .string {
      values.appendString(utf8: utf8)
    } else {
      values.appendAbsent()
      overrides[row] = .some(.string(String(decoding: utf8, as: UTF8.self)))
    }
  }

  /// Appends a value at `row` (rows before it without a value become absent).
  mutating func append(_ value: AttributeValue, row: Int) {
    values.pad(to: row)
    if values.isEmpty || values.type == value.type {
      values.append(value)
    } else {
      values.appendAbsent()
      overrides[row] = .some(value)
    }
  }

  /// Replaces the value of a row that already has one (a repeated member: the last wins).
  mutating func replace(_ value: AttributeValue?, row: Int) {
    if values.count <= row {
      if let value { append(value, row: row) }
    } else {
      overrides[row] = .some(value)
    }
  }

  /// Appends the rows of a column read from a later part of the same list (see
  /// `ForeignTable.append(contentsOf:)`): `other`'s row 0 becomes row `row`, and the column
  /// then has `row + rowCount` rows.
  mutating func appendRows(of other: ForeignColumn, at row: Int, rowCount: Int) {
    values.pad(to: row)
    values.append(contentsOf: other.values)
    values.pad(to: row + rowCount)
  }

  /// Absent rows up to `rowCount`.
  mutating func pad(to rowCount: Int) { values.pad(to: rowCount) }

  /// Replaces the rows' values wholesale (the date columns a JSON file declares).
  mutating func replaceAll(
    with column: AttributeColumn, overrides newOverrides: [Int: AttributeValue?]
  ) {
    values = column
    overrides = newOverrides
  }
}
