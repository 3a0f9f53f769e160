/// A `TextColumn`'s buffers, open for one chunk of rows: `rows[row]` is the row's bytes,
/// without the array access (and reference counting) `TextColumn.withUTF8` does per call.
public struct TextRows {
  public let bytes: UnsafeBufferPointer<UInt8>
  public let ends: UnsafeBufferPointer<Int>

  public var count: Int { ends.count }

  @inline(__always)
  public subscript(row: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[(row == 0 ? 0 : ends[row - 1])..<ends[row]])
  }

  /// The row holding exactly `key`, by binary search, in rows that ascend (entity ids).
  public func sortedRow(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      let order = ScalarOrder.compare(self[middle], key)
      if order < 0 { low = middle + 1 } else if order > 0 { high = middle } else { return middle }
    }
    return nil
  }
}

extension TextColumn {
  /// Calls `body` with the column's bytes and row ends.
  public func withBuffers<Result>(
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>) throws -> Result
  ) rethrows -> Result {
    try bytes.withUnsafeBufferPointer { bytes in
      try ends.withUnsafeBufferPointer { ends in try body(bytes, ends) }
    }
  }

  /// Calls `body` with the column's rows, valid inside `body` only.
  public func withRows<Result>(_ body: (TextRows) throws -> Result) rethrows -> Result {
    try withBuffers { bytes, ends in try body(TextRows(bytes: bytes, ends: ends)) }
  }
}
