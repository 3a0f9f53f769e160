import NewsGraph
import Testing

@Suite struct ParallelMapTests {
  @Test(arguments: [1, 2, 7])
  func resultsComeBackInInputOrder(workers: Int) {
    let items = Array(0..<5_000)
    let squares = ParallelMap.map(items, workers: workers) { item -> String in
      var spin = 0
      for step in 0..<(item % 97) { spin &+= step }
      return "\(item * item)/\(spin >= 0)"
    }
    #expect(squares == items.map { "\($0 * $0)/true" })
  }

  @Test func emptyAndSingleInputs() {
    #expect(ParallelMap.map([Int](), workers: 4) { $0 + 1 } == [])
    #expect(ParallelMap.map([41], workers: 4) { $0 + 1 } == [42])
  }

  @Test func thereIsAtLeastOneProcessor() {
    #expect(ParallelMap.processorCount >= 1)
  }
}
