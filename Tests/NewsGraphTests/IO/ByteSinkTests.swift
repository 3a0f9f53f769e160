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
}
