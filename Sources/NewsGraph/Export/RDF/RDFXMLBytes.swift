#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The byte-level pieces of the RDF/XML writer: escaping, IRI segments and lexical forms,
/// each on UTF-8 bytes so that a million-edge graph is written without a `String` per value.
///
/// Escaping gives exactly what `XMLWriter.text` and `XMLWriter.attribute` give after
/// `XMLText.cleaned`, in one pass: runs that need nothing are copied in one piece.
enum RDFXMLBytes {
  /// Bytes below 64 that text cannot carry as they are: the C0 controls XML 1.0 forbids
  /// (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F become U+FFFD), CR (`&#13;`, or XML's
  /// line-end normalization turns it into LF, §2.11), `"`, `&`, `<` and `>`.
  static let textSpecials: UInt64 = {
    var mask: UInt64 = 0
    for byte in 0..<0x20 where byte != 0x09 && byte != 0x0A { mask |= 1 << UInt64(byte) }
    for byte in [0x22, 0x26, 0x3C, 0x3E] { mask |= 1 << UInt64(byte) }
    return mask
  }()

  /// In attribute values TAB and LF too (`&#9;`, `&#10;`): attribute-value normalization
  /// (§3.3.3) would turn them into spaces.
  static let attributeSpecials: UInt64 = textSpecials | (1 << 0x09) | (1 << 0x0A)

  /// Writes `bytes` (valid UTF-8) as XML element text.
  @inline(__always)
  static func writeText(_ bytes: UnsafeBufferPointer<UInt8>, to sink: ByteSink) {
    writeEscaped(bytes, specials: textSpecials, to: sink)
  }

  /// Writes `bytes` (valid UTF-8) as the inside of a double-quoted XML attribute value.
  @inline(__always)
  static func writeAttribute(_ bytes: UnsafeBufferPointer<UInt8>, to sink: ByteSink) {
    writeEscaped(bytes, specials: attributeSpecials, to: sink)
  }

  /// The attribute form of a string, for markup computed once per document.
  static func attribute(_ text: String) -> [UInt8] {
    let sink = ByteSink()
    var text = text
    text.withUTF8 { writeAttribute($0, to: sink) }
    try! sink.finish()  // A sink in memory cannot fail.
    return sink.bytes
  }

  private static let replacement: StaticString = "\u{FFFD}"

  static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, specials: UInt64, to sink: ByteSink)
  {
    let count = bytes.count
    guard count > 0, let base = bytes.baseAddress else { return }
    var runStart = 0
    var index = 0
    while index < count {
      if index &+ 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if !XMLText.mayStop(word) {
          index &+= 8
          continue
        }
      }
      let end = Swift.min(index &+ 8, count)
      while index < end {
        let byte = base[index]
        var skip = 1
        let piece: StaticString
        if byte < 64 {
          guard specials & (1 << UInt64(byte)) != 0 else {
            index &+= 1
            continue
          }
          switch byte {
          case UInt8(ascii: "<"): piece = "&lt;"
          case UInt8(ascii: ">"): piece = "&gt;"
          case UInt8(ascii: "&"): piece = "&amp;"
          case UInt8(ascii: "\""): piece = "&quot;"
          case 0x0D: piece = "&#13;"
          case 0x0A: piece = "&#10;"
          case 0x09: piece = "&#9;"
          default: piece = replacement
          }
        } else if byte == 0xEF && index + 2 < count && base[index + 1] == 0xBF
          && (base[index + 2] == 0xBE || base[index + 2] == 0xBF)
        {
          // U+FFFE and U+FFFF: not characters XML 1.0 can carry.
          piece = replacement
          skip = 3
        } else {
          index &+= 1
          continue
        }
        if runStart < index {
          sink.write(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
        }
        piece.withUTF8Buffer { sink.write($0) }
        index += skip
        runStart = index
      }
    }
    if runStart < count {
      sink.write(UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }
  }

  /// Appends `bytes` as one IRI path segment, as `IRIText.segment` does on a `String`.
  @inline(__always)
  static func appendSegment(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let hex: StaticString = "0123456789ABCDEF"
    for byte in bytes {
      if IRIText.isSegmentByte(byte) {
        out.append(byte)
      } else {
        let digits = hex.utf8Start
        out.append(UInt8(ascii: "%"))
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0F)])
      }
    }
  }

  /// Appends the `xsd:date` form of a date (`CalendarDate.description`: `YYYY-MM-DD`).
  @inline(__always)
  static func appendDate(_ date: CalendarDate, to out: inout [UInt8]) {
    appendPadded(date.year, width: 4, to: &out)
    out.append(UInt8(ascii: "-"))
    appendPadded(date.month, width: 2, to: &out)
    out.append(UInt8(ascii: "-"))
    appendPadded(date.day, width: 2, to: &out)
  }

  private static func appendPadded(_ value: Int, width: Int, to out: inout [UInt8]) {
    var digits = 1
    var rest = value / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    if digits < width {
      out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits))
    }
    LexicalBytes.appendDecimal(Int64(value), to: &out)
  }

  /// Appends the `xsd:double` form of a number (`NumberText.double(_, style: .xsd)`).
  @inline(__always)
  static func appendDouble(_ value: Double, to out: inout [UInt8]) {
    // Short forms (up to 15 bytes, nearly all values) live inside the String: no allocation.
    var text = NumberText.double(value, style: .xsd)
    text.withUTF8 { out.append(contentsOf: $0) }
  }

  /// The row of a column whose rows ascend (entity ids) holding exactly `key`, by binary search.
  static func sortedRow(of key: UnsafeBufferPointer<UInt8>, in column: TextColumn) -> Int? {
    column.withAllBytes { all in
      var low = 0
      var high = column.count
      while low < high {
        let middle = (low + high) / 2
        let lower = column.start(of: middle)
        let length = column.ends[middle] - lower
        let common = Swift.min(length, key.count)
        var order = common > 0 ? Int(memcmp(all.baseAddress! + lower, key.baseAddress!, common)) : 0
        if order == 0 { order = length - key.count }
        if order < 0 {
          low = middle + 1
        } else if order > 0 {
          high = middle
        } else {
          return middle
        }
      }
      return nil
    }
  }

  /// Negative, zero or positive as `a` sorts before, equals or follows `b` (code point order).
  @inline(__always)
  static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let common = Swift.min(a.count, b.count)
    if common > 0 {
      let order = memcmp(a.baseAddress!, b.baseAddress!, common)
      if order != 0 { return Int(order) }
    }
    return a.count - b.count
  }
}
