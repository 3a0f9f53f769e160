/// The order in which RDF/XML describes its subjects: code point order of the subject IRI over
/// five streams that are each sorted already (attribute declarations, the graph, entities,
/// statements, evidence), as `RDFTripleBuilder.Descriptions` merges them.
///
/// Each item is one subject of one stream. Streams that give the same IRI (only possible with
/// overlapping namespaces) give one description: the later items carry `continues` and are
/// written with the first.
struct RDFSubjectOrder: Sendable {
  enum Stream: UInt64, CaseIterable, Sendable {
    case declarations, graph, entities, statements, evidence
  }

  /// `index | stream << 40 | continues << 48`, in output order.
  let items: [UInt64]

  static func stream(of item: UInt64) -> Stream { Stream(rawValue: (item >> 40) & 0xFF)! }
  static func index(of item: UInt64) -> Int { Int(item & 0xFF_FFFF_FFFF) }
  static func continues(_ item: UInt64) -> Bool { item >> 48 != 0 }

  /// Merges the streams; `subject(stream, index, &bytes)` appends a subject IRI's UTF-8.
  ///
  /// - Complexity: O(*r* log(*n*/*r*)) subject IRIs composed and compared for *r* runs of one
  ///   stream between the others' heads (a handful with NewsGraph's namespaces: entity ids
  ///   cannot contain the `/` of `relation/` and `evidence/`), O(*n*) to list the items.
  init(counts: [Stream: Int], subject: (Stream, Int, inout [UInt8]) -> Void) {
    let streams = Stream.allCases
    var positions = [Int](repeating: 0, count: streams.count)
    var heads = [[UInt8]](repeating: [], count: streams.count)
    let total = streams.reduce(0) { $0 + (counts[$1] ?? 0) }
    var items: [UInt64] = []
    items.reserveCapacity(total)

    func load(_ stream: Int) {
      heads[stream].removeAll(keepingCapacity: true)
      if positions[stream] < counts[streams[stream], default: 0] {
        subject(streams[stream], positions[stream], &heads[stream])
      }
    }
    func active(_ stream: Int) -> Bool { positions[stream] < counts[streams[stream], default: 0] }
    func compare(_ a: Int, _ b: Int) -> Int {
      heads[a].withUnsafeBufferPointer { x in
        heads[b].withUnsafeBufferPointer { y in ScalarOrder.compare(x, y) }
      }
    }
    var probe: [UInt8] = []
    /// Whether the subject at `position` of `stream` sorts before the head of `other`.
    func below(_ stream: Int, _ position: Int, _ other: Int) -> Bool {
      probe.removeAll(keepingCapacity: true)
      subject(streams[stream], position, &probe)
      return probe.withUnsafeBufferPointer { x in
        heads[other].withUnsafeBufferPointer { y in ScalarOrder.compare(x, y) < 0 }
      }
    }
    func emit(_ stream: Int, continues: Bool) {
      items.append(
        UInt64(positions[stream]) | streams[stream].rawValue << 40 | (continues ? 1 << 48 : 0))
      positions[stream] += 1
      load(stream)
    }

    for stream in streams.indices { load(stream) }
    while true {
      var smallest: Int?
      var tied: [Int] = []
      for stream in streams.indices where active(stream) {
        let order = smallest.map { compare(stream, $0) } ?? -1
        if order < 0 {
          smallest = stream
          tied = [stream]
        } else if order == 0 {
          tied.append(stream)
        }
      }
      guard let first = smallest else { break }
      if tied.count > 1 {
        for (offset, stream) in tied.enumerated() { emit(stream, continues: offset > 0) }
        continue
      }
      var next: Int?
      for stream in streams.indices where stream != first && active(stream) {
        if next.map({ compare(stream, $0) < 0 }) ?? true { next = stream }
      }
      let count = counts[streams[first], default: 0]
      guard let next else {
        for position in positions[first]..<count {
          items.append(UInt64(position) | streams[first].rawValue << 40)
        }
        break
      }
      // The head of `first` is below every other head. Its stream ascends, so the run below
      // `next`'s head ends where a galloping search over its positions says: O(log run)
      // subjects composed per run instead of one per item.
      var low = positions[first]
      var step = 1
      var high = low + step
      while high < count && below(first, high, next) {
        low = high
        step *= 2
        high = low + step
      }
      high = min(high, count)
      while high - low > 1 {
        let middle = (low + high) / 2
        if below(first, middle, next) { low = middle } else { high = middle }
      }
      for position in positions[first]..<high {
        items.append(UInt64(position) | streams[first].rawValue << 40)
      }
      positions[first] = high
      load(first)
    }
    self.items = items
  }
}
