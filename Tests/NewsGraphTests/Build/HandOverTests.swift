import Testing

@testable import NewsGraph

@Suite struct HandOverTests {
  /// Counts the instances alive, to see where the last reference went.
  final class Tracked: @unchecked Sendable {
    nonisolated(unsafe) static var alive = 0
    let value: Int
    init(_ value: Int) {
      self.value = value
      Self.alive += 1
    }
    deinit { Self.alive -= 1 }
  }

  /// Each item is taken once, in any order; the hand-over keeps no reference to a taken item,
  /// so the taker's is the last, and dropping it frees the item.
  @Test func takenItemsAreTheTakersAlone() {
    let before = Tracked.alive
    var items = (0..<6).map { Tracked($0) }
    let handOver = HandOver(items)
    items = []
    #expect(Tracked.alive == before + 6)
    #expect(handOver.count == 6)
    for index in [3, 0, 5] {
      #expect(handOver.holds(index))
      let item = handOver.take(index)
      #expect(item.value == index)
      #expect(!handOver.holds(index))
    }
    #expect(Tracked.alive == before + 3)
    #expect(handOver.holds(1) && handOver.holds(2) && handOver.holds(4))
  }

  /// Tasks of `ParallelMap` take one item each; every item comes out once, in its own place.
  @Test func parallelTasksTakeEachItemOnce() {
    let handOver = HandOver((0..<500).map { "item \($0)" })
    let taken = ParallelMap.map(Array(0..<500), workers: 2) { handOver.take($0) }
    #expect(taken == (0..<500).map { "item \($0)" })
    #expect(!(0..<500).contains { handOver.holds($0) })
  }
}
