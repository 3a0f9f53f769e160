import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Runs independent per-item work on every core and returns the results in input order, so
/// the output never depends on scheduling.
public enum ParallelMap {
  /// The number of cores online (at least 1).
  public static var processorCount: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

  public static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], workers: Int = processorCount,
    _ transform: @Sendable (Item) -> Result
  ) -> [Result] {
    guard workers > 1, items.count > 1 else { return items.map(transform) }
    let slots = Slots<Result>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      slots.store(transform(items[index]), at: index)
    }
    return slots.results
  }
}

/// One write-once slot per item, in memory allocated once. Each index is written by exactly one
/// iteration of `concurrentPerform` and read only after it returns, so no two threads touch a
/// slot together (a Swift array property would be a shared `modify` access, which exclusivity
/// checking rightly refuses).
private final class Slots<Result>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<Result?>
  private let count: Int

  init(count: Int) {
    self.count = count
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  func store(_ result: Result, at index: Int) {
    storage[index] = result
  }

  var results: [Result] { (0..<count).map { storage[$0]! } }
}
