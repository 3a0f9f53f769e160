import Testing

@testable import NewsGraph

/// The word-at-a-time scan never skips a byte that needs escaping.
@Suite struct ByteRunsTests {
  @Test(arguments: [0x00, 0x0A, 0x1F, 0x22, 0x26, 0x5C, 0x7F, 0x80, 0xEF, 0xFF] as [UInt8])
  func aSpecialByteStopsTheScanAtItsWord(_ special: UInt8) {
    func isSpecial(_ word: UInt64) -> Bool {
      ByteRuns.hasByte(below: 0x20, in: word) || ByteRuns.hasByte(UInt64(special), in: word)
    }
    for position in 0..<24 {
      for filler in [UInt8(ascii: "a"), 0x20, 0xC3, 0x7E, 0x21, 0xBF] where filler != special {
        var bytes = [UInt8](repeating: filler, count: 24)
        bytes[position] = special
        let stop = bytes.withUnsafeBufferPointer { ByteRuns.skipPlainWords($0, from: 0, isSpecial) }
        #expect(stop <= position && position < stop + 8, "byte \(special) at \(position)")
      }
    }
  }

  @Test func plainWordsAreSkippedToTheLastWholeWord() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 21)
    let stop = bytes.withUnsafeBufferPointer {
      ByteRuns.skipPlainWords($0, from: 0) { ByteRuns.hasByte(below: 0x20, in: $0) }
    }
    #expect(stop == 16)
  }
}
