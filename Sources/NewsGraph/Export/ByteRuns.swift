/// Finding the end of a run of bytes that need no escaping, eight bytes at a time (SWAR: the
/// bit tricks of "Bit Twiddling Hacks", *Determine if a word has a byte less than n* and *…
/// equal to n*). Escaping loops copy such runs whole, so most text is scanned at a few cycles
/// per word instead of several compares per byte. Each test is exact: a word is skipped only
/// when none of its bytes is special, and the byte loop that follows decides the rest.
enum ByteRuns {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether some byte of `word` is below `limit` (`limit` ≤ 128).
  @inline(__always)
  static func hasByte(below limit: UInt64, in word: UInt64) -> Bool {
    (word &- ones &* limit) & ~word & highs != 0
  }

  /// Whether some byte of `word` equals `byte`.
  @inline(__always)
  static func hasByte(_ byte: UInt64, in word: UInt64) -> Bool {
    let x = word ^ (ones &* byte)
    return (x &- ones) & ~x & highs != 0
  }

  /// The first index at or after `start` where a word of eight bytes holds a byte `isSpecial`
  /// may match, or where fewer than eight bytes remain: bytes before it need no escaping.
  @inline(__always)
  static func skipPlainWords(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ isSpecial: (UInt64) -> Bool
  ) -> Int {
    guard let base = bytes.baseAddress else { return start }
    var index = start
    let count = bytes.count
    while index + 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      if isSpecial(word) { break }
      index += 8
    }
    return index
  }
}
