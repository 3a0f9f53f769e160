/// Builds a `PhraseAutomaton`'s trie from all its keys at once, depth-first, by sorting them
/// one unit at a time (a most-significant-digit radix sort whose recursion is the trie).
///
/// A state is the range of keys (in the sorted order built so far) that share its path; its
/// children are the runs of those keys with the same unit at its depth. States are numbered in
/// the order they are taken from a stack (depth-first preorder, children by label) and a
/// state's edges are written when it is taken, sorted by label, so the flat arrays come out as
/// the matcher reads them, edges grouped per state. Preorder puts a state's first child right
/// after it: the single-child chains that make up the tail of most names lie in consecutive
/// states and consecutive edges, so a walk down a name reads a few cache lines instead of two
/// misses per unit (breadth-first order spread each chain over the whole array: half the scan's
/// time was spent waiting for those loads). The few states every word start visits stay in the
/// cache in any order. Nothing is allocated per key or per state, and no state is ever looked
/// up by label while building (an insert per key into a linked trie walked sibling lists, 1.1
/// million states deep for a 100,000-entry lexicon). A range of one key is written as its chain
/// at once.
enum PhraseTrieBuilder {
  /// Ranges below this many keys are sorted by insertion; larger ones by counting.
  static let insertionSortLimit = 24

  /// The trie of the keys: key `k` is `units[starts[k]..<starts[k] + counts[k]]`, never empty.
  /// `terminal` is called once for each state where keys end, with those keys, and returns the
  /// state's terminal index.
  /// - Complexity: O(u + s) for u units in all keys and s states, plus a 256-entry count for
  ///   each state with more than `insertionSortLimit` keys.
  static func build(
    units: [UInt8], starts: [Int32], counts: [Int32],
    terminal: (UnsafeMutableBufferPointer<Int32>) -> Int32
  ) -> (rootNext: [Int32], nodes: [PhraseNode], edges: [PhraseEdge]) {
    var rootNext = [Int32](repeating: -1, count: 256)
    var nodes: [PhraseNode] = []
    var edges: [PhraseEdge] = []
    var order = [Int32](0..<Int32(starts.count))
    var scratch = [Int32](repeating: 0, count: starts.count)
    var tally = [Int](repeating: 0, count: 257)
    /// The states still to number: a range of `order`, the depth of the state, and the edge
    /// that leads to it (its target is written when the state is numbered; -1 for the root).
    var stack: [(low: Int32, high: Int32, depth: Int32, edge: Int32)] = [
      (0, Int32(starts.count), 0, -1)
    ]
    nodes.reserveCapacity(units.count / 2)
    edges.reserveCapacity(units.count / 2)
    units.withUnsafeBufferPointer { units in
      starts.withUnsafeBufferPointer { starts in
        counts.withUnsafeBufferPointer { counts in
          order.withUnsafeMutableBufferPointer { order in
            scratch.withUnsafeMutableBufferPointer { scratch in
              while let taken = stack.popLast() {
                let (low, high, depth, parentEdge) = taken
                if parentEdge >= 0 { edges[Int(parentEdge)].target = Int32(nodes.count) }
                if high - low == 1 {
                  // One key left (most states of a large lexicon: a name's tail): the rest of
                  // it is a chain of single-child states, numbered in a row, with no split,
                  // sort or stack step per state.
                  let key = Int(order[Int(low)])
                  for offset in Int(depth)..<Int(counts[key]) {
                    nodes.append(PhraseNode(edgeStart: Int32(edges.count), terminal: -1))
                    edges.append(
                      PhraseEdge(
                        label: units[Int(starts[key]) + offset], target: Int32(nodes.count)))
                  }
                  let enders = UnsafeMutableBufferPointer(rebasing: order[Int(low)..<Int(high)])
                  let tail = terminal(enders)
                  nodes.append(PhraseNode(edgeStart: Int32(edges.count), terminal: tail))
                  continue
                }
                // Keys that end here go first.
                var split = Int(low)
                for position in Int(low)..<Int(high)
                where counts[Int(order[position])] == depth {
                  order.swapAt(position, split)
                  split += 1
                }
                var terminalIndex: Int32 = -1
                if split > Int(low) {
                  let enders = UnsafeMutableBufferPointer(rebasing: order[Int(low)..<split])
                  terminalIndex = terminal(enders)
                }
                nodes.append(PhraseNode(edgeStart: Int32(edges.count), terminal: terminalIndex))
                let offset = Int(depth)
                @inline(__always) func unit(_ key: Int32) -> UInt8 {
                  units[Int(starts[Int(key)]) + offset]
                }
                let rest = split..<Int(high)
                if rest.count <= insertionSortLimit {
                  for position in rest.dropFirst() {
                    let key = order[position]
                    let label = unit(key)
                    var slot = position
                    while slot > rest.lowerBound && unit(order[slot - 1]) > label {
                      order[slot] = order[slot - 1]
                      slot -= 1
                    }
                    order[slot] = key
                  }
                } else {
                  for index in tally.indices { tally[index] = 0 }
                  for position in rest { tally[Int(unit(order[position])) + 1] += 1 }
                  for index in 1..<tally.count { tally[index] += tally[index - 1] }
                  for position in rest {
                    let key = order[position]
                    let label = Int(unit(key))
                    scratch[rest.lowerBound + tally[label]] = key
                    tally[label] += 1
                  }
                  for position in rest { order[position] = scratch[position] }
                }
                // The edges in label order, their states pushed so that the first label is
                // taken next.
                let firstChild = stack.count
                var first = rest.lowerBound
                while first < rest.upperBound {
                  let label = unit(order[first])
                  var last = first + 1
                  while last < rest.upperBound && unit(order[last]) == label { last += 1 }
                  stack.append((Int32(first), Int32(last), depth + 1, Int32(edges.count)))
                  edges.append(PhraseEdge(label: label, target: -1))
                  first = last
                }
                stack[firstChild...].reverse()
              }
            }
          }
        }
      }
    }
    nodes.append(PhraseNode(edgeStart: Int32(edges.count), terminal: -1))
    for edge in Int(nodes[0].edgeStart)..<Int(nodes[1].edgeStart) {
      rootNext[Int(edges[edge].label)] = edges[edge].target
    }
    return (rootNext, nodes, edges)
  }
}
