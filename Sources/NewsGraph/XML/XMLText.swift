/// The one text-cleaning step every string takes before it reaches an XML writer.
///
/// XML 1.0 cannot carry U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE or U+FFFF, not
/// even as character references, and a writer that passed them through (libxml2's does) would
/// make the file unreadable. They become U+FFFD; `ForbiddenCharacterReport` tells the user where.
/// Swift strings cannot hold lone surrogates, so those never get this far.
public enum XMLText {
  /// Whether a string holds a character XML 1.0 cannot carry.
  @inlinable
  public static func hasForbiddenCharacter(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { firstForbidden(in: $0) != nil }
  }

  /// The string with every forbidden character replaced by U+FFFD. Returns the same string,
  /// without copying, when there is none (the common case).
  public static func cleaned(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes -> String? in
      guard firstForbidden(in: bytes) != nil else { return nil }
      var scalars = String.UnicodeScalarView()
      for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
      }
      return String(scalars)
    } ?? text
  }

  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00...0x1F, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  @inlinable
  static func firstForbidden(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x20 {
        if byte != 0x09 && byte != 0x0A && byte != 0x0D { return index }
      } else if byte == 0xEF && index + 2 < count && bytes[index + 1] == 0xBF
        && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
      {
        return index
      }
      index += 1
    }
    return nil
  }
}
