/// A compiled dictionary of phrases, matched as whole words over UTF-8 bytes.
///
/// The dictionary is a trie over normalized units (see `MatchText`: whitespace runs read as
/// one space, ’ reads as ', ASCII case folded). Because a match must start at a word boundary,
/// the trie is walked only from positions not preceded by a word character: the goto function
/// of Aho-Corasick anchored at word starts, which makes failure links unnecessary and gives
/// leftmost-longest, non-overlapping matches directly. Each walk costs the depth of the longest
/// dictionary prefix at that word, so the scan is linear in the text for a bounded phrase length.
///
/// Rules:
/// - Whole words: a match is neither preceded nor followed by a word character (ASCII letters
///   and digits, bytes ≥ 0x80 other than the typographic punctuation listed in `MatchText`).
///   `-` and `'` are not word characters: "Russia" matches in "Russia-US", "Russia's" and
///   "Russia’s"; "Su-35" does not match in "Su-35s".
/// - Case: a case-sensitive phrase matches only its exact bytes (modulo the whitespace and
///   apostrophe equivalences); a case-insensitive one matches any ASCII case mix. Non-ASCII
///   letters are never folded.
/// - Leftmost-longest: from left to right, the longest match at the earliest start is taken
///   and scanning resumes after it. All payloads of the phrases matching that span are reported.
/// - Phrases without any word character (empty, blank, pure punctuation) are ignored and listed
///   in `ignoredPhraseIndices`. Leading and trailing whitespace of phrases is dropped.
///
/// Memory layout is flat arrays (dense root table, sorted edge lists per state) so the scan
/// allocates nothing but the result array.
///
/// Before walking the trie from a word start, the scan looks the word's first two units up in a
/// bit table of the pairs that can begin a match: folded for case-insensitive phrases, as
/// written for case-sensitive ones. The trie is folded, so without it every lowercase word
/// ("had", "officials") walked as deep as the capitalized names it shares letters with ("Hadley",
/// "Officer Bay"), a cache miss per level, to learn at the end that no case-sensitive phrase
/// accepts it. The table is exact: a pair is left out only when no phrase can match there.
public struct PhraseAutomaton: Sendable {
  /// Every match's payload run points into this table.
  public let payloadTable: [Int32]
  /// Indices (into the compiled phrase list) of phrases that were ignored.
  public let ignoredPhraseIndices: [Int]

  private let rootNext: [Int32]
  /// States in depth-first preorder, so that a chain of single-child states (a name's tail)
  /// lies in consecutive nodes and edges; plus one sentinel.
  private let nodes: [PhraseNode]
  private let edges: [PhraseEdge]
  private let terminals: [PhraseTerminal]
  private let variants: [PhraseVariant]
  private let exactUnits: [UInt8]
  /// `PhraseStartFilter`'s bits: pairs of first units (`first << 8 | second`) that begin a
  /// phrase, then 256 bits for the units that are a whole phrase.
  private let startBits: [UInt64]

