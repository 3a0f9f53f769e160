/// A word of at most 12 bytes packed into two integers, so that looking a word up among the
/// terms hashes two machine words and allocates nothing. Longer words are never terms.
struct TemporalTermKey: Hashable {
  let low: UInt64
  let high: UInt64

  init?(_ bytes: ArraySlice<UInt8>) {
    guard bytes.count <= 12 else { return nil }
    var low: UInt64 = 0
    var high = UInt64(bytes.count) << 56
    for (offset, byte) in bytes.enumerated() {
      if offset < 8 {
        low |= UInt64(byte) << (8 * offset)
      } else {
        high |= UInt64(byte) << (8 * (offset - 8))
      }
    }
    self.low = low
    self.high = high
  }
}
