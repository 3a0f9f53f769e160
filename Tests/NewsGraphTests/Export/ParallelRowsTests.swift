import Testing

@testable import NewsGraph

@Suite struct ParallelRowsTests {
  /// Row `n` written as its decimal and a newline, the reference a sequential loop gives.
  private static func expected(_ count: Int) -> String {
    (0..<count).map { "\($0)\n" }.joined()
  }

  @Test(arguments: [0, 1, ParallelRows.chunkSize, ParallelRows.chunkSize * 5 + 17])
  func bytesAreThoseOfASequentialWrite(count: Int) throws {
    let sink = ByteSink()
    try ParallelRows.write(rows: count, to: sink, workers: 2) { rows, chunk in
      for row in rows { chunk.write("\(row)\n") }
    }
    try sink.finish()
    #expect(sink.text == Self.expected(count))
  }

  struct Failure: Error, Equatable { let row: Int }

  @Test func theFirstErrorInRowOrderIsThrown() {
    let count = ParallelRows.chunkSize * 4
    #expect(throws: Failure(row: ParallelRows.chunkSize)) {
      try ParallelRows.write(rows: count, to: ByteSink(), workers: 2) { rows, _ in
        for row in rows where row % ParallelRows.chunkSize == 0 && row > 0 {
          throw Failure(row: row)
        }
      }
    }
  }
}
