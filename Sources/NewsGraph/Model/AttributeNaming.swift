/// The documented rule that turns any attribute name into one GraphML (`attr.name`, an
/// NMTOKEN), RDF (the local part of a property IRI, an NCName) and DOT can carry:
///
/// 1. every byte outside `A–Z a–z 0–9 _ . -` becomes `_` (a multi-byte character gives one `_`);
/// 2. a name that is then empty, or does not start with a letter or `_`, gets a `_` in front;
/// 3. a name already taken in its domain (a reserved column, or an earlier name in code point
///    order) gets `_2`, `_3`, … appended.
///
/// So `date of birth` becomes `date_of_birth`, and `2nd` becomes `_2nd`. The original name is
/// kept: in GraphML as the key's `<desc>`, in RDF as the property's `rdfs:label`.
public enum AttributeNaming {
  public static func safeName(for name: String, avoiding taken: Set<String>) -> String {
    var bytes: [UInt8] = []
    var index = name.utf8.startIndex
    let utf8 = name.utf8
    while index != utf8.endIndex {
      let byte = utf8[index]
      if StableID.isSafeByte(byte) {
        bytes.append(byte)
      } else if byte < 0x80 || byte >= 0xC0 {
        bytes.append(UInt8(ascii: "_"))
      }
      index = utf8.index(after: index)
    }
    if let first = bytes.first {
      let isLetter = (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z")
      if !isLetter && first != UInt8(ascii: "_") { bytes.insert(UInt8(ascii: "_"), at: 0) }
    } else {
      bytes = [UInt8(ascii: "_")]
    }
    let base = String(decoding: bytes, as: UTF8.self)
    if !taken.contains(base) { return base }
    var counter = 2
    while taken.contains("\(base)_\(counter)") { counter += 1 }
    return "\(base)_\(counter)"
  }
}
