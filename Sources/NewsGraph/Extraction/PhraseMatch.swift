/// One dictionary match: a byte span of the scanned text and the payloads it stands for.
public struct PhraseMatch: Hashable, Sendable {
  /// Offset of the first byte of the match in the original text.
  public var start: Int
  /// Offset just past the last byte of the match in the original text.
  public var end: Int
  /// The payloads of every phrase matched by this span, as a range into
  /// `PhraseAutomaton.payloadTable` (ascending, no duplicates). A range instead of an array
  /// keeps the scan free of per-match allocations.
  public var payloads: Range<Int32>

  public init(start: Int, end: Int, payloads: Range<Int32>) {
    self.start = start
    self.end = end
    self.payloads = payloads
  }
}
