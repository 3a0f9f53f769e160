/// The one text-cleaning step every string takes before it reaches an XML writer.
///
/// XML 1.0 cannot carry U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE or U+FFFF, not
/// even as character references, and a writer that passed them through (libxml2's does) would
/// make the file unreadable. They become U+FFFD; `ForbiddenCharacterReport` tells the user where.
/// Swift strings cannot hold lone surrogates, so those never get this far.
public enum XMLText {
  /// Whether a string holds a character XML 1.0 cannot carry.
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

  /// The offset of the first forbidden character: words of eight bytes with no control byte
  /// and no 0xEF are skipped whole (`ByteRuns`), the others looked at byte by byte.
  static func firstForbidden(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      index = ByteRuns.skipPlainWords(bytes, from: index) { word in
        ByteRuns.hasByte(below: 0x20, in: word) || ByteRuns.hasByte(0xEF, in: word)
      }
      let stop = min(count, index + 8)
      while index < stop {
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
    }
    return nil
  }

}

extension XMLText {
  /// Bytes below 0x40 that break a run of text content: `"` `&` `<` `>`, CR and the C0
  /// controls XML 1.0 cannot carry (TAB and LF pass as they are), one bit per byte value.
  @usableFromInline
  static let textStops: UInt64 = controlStops | (1 << 0x0D) | markupStops

  /// The same for attribute values, where TAB and LF must be references too (XML 1.0 §3.3.3
  /// would normalize them to spaces).
  @usableFromInline
  static let attributeStops: UInt64 = textStops | (1 << 0x09) | (1 << 0x0A)

  @usableFromInline
  static let controlStops: UInt64 = 0xFFFF_FFFF & ~((1 << 0x09) | (1 << 0x0A) | (1 << 0x0D))

  @usableFromInline
  static let markupStops: UInt64 = (1 << 0x22) | (1 << 0x26) | (1 << 0x3C) | (1 << 0x3E)

  /// Writes UTF-8 text cleaned and escaped in one pass: the same bytes as `XMLWriter` writes
  /// for `XMLWriter.text` (or `attribute` when `inAttribute`) of `cleaned(String(bytes))`.
  ///
  /// Runs of bytes that need nothing are found by a scan and copied with one `write`; only
  /// `"` `&` `<` `>`, CR (TAB and LF in attributes), the forbidden C0 controls and the lead
  /// byte 0xEF (U+FFFE and U+FFFF start with it) stop the scan. The bytes must be valid UTF-8,
  /// as every column of the model is (readers validate their input).
  ///
  /// Escapes, as libxml2's xmlTextWriter writes them: `&lt;` `&gt;` `&amp;` `&quot;`, CR as
  /// `&#13;` (XML 1.0 §2.11 would turn a raw CR into LF); in attributes TAB as `&#9;` and LF as
  /// `&#10;`. U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE and U+FFFF become U+FFFD
  /// (XML 1.0 §2.2: not even a reference can carry them).
  ///
  /// - Complexity: O(n) in the byte count, with one `write` per run between stops.
  public static func writeEscaped(
    _ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool, to sink: ByteSink
  ) {
    guard let base = bytes.baseAddress else { return }
    let count = bytes.count
    let stops = inAttribute ? attributeStops : textStops
    var runStart = 0
    var index = 0
    while index < count {
      // Eight bytes at a time while none of them can stop the scan.
      while index &+ 8 <= count
        && !mayStop(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      {
        index &+= 8
      }
      guard index < count else { break }
      let byte = base[index]
      if byte >= 0x40 {
        // Non-ASCII and the upper ASCII half pass, but for U+FFFE and U+FFFF (EF BF BE/BF).
        if byte != 0xEF || index + 2 >= count || base[index + 1] != 0xBF
          || base[index + 2] & 0xFE != 0xBE
        {
          index += 1
          continue
        }
      } else if stops & (1 &<< UInt64(byte)) == 0 {
        index += 1
        continue
      }
      if runStart < index {
        sink.write(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
      }
      var consumed = 1
      switch byte {
      case UInt8(ascii: "<"): write("&lt;", to: sink)
      case UInt8(ascii: ">"): write("&gt;", to: sink)
      case UInt8(ascii: "&"): write("&amp;", to: sink)
      case UInt8(ascii: "\""): write("&quot;", to: sink)
      case 0x0D: write("&#13;", to: sink)
      case 0x0A: write("&#10;", to: sink)
      case 0x09: write("&#9;", to: sink)
      case 0xEF:
        write("\u{FFFD}", to: sink)
        consumed = 3
      default: write("\u{FFFD}", to: sink)
      }
      index += consumed
      runStart = index
    }
    if runStart < count {
      sink.write(UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }
  }

  /// Whether any of eight bytes may stop the scan: a byte below 0x20, `<` or `>` (equal once
  /// bit 1 is set), `"` or `&` (equal once bit 2 is set), or 0xEF. Exact for "none", which is
  /// all the scan needs (the bytes of a word that may stop are then looked at one by one).
  @inline(__always)
  static func mayStop(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 {
      (value &- ones) & ~value & highs
    }
    let below0x20 = (word &- 0x20 &* ones) & ~word & highs
    let angle = hasZeroByte((word | 0x02 &* ones) ^ (0x3E &* ones))
    let quoteOrAmpersand = hasZeroByte((word | 0x04 &* ones) ^ (0x26 &* ones))
    let leadEF = hasZeroByte(word ^ (0xEF &* ones))
    return below0x20 | angle | quoteOrAmpersand | leadEF != 0
  }

  /// `writeEscaped` of bytes composed in an array (numbers, JSON lists).
  public static func writeEscaped(_ bytes: [UInt8], inAttribute: Bool, to sink: ByteSink) {
    bytes.withUnsafeBufferPointer { writeEscaped($0, inAttribute: inAttribute, to: sink) }
  }

  /// `writeEscaped` of a string's UTF-8 (for the few strings of fixed markup).
  public static func writeEscaped(_ text: String, inAttribute: Bool, to sink: ByteSink) {
    var text = text
    text.withUTF8 { writeEscaped($0, inAttribute: inAttribute, to: sink) }
  }

  private static func write(_ text: StaticString, to sink: ByteSink) {
    text.withUTF8Buffer { sink.write($0) }
  }
}
