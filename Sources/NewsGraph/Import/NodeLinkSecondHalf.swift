import Dispatch
import Synchronization

/// The second half of a long node or edge list, read on another core while the calling thread
/// reads the first half (`NodeLinkJSONScanner`). Its table is appended to the first half's only
/// when the first half ends exactly where this one starts and the append gives what one
/// reading would (`NodeLinkTableReading.append`); otherwise the list is read on in one go and
/// this result is dropped. Either way, the caller waits for it before the bytes go.
final class NodeLinkSecondHalf: @unchecked Sendable {
  typealias Tail = (reading: NodeLinkTableReading, end: Int, replacedSurrogates: Int)

  private let done = DispatchSemaphore(value: 0)
  /// Written once by the worker before `done` is signalled, read after `wait`.
  private var tail: Tail?
  private var waited = false
  private let cancelled = Atomic<Bool>(false)

  init(
    _ buffer: UnsafeBufferPointer<UInt8>, file: String, from start: Int,
    _ domain: AttributeDomain, list name: String
  ) {
    let bytes = SharedBytes(buffer: buffer)
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      if var scanner = try? NodeLinkJSONScanner(bytes.buffer, file: file, release: nil) {
        tail = try? scanner.readTail(from: start, domain, list: name) { [self] in
          cancelled.load(ordering: .relaxed)
        }
      }
      done.signal()
    }
  }

  /// Asks the worker to stop at its next element: its result is not wanted.
  func cancel() { cancelled.store(true, ordering: .relaxed) }

  /// The second half's table, once read; nil when it could not be read (the first half then
  /// reads on and reports what is wrong).
  func wait() -> Tail? {
    if !waited {
      done.wait()
      waited = true
    }
    return tail
  }
}

/// The mapped input handed to the other core; the caller keeps it alive until `wait` returns.
private struct SharedBytes: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>
}
