/// The escapes of a JSON string, decoded one way for both readers (`JSONParser` and the
/// streaming node-link scanner): RFC 8259's one-letter escapes and `\uXXXX`, where a surrogate
/// pair becomes its scalar and a lone surrogate becomes U+FFFD (Swift strings cannot hold it;
/// the reader counts it and warns).
enum JSONEscape {
  /// What an escape after `\` decodes to.
  enum Decoded {
    /// A one-letter escape's byte, or a `\u` escape's scalar (`replacedSurrogate` when a lone
    /// surrogate became U+FFFD); `end` is the offset after the escape.
    case scalar(UInt32, end: Int, replacedSurrogate: Bool)
    /// Not `"` `\` `/` `b` `f` `n` `r` `t` or `u`.
    case unknownEscape
    /// `\u` without four hex digits; `at` is the offset of the first byte that is not one.
    case badHex(at: Int)
  }

  /// Decodes the escape whose letter is at `index` (just after the backslash).
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Decoded {
    let letter = bytes[index]
    let simple: UInt32
    switch letter {
    case UInt8(ascii: "\""): simple = 0x22
    case UInt8(ascii: "\\"): simple = 0x5C
    case UInt8(ascii: "/"): simple = 0x2F
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"): return unicode(bytes, at: index + 1)
    default: return .unknownEscape
    }
    return .scalar(simple, end: index + 1, replacedSurrogate: false)
  }

  /// The `XXXX` of a `\u` escape at `index`, with the low half that may follow a high one.
  private static func unicode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Decoded {
    let (high, highStop) = hex4(bytes, at: index)
    guard let high else { return .badHex(at: highStop) }
    var end = index + 4
    switch high {
    case 0xD800...0xDBFF:
      if end + 1 < bytes.count && bytes[end] == UInt8(ascii: "\\")
        && bytes[end + 1] == UInt8(ascii: "u")
      {
        let (low, lowStop) = hex4(bytes, at: end + 2)
        guard let low else { return .badHex(at: lowStop) }
        if (0xDC00...0xDFFF).contains(low) {
          end += 6
          return .scalar(
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), end: end, replacedSurrogate: false)
        }
      }
      return .scalar(0xFFFD, end: end, replacedSurrogate: true)
    case 0xDC00...0xDFFF:
      return .scalar(0xFFFD, end: end, replacedSurrogate: true)
    default:
      return .scalar(high, end: end, replacedSurrogate: false)
    }
  }

  /// Four hex digits at `index`, or nil and the offset of the first byte that is not one.
  private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32?, Int) {
    var value: UInt32 = 0
    for offset in index..<index + 4 {
      guard offset < bytes.count else { return (nil, offset) }
      let byte = bytes[offset]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
      default: return (nil, offset)
      }
      value = value << 4 | digit
    }
    return (value, index + 4)
  }

  /// Encodes one scalar (never a surrogate here) as UTF-8, byte by byte.
  @inline(__always)
  static func forEachUTF8Byte(of scalar: UInt32, _ emit: (UInt8) -> Void) {
    switch scalar {
    case ..<0x80:
      emit(UInt8(scalar))
    case ..<0x800:
      emit(UInt8(0xC0 | scalar >> 6))
      emit(UInt8(0x80 | scalar & 0x3F))
    case ..<0x10000:
      emit(UInt8(0xE0 | scalar >> 12))
      emit(UInt8(0x80 | scalar >> 6 & 0x3F))
      emit(UInt8(0x80 | scalar & 0x3F))
    default:
      emit(UInt8(0xF0 | scalar >> 18))
      emit(UInt8(0x80 | scalar >> 12 & 0x3F))
      emit(UInt8(0x80 | scalar >> 6 & 0x3F))
      emit(UInt8(0x80 | scalar & 0x3F))
    }
  }

  static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
    forEachUTF8Byte(of: scalar) { output.append($0) }
  }
}
