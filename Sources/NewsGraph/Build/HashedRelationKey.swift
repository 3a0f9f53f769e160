/// A `RelationKey` with a hash of its parts' bytes computed once: the key of
/// `GraphAssembler`'s table of merged relations.
///
/// Hashing a `RelationKey` hashes five strings and an array through `Hasher` on every look-up
/// and again for every key each time the table grows. This key is hashed once, eight bytes at
/// a time, and the table then hashes one integer.
///
/// Equal keys must have equal hashes. `String` equality is canonical equivalence, and a hash
/// of the bytes agrees with it only when both sides are ASCII (an ASCII string is canonically
/// equivalent to no other ASCII string, but is to some non-ASCII ones: "K" and U+212A KELVIN
/// SIGN). So `GraphAssembler` uses this key only while every key it has met is `isASCII`, and
/// otherwise keys by `RelationKey` itself.
struct HashedRelationKey: Hashable, Sendable {
  let key: RelationKey
  /// A hash of every part's UTF-8 bytes and length, in the order type, source, target,
  /// polarity, qualifiers.
  let byteHash: UInt64
  /// Whether every part is ASCII.
  let isASCII: Bool

  init(_ key: RelationKey) {
    self.key = key
    var state = Accumulator()
    state.add(key.type)
    state.add(key.source)
    state.add(key.target)
    state.add(key.polarity)
    state.mix(UInt64(key.qualifiers.count))
    for qualifier in key.qualifiers { state.add(qualifier) }
    byteHash = state.hash
    isASCII = state.highBits == 0
  }

  static func == (left: HashedRelationKey, right: HashedRelationKey) -> Bool {
    left.byteHash == right.byteHash && left.key == right.key
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(byteHash)
  }

  /// The running hash, and the high bits of every byte seen (zero while all are ASCII).
  private struct Accumulator {
    var hash: UInt64 = 0x243F_6A88_85A3_08D3
    var highBits: UInt64 = 0

    /// A multiply-and-fold step: each word changes every bit of the state.
    mutating func mix(_ word: UInt64) {
      hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 31
    }

    mutating func add(_ part: String) {
      var part = part
      part.withUTF8 { bytes in
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
          let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          highBits |= word & 0x8080_8080_8080_8080
          mix(word)
          offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
          tail |= UInt64(bytes[offset]) << shift
          shift += 8
          offset += 1
        }
        highBits |= tail & 0x8080_8080_8080_8080
        mix(tail)
      }
      mix(UInt64(part.utf8.count))
    }
  }
}
