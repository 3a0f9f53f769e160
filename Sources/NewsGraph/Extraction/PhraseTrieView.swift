/// Borrowed pointers to a `PhraseAutomaton`'s states and edges for the duration of one scan, so
/// the hot loop does no bounds-checked array access or reference counting.
struct PhraseTrieView {
  /// One more than there are states: the last one only ends the edges of the one before.
  let nodes: UnsafeBufferPointer<PhraseNode>
  let edges: UnsafeBufferPointer<PhraseEdge>

  /// The terminal of `state`, or -1.
  @inline(__always)
  func terminal(of state: Int32) -> Int32 {
    nodes[Int(state)].terminal
  }

  /// The child of `state` on `unit`; edges are sorted by label, and most states have one or
  /// two, so a linear search that stops past the label wins over binary search.
  @inline(__always)
  func child(of state: Int32, on unit: UInt8) -> Int32? {
    var edge = Int(nodes[Int(state)].edgeStart)
    let end = Int(nodes[Int(state) + 1].edgeStart)
    while edge < end {
      let candidate = edges[edge]
      if candidate.label == unit { return candidate.target }
      if candidate.label > unit { return nil }
      edge += 1
    }
    return nil
  }
}
