/// A fixed set of words that a sentence's words are looked up in without making a `String`.
///
/// The name heuristics ask of almost every word whether it is a rank, a place word, a
/// connector…; with `Set<String>` each question cost a new String and a SipHash of it. Here an
/// ASCII word is hashed (FNV-1a) straight from the sentence's bytes into an open-addressing
/// table of the words' bytes. A word with a non-ASCII byte takes the `Set<String>` path, so the
/// answers stay exactly those of `Set<String>.contains` (which compares by canonical
/// equivalence: "\u{212A}" KELVIN SIGN equals "K" there, never byte for byte).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  /// The words, for the non-ASCII path and for `contains(_:)` on strings.
  let words: Set<String>
  /// Every ASCII word's bytes, one after the other; `starts[i]..<starts[i + 1]` is word i.
  private let pool: [UInt8]
  private let starts: [Int32]
  /// Open addressing, a power of two long: word index + 1, or 0 for an empty slot.
  private let slots: [Int32]
  /// The shortest and longest ASCII word, in bytes: most words are rejected by length alone.
  private let shortest: Int
  private let longest: Int
  /// Whether every word is ASCII; if one is not, an ASCII word could still equal it by
  /// canonical equivalence, so every lookup takes the `Set<String>` path.
  private let isAllASCII: Bool
  /// The first bytes of the ASCII words, as bits (bytes 0–63, then 64–127): a word whose first
  /// byte is ASCII and none of these cannot equal a word of the set, even by canonical
  /// equivalence (its normal form starts with that byte or a non-ASCII scalar), so most words
  /// are rejected before the hash table is read.
  private let firstBytes: (low: UInt64, high: UInt64)

  init(_ words: Set<String>) {
    self.words = words
    var pool: [UInt8] = []
    var starts: [Int32] = [0]
    var shortest = Int.max
    var longest = 0
    var firstBytes: (low: UInt64, high: UInt64) = (0, 0)
    // Sorted, so that the table is the same in every run (Set order is seeded per process).
    let isAllASCII = words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    for word in words.sorted(by: { $0.precedesByScalars($1) }) where isAllASCII {
      pool.append(contentsOf: word.utf8)
      starts.append(Int32(pool.count))
      shortest = min(shortest, word.utf8.count)
      longest = max(longest, word.utf8.count)
      if let first = word.utf8.first {
        if first < 64 {
          firstBytes.low |= 1 << UInt64(first)
        } else {
          firstBytes.high |= 1 << UInt64(first - 64)
        }
      }
    }
    var capacity = 8
    while capacity < 2 * (starts.count - 1) { capacity *= 2 }
    var slots = [Int32](repeating: 0, count: capacity)
    for word in 0..<(starts.count - 1) {
      let hash = pool.withUnsafeBufferPointer {
        Self.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[word])..<Int(starts[word + 1])]))
      }
      var slot = Int(hash) & (capacity - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Int32(word + 1)
    }
    self.pool = pool
    self.starts = starts
    self.slots = slots
    self.shortest = shortest
    self.longest = longest
    self.isAllASCII = isAllASCII
    self.firstBytes = firstBytes
  }

  init(_ words: [String]) {
    self.init(Set(words))
  }

  init(arrayLiteral words: String...) {
    self.init(Set(words))
  }

  /// Whether the string is one of the words (as `Set<String>.contains`).
  func contains(_ word: String) -> Bool {
    words.contains(word)
  }

  /// Whether word `index` of the sentence is one of the words.
  ///
  /// Inlined up to the first-byte test, which rejects most words: the call cost more than the
  /// test (the rules ask this of nearly every word, of several sets).
  @inline(__always)
  func contains(word index: Int, in tokens: SentenceTokens) -> Bool {
    let range = tokens.words[index]
    if isAllASCII {
      let first = tokens.bytes[range.lowerBound]
      if first < 0x80 && !mayStart(with: first) { return false }
    }
    return contains(word: index, range: range, in: tokens)
  }

  /// `contains(word:in:)` after the first-byte test.
  private func contains(word index: Int, range: Range<Int>, in tokens: SentenceTokens) -> Bool {
    guard isAllASCII else { return words.contains(tokens.text(index)) }
    let key = tokens.keys[index]
    guard key.isASCII else { return key.mayEqualASCII && words.contains(tokens.text(index)) }
    guard range.count >= shortest && range.count <= longest else { return false }
    return tokens.bytes.withUnsafeBufferPointer {
      containsASCII(UnsafeBufferPointer(rebasing: $0[range]), hash: key.exact, folding: false)
    }
  }

  /// Whether word `index` of the sentence, lowercased, is one of the words (as
  /// `contains(tokens.text(index).lowercased())`). Inlined up to the first-byte test, as
  /// `contains(word:in:)`.
  @inline(__always)
  func containsLowercased(word index: Int, in tokens: SentenceTokens) -> Bool {
    let range = tokens.words[index]
    if isAllASCII && range.count <= 32 {
      let first = tokens.bytes[range.lowerBound]
      if first < 0x80 && !mayStart(with: first &- 0x41 < 26 ? first | 0x20 : first) {
        return false
      }
    }
    return containsLowercased(word: index, range: range, in: tokens)
  }

  /// `containsLowercased(word:in:)` after the first-byte test.
  private func containsLowercased(
    word index: Int, range: Range<Int>, in tokens: SentenceTokens
  ) -> Bool {
    guard isAllASCII && range.count <= 32 else {
      return words.contains(tokens.text(index).lowercased())
    }
    let key = tokens.keys[index]
    guard key.isASCII else {
      return key.mayEqualASCII && words.contains(tokens.text(index).lowercased())
    }
    guard range.count >= shortest && range.count <= longest else { return false }
    return tokens.bytes.withUnsafeBufferPointer {
      containsASCII(UnsafeBufferPointer(rebasing: $0[range]), hash: key.lowered, folding: true)
    }
  }

  /// Whether some ASCII word of the set starts with the ASCII byte.
  @inline(__always)
  private func mayStart(with byte: UInt8) -> Bool {
    byte < 64
      ? firstBytes.low >> UInt64(byte) & 1 != 0 : firstBytes.high >> UInt64(byte - 64) & 1 != 0
  }

  /// Whether the ASCII word (lowercased first with `folding`), whose `hash` is given, is one of
  /// the words.
  private func containsASCII(
    _ word: UnsafeBufferPointer<UInt8>, hash: UInt32, folding: Bool
  ) -> Bool {
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    return pool.withUnsafeBufferPointer { pool in
      slots.withUnsafeBufferPointer { slots in
        starts.withUnsafeBufferPointer { starts in
          while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            let start = Int(starts[entry - 1])
            if Int(starts[entry]) - start == word.count {
              var offset = 0
              while offset < word.count {
                var byte = word[offset]
                if folding && byte &- 0x41 < 26 { byte |= 0x20 }
                guard pool[start + offset] == byte else { break }
                offset += 1
              }
              if offset == word.count { return true }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  /// Whether a word with non-ASCII bytes may still equal an ASCII word, as Swift compares
  /// strings (canonical equivalence), itself or lowercased: only when it holds one of the three
  /// scalars whose normal form is ASCII — U+037E GREEK QUESTION MARK (;), U+1FEF GREEK VARIA
  /// (`) and U+212A KELVIN SIGN (K, lowercased k). Every other non-ASCII scalar stays non-ASCII
  /// in NFC and in `lowercased()`, so the word cannot equal an ASCII one.
  static func mayEqualASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count >= 2 else { return false }
    for position in 0..<(word.count - 1) {
      switch word[position] {
      case 0xCD where word[position + 1] == 0xBE: return true
      case 0xE1
      where position + 2 < word.count && word[position + 1] == 0xBF
        && word[position + 2] == 0xAF:
        return true
      case 0xE2
      where position + 2 < word.count && word[position + 1] == 0x84
        && word[position + 2] == 0xAA:
        return true
      default: continue
      }
    }
    return false
  }

  /// The offset basis and prime of 32-bit FNV-1a (`SentenceTokens` hashes its words with them).
  static var hashBasis: UInt32 { 2_166_136_261 }
  static var hashPrime: UInt32 { 16_777_619 }

  /// 32-bit FNV-1a.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash = hashBasis
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* hashPrime }
    return hash
  }
}
