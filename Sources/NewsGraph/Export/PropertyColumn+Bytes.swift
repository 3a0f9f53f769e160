/// Lexical forms as bytes for every kind of column, for the DOT writer and the text dump.
extension PropertyColumn {
  /// Calls `body` with the UTF-8 of the row's lexical form (the bytes of
  /// `value(at:)?.lexicalForm`); nil when the row has no value. Unlike `withLexicalForm`, the
  /// JSON array columns (`aliases`, `provenance`) are composed as bytes too, so no row builds
  /// a `String`. `scratch` is reused between calls.
  @inlinable
  func withLexicalBytes<Result>(
    _ row: Int, scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    switch self {
    case .aliases(let lists):
      guard !lists.isEmpty(row) else { return nil }
      scratch.removeAll(keepingCapacity: true)
      JSONText.appendArray(lists, row: row, to: &scratch)
      return try scratch.withUnsafeBufferPointer(body)
    case .provenanceArray(let provenance):
      guard provenance.entryRange(row).count > 1 else { return nil }
      scratch.removeAll(keepingCapacity: true)
      JSONText.appendProvenanceArray(provenance, row: row, to: &scratch)
      return try scratch.withUnsafeBufferPointer(body)
    default:
      return try withLexicalForm(row, scratch: &scratch, body)
    }
  }
}
