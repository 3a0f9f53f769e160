/// The strings of one column, back to back in one UTF-8 buffer: one allocation per column
/// instead of one per value, no reference counting per value, and bytes a writer can escape
/// straight into its output. A million-edge graph holds a few such buffers, not millions of
/// `String`s.
///
/// Byte order of UTF-8 is code point order, so `compare` orders rows exactly as
/// `String.precedesByScalars` orders their strings.
public struct TextColumn: Sendable {
  public private(set) var bytes: [UInt8] = []
  /// `ends[row]` is the offset just past the row's last byte; the row starts where the previous
  /// one ends.
  public private(set) var ends: [Int] = []

  public init() {}

  public init<Strings: Sequence>(_ strings: Strings) where Strings.Element == String {
    for string in strings { append(string) }
  }

  public var count: Int { ends.count }

  @inlinable
  public func start(of row: Int) -> Int { row == 0 ? 0 : ends[row - 1] }

  public mutating func reserveCapacity(rows: Int, bytes byteCount: Int) {
    ends.reserveCapacity(rows)
    bytes.reserveCapacity(byteCount)
  }

  public mutating func append(_ string: String) {
    var copy = string
    copy.withUTF8 { append(utf8: $0) }
  }

  public mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: utf8)
    ends.append(bytes.count)
  }

  /// Appends row `row` of `other` without making a `String` of it.
  public mutating func append(row: Int, of other: TextColumn) {
    other.withUTF8(row) { append(utf8: $0) }
  }

  /// Appends every row of `other`, in order.
  public mutating func append(contentsOf other: TextColumn) {
    let offset = bytes.count
    bytes.append(contentsOf: other.bytes)
    ends.reserveCapacity(ends.count + other.ends.count)
    for end in other.ends { ends.append(offset + end) }
  }

  /// A row with no bytes (an absent optional value; the column's presence says which).
  public mutating func appendEmpty() { ends.append(bytes.count) }

  public subscript(row: Int) -> String {
    withUTF8(row) { String(decoding: $0, as: UTF8.self) }
  }

  @inlinable
  public func byteCount(_ row: Int) -> Int { ends[row] - start(of: row) }

  /// The row's bytes, valid inside `body` only.
  @inlinable
  public func withUTF8<Result>(
    _ row: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    let lower = start(of: row)
    let upper = ends[row]
    return try bytes.withUnsafeBufferPointer { all in
      try body(UnsafeBufferPointer(rebasing: all[lower..<upper]))
    }
  }

  /// Every row's bytes at once, for loops that read many rows: `all[start(of:)..<ends[row]]`.
  @inlinable
  public func withAllBytes<Result>(
    _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    try bytes.withUnsafeBufferPointer(body)
  }

  /// Code point order of two rows (negative, zero, positive), as `String.compareByScalars`.
  public func compare(_ row: Int, _ other: Int) -> Int {
    bytes.withUnsafeBufferPointer { all in
      Self.compare(all, start(of: row), ends[row], start(of: other), ends[other])
    }
  }

  public func equals(_ row: Int, _ string: String) -> Bool {
    var copy = string
    return copy.withUTF8 { text in withUTF8(row) { ScalarOrder.compare($0, text) == 0 } }
  }

  @inlinable
  static func compare(
    _ all: UnsafeBufferPointer<UInt8>, _ lower1: Int, _ upper1: Int, _ lower2: Int, _ upper2: Int
  ) -> Int {
    ScalarOrder.compare(
      UnsafeBufferPointer(rebasing: all[lower1..<upper1]),
      UnsafeBufferPointer(rebasing: all[lower2..<upper2]))
  }

  /// The rows in the given order (a permutation or a selection).
  public func gathered(_ rows: [Int]) -> TextColumn {
    var result = TextColumn()
    result.ends.reserveCapacity(rows.count)
    result.bytes.reserveCapacity(rows.count == count ? bytes.count : 0)
    bytes.withUnsafeBufferPointer { all in
      for row in rows {
        result.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: all[start(of: row)..<ends[row]]))
        result.ends.append(result.bytes.count)
      }
    }
    return result
  }

  /// Whether every row sorts strictly after the row before it (code point order): the rows
  /// are then in order and unique.
  public var rowsStrictlyAscend: Bool {
    withRows { rows in
      var row = 1
      while row < rows.count {
        if ScalarOrder.compare(rows[row - 1], rows[row]) >= 0 { return false }
        row += 1
      }
      return true
    }
  }

  /// The rows in ascending code point order (stable), or nil when they already ascend.
  public func sortingPermutation() -> [Int]? {
    if rowsStrictlyAscend { return nil }
    return bytes.withUnsafeBufferPointer { all in
      Array(0..<count).sorted { a, b in
        let order = Self.compare(all, start(of: a), ends[a], start(of: b), ends[b])
        return order != 0 ? order < 0 : a < b
      }
    }
  }

  /// The first row equal to an earlier row, for a column whose rows ascend.
  public func firstRepeatInSortedRows() -> Int? {
    bytes.withUnsafeBufferPointer { all in
      var row = 1
      while row < count {
        if Self.compare(all, start(of: row - 1), ends[row - 1], start(of: row), ends[row]) == 0 {
          return row
        }
        row += 1
      }
      return nil
    }
  }

  /// The row holding `string` in a column whose rows ascend, by binary search.
  public func sortedRow(of string: String) -> Int? {
    var copy = string
    return copy.withUTF8 { sortedRow(utf8: $0) }
  }

  /// The row holding exactly these bytes in a column whose rows ascend, by binary search.
  public func sortedRow(utf8 key: UnsafeBufferPointer<UInt8>) -> Int? {
    withRows { $0.sortedRow(of: key) }
  }
}
