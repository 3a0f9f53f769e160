/// What a trie state that ends at least one phrase accepts.
///
/// Case-insensitive phrases accept any ASCII case; case-sensitive ones are grouped by their
/// exact (unfolded) units into variants. At most one variant can match a given text span, so
/// each variant's payload run already includes the case-insensitive payloads: the result of a
/// match is always one contiguous run of `PhraseAutomaton.payloadTable`.
struct PhraseTerminal: Sendable {
  /// Payload run when only case-insensitive phrases match (empty if there are none).
  var insensitiveLow: Int32
  var insensitiveHigh: Int32
  /// Range into `PhraseAutomaton.variants`.
  var variantLow: Int32
  var variantHigh: Int32
}
