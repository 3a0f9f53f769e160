import NewsGraph
import Testing

/// `ByteSink` writes through its block buffer: chunks larger than a block, many small writes
/// and single bytes must come out in order and complete.
@Suite struct ByteSinkTests {
  @Test func keepsOrderAcrossBlocks() throws {
    let sink = ByteSink()
    var expected: [UInt8] = []
    let large = [UInt8](repeating: UInt8(ascii: "L"), count: 700_000)
    for round in 0..<3000 {
      let piece = "piece \(round);"
      sink.write(piece)
      expected += Array(piece.utf8)
      sink.write(byte: UInt8(ascii: "|"))
      expected.append(UInt8(ascii: "|"))
      if round == 1500 {
        sink.write(large)
        expected += large
      }
    }
    try sink.finish()
    #expect(sink.bytes == expected)
  }

  /// A sink in memory grows past its first block; `finish` makes `bytes` complete, and bytes
  /// written after it are added by the next `finish`.
  @Test func memorySinkGrowsAndFinishesAgain() throws {
    let sink = ByteSink()
    let large = [UInt8](repeating: UInt8(ascii: "x"), count: (1 << 18) * 3 + 5)
    sink.write(byte: UInt8(ascii: "<"))
    sink.write(large)
    try sink.finish()
    #expect(sink.bytes == [UInt8(ascii: "<")] + large)
    sink.write(">")
    try sink.finish()
    #expect(sink.bytes == [UInt8(ascii: "<")] + large + [UInt8(ascii: ">")])
  }
}
