/// Builds a `PhraseAutomaton`'s trie from all its keys at once, breadth-first, by sorting them
/// one unit at a time (a most-significant-digit radix sort whose recursion is the trie).
///
/// A state is the range of keys (in the sorted order built so far) that share its path; its
/// children are the runs of those keys with the same unit at its depth. States are numbered in
/// the order they are taken from the queue and a state's edges are written when it is taken,
/// sorted by label, so the flat arrays come out as the matcher reads them: breadth-first, edges
/// grouped per state. Nothing is allocated per key or per state, and no state is ever looked up
/// by label while building (an insert per key into a linked trie walked sibling lists, 1.1
/// million states deep for a 100,000-entry lexicon).
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
    /// The states still to number: a range of `order` and the depth of the state.
    var queue: [(low: Int32, high: Int32, depth: Int32)] = [(0, Int32(starts.count), 0)]
    nodes.reserveCapacity(units.count / 2)
    edges.reserveCapacity(units.count / 2)
    queue.reserveCapacity(units.count / 2)
    units.withUnsafeBufferPointer { units in
      starts.withUnsafeBufferPointer { starts in
        counts.withUnsafeBufferPointer { counts in
          order.withUnsafeMutableBufferPointer { order in
            scratch.withUnsafeMutableBufferPointer { scratch in
              var next = 0
              while next < queue.count {
                let (low, high, depth) = queue[next]
                let state = next
                next += 1
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
                var first = rest.lowerBound
                while first < rest.upperBound {
                  let label = unit(order[first])
                  var last = first + 1
                  while last < rest.upperBound && unit(order[last]) == label { last += 1 }
                  let child = Int32(queue.count)
                  queue.append((Int32(first), Int32(last), depth + 1))
                  if state == 0 { rootNext[Int(label)] = child }
                  edges.append(PhraseEdge(label: label, target: child))
                  first = last
                }
              }
            }
          }
        }
      }
    }
    nodes.append(PhraseNode(edgeStart: Int32(edges.count), terminal: -1))
    return (rootNext, nodes, edges)
  }
}
