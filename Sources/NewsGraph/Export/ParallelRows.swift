/// Writes the rows of a large graph on every core while keeping the bytes of a sequential
/// write: rows are cut into consecutive chunks, a wave of chunks (one per core) is written
/// into memory in parallel, and the wave's bytes are copied into the sink in row order.
/// Memory stays bounded by one wave, whatever the graph's size.
public enum ParallelRows {
  /// Rows per chunk: large enough that the copy and the thread hand-off are noise, small
  /// enough that a wave is a few megabytes.
  public static let chunkSize = 8192

  /// Calls `write(rows, chunkSink)` for consecutive row ranges covering `0..<count` and appends
  /// every chunk's bytes to `sink` in order. Small tables are written directly into `sink`.
  ///
  /// - Throws: the first error `write` threw, in row order.
  public static func write(
    rows count: Int, to sink: ByteSink, workers: Int = ParallelMap.processorCount,
    _ write: @Sendable (Range<Int>, ByteSink) throws -> Void
  ) throws {
    guard workers > 1, count > chunkSize else {
      try write(0..<count, sink)
      return
    }
    var waveStart = 0
    while waveStart < count {
      var ranges: [Range<Int>] = []
      var start = waveStart
      while start < count && ranges.count < workers {
        let end = min(count, start + chunkSize)
        ranges.append(start..<end)
        start = end
      }
      waveStart = start
      let chunks = ParallelMap.map(ranges, workers: workers) { range in
        Result { () throws -> [UInt8] in
          let chunkSink = ByteSink()
          try write(range, chunkSink)
          try chunkSink.finish()
          return chunkSink.bytes
        }
      }
      for chunk in chunks { sink.write(try chunk.get()) }
    }
  }
}
