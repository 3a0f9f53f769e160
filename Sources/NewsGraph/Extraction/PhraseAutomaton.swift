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
public struct PhraseAutomaton: Sendable {
  /// Every match's payload run points into this table.
  public let payloadTable: [Int32]
  /// Indices (into the compiled phrase list) of phrases that were ignored.
  public let ignoredPhraseIndices: [Int]

  private let rootNext: [Int32]
  private let edgeOffset: [Int32]
  private let edgeLabel: [UInt8]
  private let edgeTarget: [Int32]
  private let terminalOf: [Int32]
  private let terminals: [PhraseTerminal]
  private let variants: [PhraseVariant]
  private let exactUnits: [UInt8]

  /// Compiles the phrases. `payload` is opaque; the same text may appear with several payloads.
  public init(phrases: [(text: String, payload: Int32, caseSensitive: Bool)]) {
    var builder = PhraseTrieBuilder()
    var entriesByState: [Int32: [(exact: [UInt8]?, payload: Int32)]] = [:]
    var ignored: [Int] = []
    for (index, phrase) in phrases.enumerated() {
      guard let folded = MatchText.phraseUnits(phrase.text, folding: true) else {
        ignored.append(index)
        continue
      }
      let state = builder.insert(folded)
      let exact = phrase.caseSensitive ? MatchText.phraseUnits(phrase.text, folding: false) : nil
      entriesByState[state, default: []].append((exact, phrase.payload))
    }
    ignoredPhraseIndices = ignored

    var payloadTable: [Int32] = []
    var terminals: [PhraseTerminal] = []
    var variants: [PhraseVariant] = []
    var exactUnits: [UInt8] = []
    var terminalOf = [Int32](repeating: -1, count: builder.stateCount)
    for state in entriesByState.keys.sorted() {
      let entries = entriesByState[state]!
      let insensitive = Set(entries.filter { $0.exact == nil }.map(\.payload))
      let insensitiveLow = Int32(payloadTable.count)
      payloadTable.append(contentsOf: insensitive.sorted())
      let insensitiveHigh = Int32(payloadTable.count)
      var spellings: [[UInt8]: Set<Int32>] = [:]
      for entry in entries {
        if let exact = entry.exact { spellings[exact, default: insensitive].insert(entry.payload) }
      }
      let variantLow = Int32(variants.count)
      for spelling in spellings.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
        let exactLow = Int32(exactUnits.count)
        exactUnits.append(contentsOf: spelling)
        let payloadLow = Int32(payloadTable.count)
        payloadTable.append(contentsOf: spellings[spelling]!.sorted())
        variants.append(
          PhraseVariant(
            exactLow: exactLow, exactHigh: Int32(exactUnits.count),
            payloadLow: payloadLow, payloadHigh: Int32(payloadTable.count)))
      }
      terminalOf[Int(state)] = Int32(terminals.count)
      terminals.append(
        PhraseTerminal(
          insensitiveLow: insensitiveLow, insensitiveHigh: insensitiveHigh,
          variantLow: variantLow, variantHigh: Int32(variants.count)))
    }

    var rootNext = [Int32](repeating: -1, count: 256)
    var edgeOffset: [Int32] = [0]
    var edgeLabel: [UInt8] = []
    var edgeTarget: [Int32] = []
    edgeOffset.reserveCapacity(builder.stateCount + 1)
    for state in 0..<builder.stateCount {
      for child in builder.children(of: state) {
        if state == 0 { rootNext[Int(child.label)] = child.state }
        edgeLabel.append(child.label)
        edgeTarget.append(child.state)
      }
      edgeOffset.append(Int32(edgeLabel.count))
    }

    self.payloadTable = payloadTable
    self.terminals = terminals
    self.variants = variants
    self.exactUnits = exactUnits
    self.terminalOf = terminalOf
    self.rootNext = rootNext
    self.edgeOffset = edgeOffset
    self.edgeLabel = edgeLabel
    self.edgeTarget = edgeTarget
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
    rootNext.withUnsafeBufferPointer { root in
      edgeOffset.withUnsafeBufferPointer { offsets in
        edgeLabel.withUnsafeBufferPointer { labels in
          edgeTarget.withUnsafeBufferPointer { targets in
            terminalOf.withUnsafeBufferPointer { terminalOf in
              let trie = PhraseTrieView(
                offsets: offsets, labels: labels, targets: targets, terminalOf: terminalOf)
              scan(text, root: root, trie: trie, into: &result)
            }
          }
        }
      }
    }
    return result
  }

  private func scan(
    _ text: UnsafeBufferPointer<UInt8>, root: UnsafeBufferPointer<Int32>, trie: PhraseTrieView,
    into result: inout [PhraseMatch]
  ) {
    let count = text.count
    var position = 0
    var previousIsWord = false
    while position < count {
      if !previousIsWord {
        let (first, afterFirst) = MatchText.unit(at: position, in: text, folding: true)
        let state = root[Int(first)]
        if state >= 0,
          let match = longestMatch(
            in: text, start: position, state: state, next: afterFirst, trie: trie)
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
      let terminal = trie.terminalOf[Int(state)]
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
