/// UTF-8 validation on bytes, reporting where it first fails.
public enum UTF8Validation {
  /// The offset of the first byte that does not start or continue a valid UTF-8 sequence
  /// (overlong forms, surrogates and values above U+10FFFF are invalid), or nil.
  public static func firstInvalidOffset<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Int?
  where Bytes.Element == UInt8, Bytes.Index == Int {
    var index = bytes.startIndex
    let end = bytes.endIndex
    while index < end {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch lead {
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
      default: return index - bytes.startIndex
      }
      guard index + length <= end else { return index - bytes.startIndex }
      let second = bytes[index + 1]
      guard second >= lower && second <= upper else { return index - bytes.startIndex }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
        return index - bytes.startIndex
      }
      index += length
    }
    return nil
  }
}
