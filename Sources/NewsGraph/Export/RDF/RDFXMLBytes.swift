/// The byte-level pieces of the RDF/XML writer: escaping, IRI segments and lexical forms,
/// each on UTF-8 bytes so that a million-edge graph is written without a `String` per value.
///
/// Escaping is `XMLText.writeEscaped`, the GraphML writer's: exactly what `XMLWriter.text`
/// and `XMLWriter.attribute` give after `XMLText.cleaned`.
enum RDFXMLBytes {
  /// Writes `bytes` (valid UTF-8) as XML element text (`XMLText.writeEscaped`).
  @inline(__always)
  static func writeText(_ bytes: UnsafeBufferPointer<UInt8>, to sink: ByteSink) {
    XMLText.writeEscaped(bytes, inAttribute: false, to: sink)
  }

  /// Writes `bytes` (valid UTF-8) as the inside of a double-quoted XML attribute value.
  @inline(__always)
  static func writeAttribute(_ bytes: UnsafeBufferPointer<UInt8>, to sink: ByteSink) {
    XMLText.writeEscaped(bytes, inAttribute: true, to: sink)
  }

  /// The attribute form of a string, for markup computed once per document.
  static func attribute(_ text: String) -> [UInt8] {
    let sink = ByteSink()
    var text = text
    text.withUTF8 { writeAttribute($0, to: sink) }
    try! sink.finish()  // A sink in memory cannot fail.
    return sink.bytes
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
}