  /// Compiles the phrases. `payload` is opaque; the same text may appear with several payloads.
  ///
  /// Every phrase's folded units go into one buffer, from which `PhraseTrieBuilder` sorts the
  /// trie out depth-first; the phrases ending at a state are grouped when the state is
  /// numbered. No array, set or dictionary per phrase or per state.
  /// - Complexity: O(u) for u units in all phrases, plus sorting the phrases that end at one
  ///   state.
  public init(phrases: [(text: String, payload: Int32, caseSensitive: Bool)]) {
    var ignored: [Int] = []
    /// One accepted phrase: its payload, and for a case-sensitive phrase its exact units as a
    /// range of `pool`; its folded units are `keys[keyStarts[i]..<keyStarts[i] + keyCounts[i]]`.
    var ends: [PhraseEnd] = []
    ends.reserveCapacity(phrases.count)
    var keys: [UInt8] = []
    var keyStarts: [Int32] = []
    var keyCounts: [Int32] = []
    keyStarts.reserveCapacity(phrases.count)
    keyCounts.reserveCapacity(phrases.count)
    var pool: [UInt8] = []
    var startBits = [UInt64](repeating: 0, count: PhraseStartFilter.wordCount)
    for (index, phrase) in phrases.enumerated() {
      var text = phrase.text
      let accepted = text.withUTF8 { bytes -> Bool in
        let keyStart = keys.count
        guard MatchText.appendPhraseUnits(bytes, folding: true, to: &keys) else { return false }
        keyStarts.append(Int32(keyStart))
        keyCounts.append(Int32(keys.count - keyStart))
        var exactLow: Int32 = -1
        var exactHigh: Int32 = -1
        if phrase.caseSensitive {
          exactLow = Int32(pool.count)
          _ = MatchText.appendPhraseUnits(bytes, folding: false, to: &pool)
          exactHigh = Int32(pool.count)
          PhraseStartFilter.add(pool[Int(exactLow)..<Int(exactHigh)], to: &startBits)
        } else {
          PhraseStartFilter.add(keys[keyStart...], to: &startBits)
        }
        ends.append(PhraseEnd(payload: phrase.payload, exactLow: exactLow, exactHigh: exactHigh))
        return true
      }
      if !accepted { ignored.append(index) }
    }
    ignoredPhraseIndices = ignored
    self.startBits = startBits

    var payloadTable: [Int32] = []
    var terminals: [PhraseTerminal] = []
    var variants: [PhraseVariant] = []
    var exactUnits: [UInt8] = []
    var payloads: [Int32] = []
    var group: [PhraseEnd] = []
    let trie = pool.withUnsafeBufferPointer { pool in
      /// Spellings in `[UInt8]` lexicographic order.
      func spellingOrder(_ left: PhraseEnd, _ right: PhraseEnd) -> Int {
        let leftCount = Int(left.exactHigh - left.exactLow)
        let rightCount = Int(right.exactHigh - right.exactLow)
        for offset in 0..<min(leftCount, rightCount) {
          let a = pool[Int(left.exactLow) + offset]
          let b = pool[Int(right.exactLow) + offset]
          if a != b { return a < b ? -1 : 1 }
        }
        return leftCount - rightCount
      }
      return PhraseTrieBuilder.build(units: keys, starts: keyStarts, counts: keyCounts) {
        enders in
        if enders.count == 1 {
          // Most states end one phrase: its payload alone, as the general case below gives it.
          let end = ends[Int(enders[0])]
          let payload = Int32(payloadTable.count)
          payloadTable.append(end.payload)
          if end.isCaseSensitive {
            exactUnits.append(contentsOf: pool[Int(end.exactLow)..<Int(end.exactHigh)])
            variants.append(
              PhraseVariant(
                exactLow: Int32(exactUnits.count) - (end.exactHigh - end.exactLow),
                exactHigh: Int32(exactUnits.count), payloadLow: payload, payloadHigh: payload + 1))
            terminals.append(
              PhraseTerminal(
                insensitiveLow: payload, insensitiveHigh: payload,
                variantLow: Int32(variants.count - 1), variantHigh: Int32(variants.count)))
          } else {
            terminals.append(
              PhraseTerminal(
                insensitiveLow: payload, insensitiveHigh: payload + 1,
                variantLow: Int32(variants.count), variantHigh: Int32(variants.count)))
          }
          return Int32(terminals.count - 1)
        }
        // Insensitive phrases first, then the case-sensitive ones grouped by spelling.
        group.removeAll(keepingCapacity: true)
        for key in enders { group.append(ends[Int(key)]) }
        group.sort { left, right in
          if left.isCaseSensitive != right.isCaseSensitive { return right.isCaseSensitive }
          guard left.isCaseSensitive else { return left.payload < right.payload }
          let order = spellingOrder(left, right)
          return order != 0 ? order < 0 : left.payload < right.payload
        }
        var split = 0
        while split < group.count && !group[split].isCaseSensitive { split += 1 }
        let insensitiveLow = Int32(payloadTable.count)
        payloads.removeAll(keepingCapacity: true)
        for position in 0..<split { payloads.append(group[position].payload) }
        Self.appendSortedUnique(&payloads, to: &payloadTable)
        let insensitiveHigh = Int32(payloadTable.count)
        let variantLow = Int32(variants.count)
        var first = split
        while first < group.count {
          var last = first + 1
          while last < group.count && spellingOrder(group[first], group[last]) == 0 { last += 1 }
          let exactLow = Int32(exactUnits.count)
          exactUnits.append(
            contentsOf: pool[Int(group[first].exactLow)..<Int(group[first].exactHigh)])
          payloads.removeAll(keepingCapacity: true)
          for position in 0..<split { payloads.append(group[position].payload) }
          for position in first..<last { payloads.append(group[position].payload) }
          let payloadLow = Int32(payloadTable.count)
          Self.appendSortedUnique(&payloads, to: &payloadTable)
          variants.append(
            PhraseVariant(
              exactLow: exactLow, exactHigh: Int32(exactUnits.count),
              payloadLow: payloadLow, payloadHigh: Int32(payloadTable.count)))
          first = last
        }
        terminals.append(
          PhraseTerminal(
            insensitiveLow: insensitiveLow, insensitiveHigh: insensitiveHigh,
            variantLow: variantLow, variantHigh: Int32(variants.count)))
        return Int32(terminals.count - 1)
      }
    }

    self.payloadTable = payloadTable
    self.terminals = terminals
    self.variants = variants
    self.exactUnits = exactUnits
    self.rootNext = trie.rootNext
    self.nodes = trie.nodes
    self.edges = trie.edges
  }

