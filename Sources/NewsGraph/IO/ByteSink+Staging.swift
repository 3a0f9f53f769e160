extension ByteSink {
  /// Row loops that compose a row with `inout [UInt8]` appends (the quoting and escaping
  /// helpers of DOT, JSON and the dump work on arrays) hand the bytes over in pieces of about
  /// this size, so the sink sees few large writes.
  static let stagingSize = 1 << 18

  /// An empty staging buffer with room for one piece and the row that overflows it.
  static func stagingBuffer() -> [UInt8] {
    var staged: [UInt8] = []
    staged.reserveCapacity(stagingSize + 4096)
    return staged
  }

  /// Writes and empties `staged` once it holds a piece; the caller writes the rest at the end.
  func writeIfFull(_ staged: inout [UInt8]) {
    guard staged.count >= Self.stagingSize else { return }
    write(staged)
    staged.removeAll(keepingCapacity: true)
  }
}
