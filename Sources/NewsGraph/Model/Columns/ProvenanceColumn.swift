/// Every relation's provenance entries, row after row, as parallel columns.
///
/// A row's entries are kept in `Provenance.precedes` order, so its first entry (the one the
/// `document`, `sentence`, `start`, `end` and `evidence` columns show) is `entryRange(row).first`.
public struct ProvenanceColumn: Sendable {
  public private(set) var documents = TextColumn()
  public private(set) var sentences: [Int] = []
  public private(set) var starts: [Int] = []
  public private(set) var stops: [Int] = []
  public private(set) var evidence = TextColumn()
  /// `ends[row]` is the entry index just past the row's last entry.
  public private(set) var ends: [Int] = []

  public init() {}

  /// A column from whole columns already in place (a reader's, moved rather than copied):
  /// one value per entry in each, and `ends` as described there. Each row's entries must be in
  /// `Provenance.precedes` order.
  public init(
    documents: TextColumn, sentences: [Int], starts: [Int], stops: [Int], evidence: TextColumn,
    ends: [Int]
  ) {
    precondition(
      [documents.count, starts.count, stops.count, evidence.count].allSatisfy {
        $0 == sentences.count
      } && (ends.last ?? 0) == sentences.count, "one value per entry")
    self.documents = documents
    self.sentences = sentences
    self.starts = starts
    self.stops = stops
    self.evidence = evidence
    self.ends = ends
    var previous = 0
    for end in ends {
      if end - previous > 1 { hasRepeatedFacts = true }
      previous = end
    }
  }

  public var count: Int { ends.count }

  /// Makes room for `rows` more rows holding `entries` more entries, whose documents and
  /// evidence take `documentBytes` and `evidenceBytes` more bytes: each column is then
  /// allocated once, instead of grown (copied, and its new memory touched) again and again.
  public mutating func reserveCapacity(
    rows: Int, entries: Int, documentBytes: Int, evidenceBytes: Int
  ) {
    documents.reserveCapacity(
      rows: documents.count + entries, bytes: documents.bytes.count + documentBytes)
    evidence.reserveCapacity(
      rows: evidence.count + entries, bytes: evidence.bytes.count + evidenceBytes)
    sentences.reserveCapacity(sentences.count + entries)
    starts.reserveCapacity(starts.count + entries)
    stops.reserveCapacity(stops.count + entries)
    ends.reserveCapacity(ends.count + rows)
  }

  @inlinable
  public func entryRange(_ row: Int) -> Range<Int> { (row == 0 ? 0 : ends[row - 1])..<ends[row] }

  /// Whether any row has more than one entry (the `provenance` column is then declared).
  public private(set) var hasRepeatedFacts = false

  /// Whether no row has an entry.
  public var isAllEmpty: Bool { sentences.isEmpty }

  public func entry(_ index: Int) -> Provenance {
    Provenance(
      document: documents[index], sentence: sentences[index], start: starts[index],
      end: stops[index], evidence: evidence[index])
  }

  public subscript(row: Int) -> [Provenance] { entryRange(row).map(entry) }

  /// Appends a row; the entries must already be in `Provenance.precedes` order.
  public mutating func append(_ entries: [Provenance]) {
    for entry in entries {
      documents.append(entry.document)
      sentences.append(entry.sentence)
      starts.append(entry.start)
      stops.append(entry.end)
      evidence.append(entry.evidence)
    }
    ends.append(sentences.count)
    if entries.count > 1 { hasRepeatedFacts = true }
  }

  /// Appends one entry to the row `endRow` will close (readers' hot path: no `String`s).
  public mutating func appendEntry(
    document: UnsafeBufferPointer<UInt8>, sentence: Int, start: Int, end: Int,
    evidence text: UnsafeBufferPointer<UInt8>
  ) {
    documents.append(utf8: document)
    sentences.append(sentence)
    starts.append(start)
    stops.append(end)
    evidence.append(utf8: text)
  }

  /// Closes a row holding the entries appended since the previous row.
  public mutating func endRow() {
    if sentences.count - (ends.last ?? 0) > 1 { hasRepeatedFacts = true }
    ends.append(sentences.count)
  }

  /// The same entries with other documents and evidence (same count), e.g. cleaned ones.
  public mutating func replaceTexts(documents: TextColumn, evidence: TextColumn) {
    precondition(documents.count == sentences.count && evidence.count == sentences.count)
    self.documents = documents
    self.evidence = evidence
  }

  public func gathered(_ rows: [Int]) -> ProvenanceColumn {
    var result = ProvenanceColumn()
    var entryRows: [Int] = []
    entryRows.reserveCapacity(sentences.count)
    result.ends.reserveCapacity(rows.count)
    for row in rows {
      entryRows.append(contentsOf: entryRange(row))
      result.ends.append(entryRows.count)
    }
    result.documents = documents.gathered(entryRows)
    result.sentences = entryRows.map { sentences[$0] }
    result.starts = entryRows.map { starts[$0] }
    result.stops = entryRows.map { stops[$0] }
    result.evidence = evidence.gathered(entryRows)
    result.hasRepeatedFacts = hasRepeatedFacts
    return result
  }
}