  /// Sorts `payloads` and appends each distinct value once to `table`.
  private static func appendSortedUnique(_ payloads: inout [Int32], to table: inout [Int32]) {
    payloads.sort()
    for (position, payload) in payloads.enumerated()
    where position == 0 || payloads[position - 1] != payload {
      table.append(payload)
    }
  }

  /// The payloads of one match.
  public func payloads(of match: PhraseMatch) -> ArraySlice<Int32> {
    payloadTable[Int(match.payloads.lowerBound)..<Int(match.payloads.upperBound)]
  }

  /// Leftmost-longest, non-overlapping whole-word matches in a string.
  public func matches(in text: String) -> [PhraseMatch] {
    var copy = text
    return copy.withUTF8 { matches(in: $0) }
  }

  /// Leftmost-longest, non-overlapping whole-word matches in UTF-8 bytes; offsets are byte
  /// offsets into `text`.
  public func matches(in text: UnsafeBufferPointer<UInt8>) -> [PhraseMatch] {
    var result: [PhraseMatch] = []
    guard !text.isEmpty, !terminals.isEmpty else { return result }
    withTables { root, trie, filter in
      scan(text, root: root, trie: trie, starts: filter, into: &result)
    }
    return result
  }

  /// The positions of `text` where a match may start, in order: those that `matches(in:)`
  /// reaches without a word character before them. They depend on the text alone, so several
  /// automata that scan one sentence can share them (`matches(in:startingAt:)`) instead of each
  /// stepping through its bytes.
  public static func wordStarts(in text: UnsafeBufferPointer<UInt8>) -> [Int32] {
    var starts: [Int32] = []
    starts.reserveCapacity(text.count / 4 + 1)
    let count = text.count
    var position = 0
    var previousIsWord = false
    // The steps of `scan` when no match is found; a match ends where a step would (at a
    // character boundary followed by no word character), so the steps after it are these too.
    while position < count {
      if !previousIsWord { starts.append(Int32(position)) }
      let (isWord, length) = MatchText.classify(at: position, in: text)
      previousIsWord = isWord
      position += length
      if isWord {
        while position < count && MatchText.isASCIIWord(text[position]) { position += 1 }
      }
    }
    return starts
  }

  /// The matches of `matches(in: text)`, trying only `starts`, which must be
  /// `wordStarts(in: text)`.
  public func matches(in text: UnsafeBufferPointer<UInt8>, startingAt starts: [Int32])
    -> [PhraseMatch]
  {
    var result: [PhraseMatch] = []
    guard !text.isEmpty, !terminals.isEmpty else { return result }
    withTables { root, trie, filter in
      var resume = 0
      for start in starts where Int(start) >= resume {
        if let match = longestMatch(
          at: Int(start), in: text, root: root, trie: trie, filter: filter)
        {
          result.append(match)
          resume = match.end
        }
      }
    }
    return result
  }

