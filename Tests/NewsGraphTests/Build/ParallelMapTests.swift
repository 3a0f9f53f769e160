import Foundation
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

  /// Never more threads than `workers` (what `--jobs` promises), and one worker is the calling
  /// thread itself. (How many threads the system grants beyond that depends on its load, so
  /// it is not asserted.)
  @Test(arguments: [1, 2, 3])
  func workRunsOnAtMostTheWorkersAskedFor(workers: Int) {
    #expect(ParallelMap.processorCount >= 1)
    @Sendable func current() -> UInt { UInt(bitPattern: Int(bitPattern: pthread_self())) }
    let caller = current()
    let threads = ParallelMap.map(Array(0..<24), workers: workers) { _ -> UInt in
      Thread.sleep(forTimeInterval: 0.002)
      return current()
    }
    #expect(Set(threads).count <= workers)
    if workers == 1 { #expect(Set(threads) == [caller]) }
  }
}
