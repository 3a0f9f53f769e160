/// Percent-encoding for text that becomes part of an IRI.
///
/// Only values that come from outside NewsGraph's id rules need it (a Wikidata id read from a
/// converted graph): ids are already `[A-Za-z0-9._-]`. RDF/XML parsers reject or warn about
/// spaces, `"`, `<`, `>`, `{`, `}`, `|`, `\`, `^` and `` ` `` in IRIs, and a raw `%` would start
/// an escape that is not one.
public enum IRIText {
  /// The text as one IRI path segment: every UTF-8 byte outside RFC 3986 `pchar` (unreserved,
  /// sub-delims, `:` and `@`) becomes `%XX` with uppercase hex, including `%`, `/`, `?` and
  /// `#` themselves. Python's `urllib.parse.quote(text, safe="!$&'()*+,;=:@")` gives the same.
  public static func segment(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    let hex = Array("0123456789ABCDEF".utf8)
    for byte in text.utf8 {
      if isSegmentByte(byte) {
        out.append(byte)
      } else {
        out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func isSegmentByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: "-._~!$&'()*+,;=:@".utf8.contains(byte)
    }
  }
}
