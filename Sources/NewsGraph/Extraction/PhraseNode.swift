/// One trie state of a compiled `PhraseAutomaton`: where its edges start (they end where the
/// next state's start) and which terminal it is. Kept together so that a step of the walk reads
/// one cache line for the state, not one per array.
struct PhraseNode: Sendable {
  var edgeStart: Int32
  /// Index into `PhraseAutomaton.terminals`, or -1 when no phrase ends here.
  var terminal: Int32
}
