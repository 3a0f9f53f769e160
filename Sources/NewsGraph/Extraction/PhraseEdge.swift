/// One labelled edge of a compiled `PhraseAutomaton`'s trie; a state's edges are sorted by label.
struct PhraseEdge: Sendable {
  var label: UInt8
  var target: Int32
}
