/// A list of strings per row (an entity's aliases), all in one `TextColumn`.
public struct TextListColumn: Sendable {
  /// Every row's strings, row after row.
  public private(set) var items = TextColumn()
  /// `ends[row]` is the item index just past the row's last string.
  public private(set) var ends: [Int] = []

  public init() {}

  public var count: Int { ends.count }

  @inlinable
  public func itemRange(_ row: Int) -> Range<Int> { (row == 0 ? 0 : ends[row - 1])..<ends[row] }

  public func isEmpty(_ row: Int) -> Bool { itemRange(row).isEmpty }

  public subscript(row: Int) -> [String] { itemRange(row).map { items[$0] } }

  /// Whether no row has a string.
  public var isAllEmpty: Bool { items.count == 0 }

  public mutating func append(_ strings: [String]) {
    for string in strings { items.append(string) }
    ends.append(items.count)
  }

  /// Starts a row whose strings are then added with `appendItem`.
  public mutating func appendRow() { ends.append(items.count) }

  /// Adds a string to the last row.
  public mutating func appendItem(utf8: UnsafeBufferPointer<UInt8>) {
    items.append(utf8: utf8)
    ends[ends.count - 1] = items.count
  }

  /// The same lists with other strings (same count), e.g. cleaned ones.
  public mutating func replaceItems(with texts: TextColumn) {
    precondition(texts.count == items.count, "one string per item")
    items = texts
  }

  public func gathered(_ rows: [Int]) -> TextListColumn {
    var result = TextListColumn()
    var itemRows: [Int] = []
    itemRows.reserveCapacity(items.count)
    result.ends.reserveCapacity(rows.count)
    for row in rows {
      itemRows.append(contentsOf: itemRange(row))
      result.ends.append(itemRows.count)
    }
    result.items = items.gathered(itemRows)
    return result
  }
}
