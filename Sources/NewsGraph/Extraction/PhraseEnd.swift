/// One compiled phrase while a `PhraseAutomaton` is built: its payload, and for a
/// case-sensitive phrase where its exact units are in the compiler's buffer.
struct PhraseEnd {
  var payload: Int32
  /// Range of the exact units; both -1 for a case-insensitive phrase.
  var exactLow: Int32
  var exactHigh: Int32

  var isCaseSensitive: Bool { exactLow >= 0 }
}
