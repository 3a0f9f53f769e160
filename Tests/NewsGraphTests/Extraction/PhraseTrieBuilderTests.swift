import Testing

@testable import NewsGraph

/// The trie that `PhraseTrieBuilder` lays out: exactly the keys it was given, with states in
/// depth-first preorder (a state's first child is the state right after it, which keeps a
/// name's chain of states together in memory for the matcher's walk).
@Suite struct PhraseTrieBuilderTests {
  typealias Trie = (rootNext: [Int32], nodes: [PhraseNode], edges: [PhraseEdge])

  /// Keys over a small alphabet, so that many share prefixes, some are prefixes of others and
  /// some repeat; long single-key tails come from the longer ones.
  func randomKeys(count: Int, seed: UInt64) -> [[UInt8]] {
    var random = SeededRandom(seed: seed)
    return (0..<count).map { _ in
      (0..<Int.random(in: 1...16, using: &random)).map { _ in
        UInt8(ascii: "a") + UInt8.random(in: 0..<4, using: &random)
      }
    }
  }

  /// The trie of the keys and, per terminal index, the keys that end there (sorted).
  func build(_ keys: [[UInt8]]) -> (trie: Trie, enders: [[Int32]]) {
    var units: [UInt8] = []
    var starts: [Int32] = []
    var counts: [Int32] = []
    for key in keys {
      starts.append(Int32(units.count))
      counts.append(Int32(key.count))
      units += key
    }
    var enders: [[Int32]] = []
    let trie = PhraseTrieBuilder.build(units: units, starts: starts, counts: counts) { keys in
      enders.append(keys.sorted())
      return Int32(enders.count - 1)
    }
    return (trie, enders)
  }

  func edges(of state: Int32, in trie: Trie) -> ArraySlice<PhraseEdge> {
    trie.edges[Int(trie.nodes[Int(state)].edgeStart)..<Int(trie.nodes[Int(state) + 1].edgeStart)]
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func statesAreNumberedInDepthFirstPreorder(seed: UInt64) {
    let (trie, _) = build(randomKeys(count: 400, seed: seed))
    var expected: Int32 = 0
    var stack: [Int32] = [0]
    while let state = stack.popLast() {
      #expect(state == expected)
      expected += 1
      let labels = edges(of: state, in: trie).map(\.label)
      #expect(labels == labels.sorted() && Set(labels).count == labels.count)
      if let first = edges(of: state, in: trie).first {
        #expect(first.target == state + 1)
      }
      stack.append(contentsOf: edges(of: state, in: trie).reversed().map(\.target))
    }
    #expect(Int(expected) == trie.nodes.count - 1)
    #expect(trie.nodes.last?.edgeStart == Int32(trie.edges.count))
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func spellsExactlyTheKeys(seed: UInt64) {
    let keys = randomKeys(count: 400, seed: seed)
    let (trie, enders) = build(keys)
    var wanted: [[UInt8]: [Int32]] = [:]
    for (index, key) in keys.enumerated() { wanted[key, default: []].append(Int32(index)) }
    var spelled: [[UInt8]: [Int32]] = [:]
    var stack: [(state: Int32, path: [UInt8])] = [(0, [])]
    while let (state, path) = stack.popLast() {
      let terminal = trie.nodes[Int(state)].terminal
      if terminal >= 0 {
        spelled[path] = enders[Int(terminal)]
      } else {
        // A state where no key ends leads to one that does.
        #expect(!edges(of: state, in: trie).isEmpty)
      }
      for edge in edges(of: state, in: trie) { stack.append((edge.target, path + [edge.label])) }
    }
    #expect(spelled == wanted)
    for label in 0..<256 {
      let edge = edges(of: 0, in: trie).first { $0.label == UInt8(label) }
      #expect(trie.rootNext[label] == (edge?.target ?? -1))
    }
  }

  @Test func oneKeyIsAChain() {
    let (trie, enders) = build([Array("abc".utf8)])
    #expect(trie.nodes.map(\.terminal) == [-1, -1, -1, 0, -1])
    #expect(trie.edges.map(\.label) == Array("abc".utf8))
    #expect(trie.edges.map(\.target) == [1, 2, 3])
    #expect(enders == [[0]])
  }
}
