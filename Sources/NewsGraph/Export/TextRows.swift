/// A `TextColumn`'s buffers, open for one chunk of rows: `rows[row]` is the row's bytes,
/// without the array access (and reference counting) `TextColumn.withUTF8` does per call.
struct TextRows {
  let bytes: UnsafeBufferPointer<UInt8>
  let ends: UnsafeBufferPointer<Int>

  @inline(__always)
  subscript(row: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[(row == 0 ? 0 : ends[row - 1])..<ends[row]])
  }
}

extension TextColumn {
  /// Calls `body` with the column's rows, valid inside `body` only.
  func withRows<Result>(_ body: (TextRows) throws -> Result) rethrows -> Result {
    try withBuffers { bytes, ends in try body(TextRows(bytes: bytes, ends: ends)) }
  }
}
