import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Runs independent per-item work on every core and returns the results in input order, so
/// the output never depends on scheduling.
public enum ParallelMap {
  /// The number of cores online (at least 1).
  public static var processorCount: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

  /// `transform` of every item, in input order, on at most `workers` threads at once; one
  /// worker runs them in order on the calling thread.
  ///
  /// Workers take the next item not yet taken (items are handed out in input order), so a
  /// worker that drew short items takes more of them instead of waiting for one that drew long
  /// ones; an expensive item placed first starts first.
  public static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], workers: Int = processorCount,
    _ transform: @Sendable (Item) -> Result
  ) -> [Result] {
    let width = min(workers, items.count)
    guard width > 1 else { return items.map(transform) }
    let slots = Slots<Result>(count: items.count)
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: width) { _ in
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < items.count else { return }
        slots.store(transform(items[index]), at: index)
      }
    }
    return slots.results
  }
}

/// One write-once slot per item, in memory allocated once. Each index is written by exactly one
/// worker and read only after `concurrentPerform` returns, so no two threads touch a
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
