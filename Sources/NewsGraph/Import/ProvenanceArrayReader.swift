/// Reads a `provenance` array straight from its bytes when they are exactly what NewsGraph
/// writes for it (`JSONText.appendProvenanceArray`): entries in `Provenance.precedes` order,
/// members in one order, no white space, strings escaped only as `JSONText.appendEscape`
/// escapes, integers in their shortest decimal form.
///
/// Every edge of a NewsGraph export holds such an array. Parsing it as general JSON, writing
/// it back and comparing used to cost more than the rest of the import; reading the one
/// spelling accepts the same texts in a single pass. Any other text is refused, and the
/// importer then keeps it as an ordinary attribute, as before.
struct ProvenanceArrayReader {
  private(set) var sentences: [Int] = []
  private(set) var starts: [Int] = []
  private(set) var stops: [Int] = []
  /// Decoded documents and evidence, alternating: entry `i`'s document ends at
  /// `textEnds[2 * i]`, its evidence at `textEnds[2 * i + 1]`.
  private var texts: [UInt8] = []
  private var textEnds: [Int] = []

  var count: Int { sentences.count }

  /// Reads `text`; false, with no entries, unless it is a non-empty provenance array in
  /// NewsGraph's own spelling.
  mutating func read(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    sentences.removeAll(keepingCapacity: true)
    starts.removeAll(keepingCapacity: true)
    stops.removeAll(keepingCapacity: true)
    texts.removeAll(keepingCapacity: true)
    textEnds.removeAll(keepingCapacity: true)
    var cursor = CanonicalJSONCursor(text)
    guard cursor.take(UInt8(ascii: "[")) else { return false }
    repeat {
      guard cursor.take(#"{"document":"#), cursor.string({ texts.append(contentsOf: $0) }) else { return fail() }
      textEnds.append(texts.count)
      guard cursor.take(#","sentence":"#), let sentence = cursor.integer(),
        cursor.take(#","start":"#), let start = cursor.integer(),
        cursor.take(#","end":"#), let end = cursor.integer(),
        cursor.take(#","evidence":"#), cursor.string({ texts.append(contentsOf: $0) }),
        cursor.take(UInt8(ascii: "}"))
      else { return fail() }
      textEnds.append(texts.count)
      sentences.append(sentence)
      starts.append(start)
      stops.append(end)
      if count > 1 && precedes(count - 1, count - 2) { return fail() }
    } while cursor.take(UInt8(ascii: ","))
    guard cursor.take(UInt8(ascii: "]")), cursor.atEnd else { return fail() }
    return true
  }

  /// Calls `body` with entry `entry`'s document and evidence bytes.
  func withTexts<Result>(
    _ entry: Int,
    _ body: (_ document: UnsafeBufferPointer<UInt8>, _ evidence: UnsafeBufferPointer<UInt8>)
      -> Result
  ) -> Result {
    let documentStart = entry == 0 ? 0 : textEnds[2 * entry - 1]
    let documentEnd = textEnds[2 * entry]
    let evidenceEnd = textEnds[2 * entry + 1]
    return texts.withUnsafeBufferPointer { bytes in
      body(
        UnsafeBufferPointer(rebasing: bytes[documentStart..<documentEnd]),
        UnsafeBufferPointer(rebasing: bytes[documentEnd..<evidenceEnd]))
    }
  }

  /// Appends the entries read to `column`; the caller closes the row.
  func append(to column: inout ProvenanceColumn) {
    for entry in 0..<count {
      withTexts(entry) { document, evidence in
        column.appendEntry(
          document: document, sentence: sentences[entry], start: starts[entry],
          end: stops[entry], evidence: evidence)
      }
    }
  }

  /// `Provenance.precedes` on two entries read: documents in scalar order (UTF-8 byte order),
  /// then start, end and sentence.
  private func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
    let order = withTexts(lhs) { left, _ in
      withTexts(rhs) { right, _ in ScalarOrder.compare(left, right) }
    }
    if order != 0 { return order < 0 }
    return (starts[lhs], stops[lhs], sentences[lhs]) < (starts[rhs], stops[rhs], sentences[rhs])
  }

  /// Refuses the text: no entries are left to take.
  private mutating func fail() -> Bool {
    sentences.removeAll(keepingCapacity: true)
    return false
  }
}
