/// The mutable trie used while compiling a `PhraseAutomaton`: first-child / next-sibling lists,
/// flattened afterwards into the automaton's sorted edge arrays.
///
/// The root, which has a child for almost every first byte of a large dictionary, also has a
/// dense table, so that inserting 100,000 phrases does not walk its sibling list each time.
struct PhraseTrieBuilder {
  private(set) var firstChild: [Int32] = [-1]
  private(set) var nextSibling: [Int32] = [-1]
  private(set) var label: [UInt8] = [0]
  private var rootChild = [Int32](repeating: -1, count: 256)

  var stateCount: Int { label.count }

  /// The state reached by `units` from the root, creating states as needed.
  mutating func insert(_ units: UnsafeBufferPointer<UInt8>) -> Int32 {
    var state: Int32 = 0
    for unit in units {
      var child = state == 0 ? rootChild[Int(unit)] : firstChild[Int(state)]
      if state != 0 {
        while child >= 0 && label[Int(child)] != unit { child = nextSibling[Int(child)] }
      }
      if child < 0 {
        child = Int32(label.count)
        label.append(unit)
        firstChild.append(-1)
        nextSibling.append(firstChild[Int(state)])
        firstChild[Int(state)] = child
        if state == 0 { rootChild[Int(unit)] = child }
      }
      state = child
    }
    return state
  }

  /// Appends the children of `state` as (label, child) pairs sorted by label to `result`
  /// (reused by the compiler, so that flattening allocates nothing per state).
  func appendChildren(of state: Int, to result: inout [(label: UInt8, state: Int32)]) {
    let start = result.count
    var child = firstChild[state]
    while child >= 0 {
      // Insertion sort: almost every state has one or two children.
      let entry = (label: label[Int(child)], state: child)
      result.append(entry)
      var position = result.count - 1
      while position > start && result[position - 1].label > entry.label {
        result[position] = result[position - 1]
        position -= 1
      }
      result[position] = entry
      child = nextSibling[Int(child)]
    }
  }
}