  /// Calls `body` with the root table, the trie and the start filter over the automaton's
  /// buffers, for one scan.
  @inline(__always)
  private func withTables(
    _ body: (UnsafeBufferPointer<Int32>, PhraseTrieView, PhraseStartFilter) -> Void
  ) {
    rootNext.withUnsafeBufferPointer { root in
      nodes.withUnsafeBufferPointer { nodes in
        edges.withUnsafeBufferPointer { edges in
          startBits.withUnsafeBufferPointer { bits in
            body(root, PhraseTrieView(nodes: nodes, edges: edges), PhraseStartFilter(bits: bits))
          }
        }
      }
    }
  }

  private func scan(
    _ text: UnsafeBufferPointer<UInt8>, root: UnsafeBufferPointer<Int32>, trie: PhraseTrieView,
    starts: PhraseStartFilter, into result: inout [PhraseMatch]
  ) {
    let count = text.count
    var position = 0
    var previousIsWord = false
    while position < count {
      if !previousIsWord {
        if let match = longestMatch(
          at: position, in: text, root: root, trie: trie, filter: starts)
        {
          result.append(match)
          position = match.end
          previousIsWord = MatchText.isWordBefore(position, in: text)
          continue
        }
      }
      let (isWord, length) = MatchText.classify(at: position, in: text)
      previousIsWord = isWord
      position += length
      if isWord {
        while position < count && MatchText.isASCIIWord(text[position]) { position += 1 }
      }
    }
  }

  /// The longest accepted match that starts at `position`, if any: its first unit through the
  /// root table, then the start filter, then the walk.
  @inline(__always)
  private func longestMatch(
    at position: Int, in text: UnsafeBufferPointer<UInt8>, root: UnsafeBufferPointer<Int32>,
    trie: PhraseTrieView, filter: PhraseStartFilter
  ) -> PhraseMatch? {
    let (first, afterFirst) = MatchText.unit(at: position, in: text, folding: true)
    let state = root[Int(first)]
    guard state >= 0, filter.mayStart(at: position, first: first, next: afterFirst, in: text)
    else { return nil }
    return longestMatch(in: text, start: position, state: state, next: afterFirst, trie: trie)
  }

  /// Walks the trie from `start` (already past its first unit) and returns the longest
  /// accepted match, if any.
  @inline(__always)
  private func longestMatch(
    in text: UnsafeBufferPointer<UInt8>, start: Int, state firstState: Int32, next: Int,
    trie: PhraseTrieView
  ) -> PhraseMatch? {
    var state = firstState
    var position = next
    var best: PhraseMatch?
    while true {
      let terminal = trie.terminal(of: state)
      if terminal >= 0 && MatchText.isEndBoundary(position, in: text),
        let run = accepted(terminal: terminal, in: text, start: start, end: position)
      {
        best = PhraseMatch(start: start, end: position, payloads: run)
      }
      guard position < text.count else { break }
      let (unit, after) = MatchText.unit(at: position, in: text, folding: true)
      guard let child = trie.child(of: state, on: unit) else { break }
      state = child
      position = after
    }
    return best
  }

  /// The payload run a terminal accepts for the text span, or nil when only case-sensitive
  /// phrases end here and none is spelled like the text.
  private func accepted(
    terminal: Int32, in text: UnsafeBufferPointer<UInt8>, start: Int, end: Int
  ) -> Range<Int32>? {
    let entry = terminals[Int(terminal)]
    for index in Int(entry.variantLow)..<Int(entry.variantHigh) {
      let variant = variants[index]
      if spells(variant, in: text, start: start, end: end) {
        return variant.payloadLow..<variant.payloadHigh
      }
    }
    guard entry.insensitiveLow < entry.insensitiveHigh else { return nil }
    return entry.insensitiveLow..<entry.insensitiveHigh
  }

  private func spells(
    _ variant: PhraseVariant, in text: UnsafeBufferPointer<UInt8>, start: Int, end: Int
  ) -> Bool {
    var position = start
    for index in Int(variant.exactLow)..<Int(variant.exactHigh) {
      guard position < end else { return false }
      let (unit, after) = MatchText.unit(at: position, in: text, folding: false)
      guard unit == exactUnits[index] else { return false }
      position = after
    }
    return position == end
  }
}
