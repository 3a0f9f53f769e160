/// The mutable trie used while compiling a `PhraseAutomaton`: first-child / next-sibling lists,
/// flattened afterwards into the automaton's sorted edge arrays.
struct PhraseTrieBuilder {
  private(set) var firstChild: [Int32] = [-1]
  private(set) var nextSibling: [Int32] = [-1]
  private(set) var label: [UInt8] = [0]

  var stateCount: Int { label.count }

  /// The state reached by `units` from the root, creating states as needed.
  mutating func insert(_ units: [UInt8]) -> Int32 {
    var state: Int32 = 0
    for unit in units {
      var child = firstChild[Int(state)]
      while child >= 0 && label[Int(child)] != unit { child = nextSibling[Int(child)] }
      if child < 0 {
        child = Int32(label.count)
        label.append(unit)
        firstChild.append(-1)
        nextSibling.append(firstChild[Int(state)])
        firstChild[Int(state)] = child
      }
      state = child
    }
    return state
  }

  /// The children of `state` as (label, child) pairs sorted by label.
  func children(of state: Int) -> [(label: UInt8, state: Int32)] {
    var result: [(label: UInt8, state: Int32)] = []
    var child = firstChild[state]
    while child >= 0 {
      result.append((label[Int(child)], child))
      child = nextSibling[Int(child)]
    }
    result.sort { $0.label < $1.label }
    return result
  }
}
