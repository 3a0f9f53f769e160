extension StableID {
  /// `derived(from:)` on UTF-8 bytes, appended to `out`: the same id, without a `String` for
  /// the content (the importer derives one per edge without a usable key).
  static func appendDerived(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let start = out.count
    var slugCount = 0
    var lastWasFiller = false
    for byte in bytes {
      if slugCount >= 32 { break }
      if isSafeByte(byte) {
        out.append(byte)
        slugCount += 1
        lastWasFiller = false
      } else if !lastWasFiller && slugCount > 0 {
        out.append(UInt8(ascii: "_"))
        slugCount += 1
        lastWasFiller = true
      }
    }
    while out.count > start && out.last == UInt8(ascii: "_") { out.removeLast() }
    if out.count == start { out.append(contentsOf: "id".utf8) }
    out.append(UInt8(ascii: "-"))
    var hasher = FNV1a()
    hasher.add(bytes)
    hasher.appendHex(to: &out)
  }
}
