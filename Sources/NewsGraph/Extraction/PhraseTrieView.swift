/// Borrowed pointers to a `PhraseAutomaton`'s edge arrays for the duration of one scan, so the
/// hot loop does no bounds-checked array access or reference counting.
struct PhraseTrieView {
  let offsets: UnsafeBufferPointer<Int32>
  let labels: UnsafeBufferPointer<UInt8>
  let targets: UnsafeBufferPointer<Int32>
  let terminalOf: UnsafeBufferPointer<Int32>

  /// The child of `state` on `unit`; edges are sorted by label, and most states have one or
  /// two, so a linear search that stops past the label wins over binary search.
  @inline(__always)
  func child(of state: Int32, on unit: UInt8) -> Int32? {
    var edge = Int(offsets[Int(state)])
    let end = Int(offsets[Int(state) + 1])
    while edge < end {
      let label = labels[edge]
      if label == unit { return targets[edge] }
      if label > unit { return nil }
      edge += 1
    }
    return nil
  }
}
