/// One exact spelling of case-sensitive phrases ending at a trie state.
struct PhraseVariant: Sendable {
  /// The unfolded units the text must produce, as a range into `PhraseAutomaton.exactUnits`.
  var exactLow: Int32
  var exactHigh: Int32
  /// Payload run (this spelling's payloads and the state's case-insensitive ones).
  var payloadLow: Int32
  var payloadHigh: Int32
}
