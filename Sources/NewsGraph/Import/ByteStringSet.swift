#if canImport(Glibc)
  import Glibc
#endif

/// A set of byte strings that numbers its members in insertion order: the importer's map from
/// ids (exact bytes, as `ScalarKey` compares them) to rows, and the lexicon loader's check for
/// repeated ids, without a `String` or a `Hasher` run per id.
///
/// Open addressing over one `TextColumn` of the members; the table stays under half full. A
/// slot holds the row and 32 bits of the hash, so a probe that misses never reads the member's
/// bytes (on a million keys the lookups are bound by cache misses, not by comparisons).
struct ByteStringSet {
  /// The members, row `i` inserted `i`-th.
  private(set) var keys = TextColumn()
  /// `row + 1` in the low 32 bits (0: empty), the hash's high 32 bits above.
  private var slots: [UInt64]
  private var mask: Int

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  var count: Int { keys.count }

  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = FNV1a.hash(bytes)
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }

  @inline(__always)
  private static func tag(_ hash: Int) -> UInt64 {
    UInt64(truncatingIfNeeded: hash) & 0xFFFF_FFFF_0000_0000
  }

  /// The row of a member, or nil.
  func row(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = Self.hash(bytes)
    let tag = Self.tag(hash)
    return keys.withAllBytes { all in
      var slot = hash & mask
      while true {
        let entry = slots[slot]
        if entry == 0 { return nil }
        if entry & 0xFFFF_FFFF_0000_0000 == tag {
          let row = Int(entry & 0xFFFF_FFFF) - 1
          if Self.equal(all, keys.start(of: row), keys.ends[row], bytes) { return row }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  func row(of string: String) -> Int? {
    var copy = string
    return copy.withUTF8 { row(of: $0) }
  }

  /// Inserts the bytes; returns their row and whether they were new.
  @discardableResult
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (row: Int, inserted: Bool) {
    if let row = row(of: bytes) { return (row, false) }
    if (keys.count + 1) * 2 > slots.count { grow() }
    let row = keys.count
    keys.append(utf8: bytes)
    place(row, hash: Self.hash(bytes))
    return (row, true)
  }

  @discardableResult
  mutating func insert(_ string: String) -> (row: Int, inserted: Bool) {
    var copy = string
    return copy.withUTF8 { insert($0) }
  }

  private mutating func place(_ row: Int, hash: Int) {
    var slot = hash & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Self.tag(hash) | UInt64(row + 1)
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
    for row in 0..<keys.count {
      let hash = keys.withUTF8(row) { Self.hash($0) }
      place(row, hash: hash)
    }
  }

  @inline(__always)
  private static func equal(
    _ all: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int,
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let length = upper - lower
    guard length == bytes.count else { return false }
    return length == 0 || memcmp(all.baseAddress! + lower, bytes.baseAddress!, length) == 0
  }
}
