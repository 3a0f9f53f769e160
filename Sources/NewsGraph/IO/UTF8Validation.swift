/// UTF-8 validation on bytes, reporting where it first fails.
public enum UTF8Validation {
  /// The offset of the first byte that does not start or continue a valid UTF-8 sequence
  /// (overlong forms, surrogates and values above U+10FFFF are invalid), or nil.
  public static func firstInvalidOffset<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Int?
  where Bytes.Element == UInt8, Bytes.Index == Int {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      guard let length = sequenceLength(at: index, in: bytes) else {
        return index - bytes.startIndex
      }
      index += length
    }
    return nil
  }

  /// The length of the valid multi-byte sequence whose lead byte (0x80 or above) is at
  /// `index`, or nil when it is not one: an overlong form, a surrogate, a value above
  /// U+10FFFF, a missing or bad continuation byte.
  @inline(__always)
  static func sequenceLength<Bytes: RandomAccessCollection>(at index: Int, in bytes: Bytes)
    -> Int?
  where Bytes.Element == UInt8, Bytes.Index == Int {
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch bytes[index] {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upper = 0x9F
    case 0xF0:
      length = 4
      lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upper = 0x8F
    default: return nil
    }
    guard index + length <= bytes.endIndex else { return nil }
    let second = bytes[index + 1]
    guard second >= lower && second <= upper else { return nil }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }
}
