/// Identifiers that serve as GraphML id, DOT node id and RDF IRI segment at once.
public enum StableID {
  /// Letters, digits, `.`, `-`, `_`: an XML NMTOKEN, an IRI segment needing no escapes, and a
  /// DOT id once quoted.
  @inlinable
  public static func isSafe(_ id: String) -> Bool {
    guard !id.isEmpty else { return false }
    for byte in id.utf8 where !isSafeByte(byte) { return false }
    return true
  }

  /// `isSafe` on UTF-8 bytes, for ids kept in a `TextColumn`.
  @inlinable
  public static func isSafe(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !bytes.isEmpty else { return false }
    for byte in bytes where !isSafeByte(byte) { return false }
    return true
  }

  @inlinable
  static func isSafeByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
      UInt8(ascii: "_"):
      true
    default: false
    }
  }

  /// A safe id for any string, derived from its content alone: a readable ASCII slug of at most
  /// 32 bytes, then `-` and the 64-bit FNV-1a hash of the UTF-8 bytes in hex. The same input
  /// always gives the same id, and adding other inputs never changes it.
  public static func derived(from original: String) -> String {
    var slug: [UInt8] = []
    var lastWasFiller = false
    for byte in original.utf8 {
      if slug.count >= 32 { break }
      if isSafeByte(byte) {
        slug.append(byte)
        lastWasFiller = false
      } else if !lastWasFiller && !slug.isEmpty {
        slug.append(UInt8(ascii: "_"))
        lastWasFiller = true
      }
    }
    while slug.last == UInt8(ascii: "_") { slug.removeLast() }
    let prefix = slug.isEmpty ? "id" : String(decoding: slug, as: UTF8.self)
    return prefix + "-" + hexHash(original)
  }

  /// 64-bit FNV-1a of the UTF-8 bytes, as 16 lowercase hex digits.
  public static func hexHash(_ text: String) -> String {
    var hasher = FNV1a()
    hasher.add(text.utf8)
    return hasher.hex()
  }
}
