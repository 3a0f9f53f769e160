/// Where a fact was read: the document, the sentence, and the quote's span.
///
/// `start` and `end` count Unicode code points from the start of the document text, so that
/// Python's `text[start:end]` returns the quote.
public struct Provenance: Sendable, Hashable {
  public var document: String
  public var sentence: Int
  public var start: Int
  public var end: Int
  public var evidence: String

  public init(document: String, sentence: Int, start: Int, end: Int, evidence: String) {
    self.document = document
    self.sentence = sentence
    self.start = start
    self.end = end
    self.evidence = evidence
  }

  /// Provenance is listed by document, then position, so the first entry is stable. The
  /// documents are compared once, by scalars (one `memcmp`): entries of one document, the usual
  /// neighbours, then go by position.
  static func precedes(_ lhs: Provenance, _ rhs: Provenance) -> Bool {
    let order = lhs.document.compareByScalars(rhs.document)
    if order != 0 { return order < 0 }
    return (lhs.start, lhs.end, lhs.sentence) < (rhs.start, rhs.end, rhs.sentence)
  }
}
