/// Converts UTF-8 byte offsets into Unicode scalar (code point) offsets, the unit Python string
/// indices use.
///
/// A running cursor: each call counts only the bytes between the previous offset and this one,
/// in either direction, so converting offsets in text order costs one pass over the text in
/// total, and a step back (a mention nested in the one before) costs only its length.
/// - Complexity: O(n + k) for k sorted offsets into n bytes; in general, the total distance
///   the cursor moves.
public struct TextOffsets: Sendable {
  public let utf8: [UInt8]
  private var byteCursor = 0
  private var scalarCursor = 0

  public init(utf8: [UInt8]) {
    self.utf8 = utf8
  }

  public init(_ text: String) {
    self.init(utf8: Array(text.utf8))
  }

  /// The code point offset of a byte offset (0...utf8.count). An offset inside a multi-byte
  /// scalar counts that scalar as started.
  public mutating func scalarOffset(ofByte offset: Int) -> Int {
    precondition(offset >= 0 && offset <= utf8.count, "byte offset \(offset) is outside the text")
    var count = scalarCursor
    var index = byteCursor
    // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
    while index < offset {
      if utf8[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    while index > offset {
      index -= 1
      if utf8[index] & 0xC0 != 0x80 { count -= 1 }
    }
    byteCursor = offset
    scalarCursor = count
    return count
  }

  /// The code point offsets of many byte offsets, in any order, in one pass after sorting.
  public func scalarOffsets(of byteOffsets: [Int]) -> [Int] {
    var cursor = TextOffsets(utf8: utf8)
    var result = [Int](repeating: 0, count: byteOffsets.count)
    for position in byteOffsets.indices.sorted(by: { byteOffsets[$0] < byteOffsets[$1] }) {
      result[position] = cursor.scalarOffset(ofByte: byteOffsets[position])
    }
    return result
  }
}
