/// Items handed from one pipeline phase to the parallel tasks of the next, each taken by
/// exactly one task.
///
/// A task that takes its item holds the last reference to it, so the item (a document's text,
/// sentences and mentions, or a batch of facts) is freed on the task's thread, beside the other
/// tasks. Kept in an array of the calling thread, the items were freed there after the phase,
/// one after the other, with the other core idle.
///
/// Each index is taken by one task only and the storage is never resized, so no two threads
/// touch one slot; that is what makes the unchecked `Sendable` sound (a Swift array property
/// would be a shared `modify` access, which exclusivity checking rightly refuses).
final class HandOver<Item>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<Item?>
  let count: Int

  init(_ items: [Item]) {
    count = items.count
    storage = .allocate(capacity: items.count)
    for index in items.indices { (storage + index).initialize(to: items[index]) }
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// The item at `index`, which no longer holds it.
  /// - Precondition: the item was not taken before.
  func take(_ index: Int) -> Item {
    guard let item = (storage + index).move() else {
      preconditionFailure("item \(index) handed over twice")
    }
    (storage + index).initialize(to: nil)
    return item
  }

  /// Whether the item at `index` is still here (not taken).
  func holds(_ index: Int) -> Bool {
    storage[index] != nil
  }
}
