import Dispatch

/// Writes the rows of a large graph on every core while keeping the bytes of a sequential
/// write: rows are cut into consecutive chunks, each chunk is written into memory on a worker
/// thread, and the calling thread copies finished chunks into the sink in row order while the
/// workers go on with the next ones. At most `2 × workers` chunks are in flight, so memory
/// stays bounded whatever the graph's size.
public enum ParallelRows {
  /// Rows per chunk: large enough that the copy and the thread hand-off are noise, small
  /// enough that the chunks in flight are a few megabytes.
  public static let chunkSize = 8192

  /// Calls `write(rows, chunkSink)` for consecutive row ranges covering `0..<count` and appends
  /// every chunk's bytes to `sink` in order. Small tables are written directly into `sink`.
  ///
  /// - Throws: the first error `write` threw, in row order (after every chunk in flight ended).
  public static func write(
    rows count: Int, to sink: ByteSink, workers: Int = ParallelMap.processorCount,
    _ write: @escaping @Sendable (Range<Int>, ByteSink) throws -> Void
  ) throws {
    guard workers > 1, count > chunkSize else {
      try write(0..<count, sink)
      return
    }
    let chunks = (count + chunkSize - 1) / chunkSize
    let slots = ChunkSlots(count: chunks)
    let lookahead = 2 * workers
    do {
      var dispatched = 0
      func dispatchUpTo(_ limit: Int) {
        while dispatched < min(chunks, limit) {
          let chunk = dispatched
          let rows = chunk * chunkSize..<min(count, (chunk + 1) * chunkSize)
          DispatchQueue.global(qos: .userInitiated).async {
            slots.store(
              Result {
                let chunkSink = ByteSink()
                try write(rows, chunkSink)
                try chunkSink.finish()
                return chunkSink.bytes
              }, at: chunk)
          }
          dispatched += 1
        }
      }
      var failure: (any Error)?
      for chunk in 0..<chunks {
        dispatchUpTo(chunk + lookahead)
        switch slots.take(chunk) {
        case .success(let bytes): sink.write(bytes)
        case .failure(let error): failure = error
        }
        if failure != nil {
          for pending in chunk + 1..<dispatched { _ = slots.take(pending) }
          break
        }
      }
      if let failure { throw failure }
    }
  }
}

/// One result slot per chunk, filled by a worker and taken once by the calling thread, which
/// waits on the slot's semaphore: the semaphore orders the worker's write before the read.
private final class ChunkSlots: @unchecked Sendable {
  private let results: UnsafeMutablePointer<Result<[UInt8], any Error>?>
  private let ready: [DispatchSemaphore]
  private let count: Int

  init(count: Int) {
    self.count = count
    results = .allocate(capacity: count)
    results.initialize(repeating: nil, count: count)
    ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
  }

  deinit {
    results.deinitialize(count: count)
    results.deallocate()
  }

  func store(_ result: Result<[UInt8], any Error>, at index: Int) {
    results[index] = result
    ready[index].signal()
  }

  /// Waits for the chunk, then hands its result over and frees the slot.
  func take(_ index: Int) -> Result<[UInt8], any Error> {
    ready[index].wait()
    let result = results[index]!
    results[index] = nil
    return result
  }
}
