/// The words of one sentence as byte ranges, for the name heuristics. A word is a maximal run of
/// word bytes (the `MatchText` definition, so non-ASCII letters count); a hyphen between two word
/// bytes joins ("Su-35", "Jean-Yves"). Apostrophes never join: "Britain’s" is "Britain" + "s",
/// which is how possessives are recognized.
struct SentenceTokens {
  let bytes: [UInt8]
  let range: Range<Int>
  private(set) var words: [Range<Int>] = []
  /// Per word, its hashes for `WordSet` look-ups.
  private(set) var keys: [WordKey] = []

  init(bytes: [UInt8], range: Range<Int>) {
    self.bytes = bytes
    self.range = range
    // A local array, reserved once: appending to the stored property inside the closure cost
    // a uniqueness check and a growth step per word.
    var words: [Range<Int>] = []
    words.reserveCapacity(range.count / 4 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      var position = range.lowerBound
      var start: Int?
      while position < range.upperBound {
        let (isWord, length) = MatchText.classify(at: position, in: buffer)
        if isWord {
          if start == nil { start = position }
        } else if let open = start {
          let joins =
            buffer[position] == UInt8(ascii: "-") && position + 1 < range.upperBound
            && MatchText.classify(at: position + 1, in: buffer).isWord
          if !joins {
            words.append(open..<position)
            start = nil
          }
        }
        position += length
      }
      if let open = start { words.append(open..<range.upperBound) }
    }
    self.words = words
    keys = Self.keys(of: words, in: bytes)
  }

  /// Each word's `WordKey`, in one pass over its bytes.
  private static func keys(of words: [Range<Int>], in bytes: [UInt8]) -> [WordKey] {
    bytes.withUnsafeBufferPointer { buffer in
      words.map { word in
        var exact = WordSet.hashBasis
        var lowered = WordSet.hashBasis
        var high: UInt8 = 0
        for position in word {
          let byte = buffer[position]
          high |= byte
          exact = (exact ^ UInt32(byte)) &* WordSet.hashPrime
          let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
          lowered = (lowered ^ UInt32(lower)) &* WordSet.hashPrime
        }
        let isASCII = high < 0x80
        let mayEqualASCII =
          !isASCII && WordSet.mayEqualASCII(UnsafeBufferPointer(rebasing: buffer[word]))
        return WordKey(
          exact: exact, lowered: lowered, isASCII: isASCII, mayEqualASCII: mayEqualASCII)
      }
    }
  }

  func text(_ index: Int) -> String {
    String(decoding: bytes[words[index]], as: UTF8.self)
  }

  func text(from first: Int, through last: Int) -> String {
    String(decoding: bytes[words[first].lowerBound..<words[last].upperBound], as: UTF8.self)
  }

  /// Whether word `index` is `literal` (as `text(index) == literal`, without making a String
  /// when both are ASCII, where canonical equivalence is byte equality).
  func word(_ index: Int, is literal: String) -> Bool {
    let range = words[index]
    guard literal.utf8.allSatisfy({ $0 < 0x80 }),
      bytes[range].allSatisfy({ $0 < 0x80 })
    else { return text(index) == literal }
    return bytes[range].elementsEqual(literal.utf8)
  }

  /// Whether word `index` holds a hyphen byte: a cheap test before looking at its text.
  func containsHyphen(_ index: Int) -> Bool {
    bytes[words[index]].contains(UInt8(ascii: "-"))
  }

  /// Whether the word starts with an uppercase letter (ASCII or any Unicode uppercase scalar).
  func isCapitalized(_ index: Int) -> Bool {
    let first = bytes[words[index].lowerBound]
    if first < 0x80 { return first &- 0x41 < 26 }
    let scalar = SentenceSplitter.scalar(
      at: words[index].lowerBound, in: bytes, end: words[index].upperBound)
    return scalar?.properties.isUppercase ?? false
  }

  /// Whether only whitespace (at least one byte of it) separates `index` from the next word.
  func isSpaceAfter(_ index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    return Self.isSpace(bytes[words[index].upperBound..<words[index + 1].lowerBound])
  }

  /// Whether only whitespace, or a "." and whitespace, separates the word from the next one
  /// ("Gen. Tiani").
  func isSpaceAfterRank(_ index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    var start = words[index].upperBound
    if start < words[index + 1].lowerBound && bytes[start] == UInt8(ascii: ".") { start += 1 }
    return Self.isSpace(bytes[start..<words[index + 1].lowerBound])
  }

  /// Whether the word is followed by "'s" or "’s" ending the possessive, as in "Belarus's".
  func isPossessive(_ index: Int) -> Bool {
    possessiveEnd(after: words[index].upperBound) != nil
  }

  /// The end of a possessive "'s"/"’s" that starts at `position`, if one does.
  func possessiveEnd(after position: Int) -> Int? {
    var cursor = position
    if cursor < range.upperBound && bytes[cursor] == UInt8(ascii: "'") {
      cursor += 1
    } else if cursor + 2 < range.upperBound && bytes[cursor] == 0xE2 && bytes[cursor + 1] == 0x80
      && bytes[cursor + 2] == 0x99
    {
      cursor += 3
    } else {
      return nil
    }
    guard cursor < range.upperBound, bytes[cursor] == UInt8(ascii: "s") else { return nil }
    cursor += 1
    if cursor < range.upperBound {
      let isWord = bytes.withUnsafeBufferPointer { MatchText.classify(at: cursor, in: $0).isWord }
      if isWord { return nil }
    }
    return cursor
  }

  /// The first word that starts at or after `position`.
  func firstWord(from position: Int) -> Int? {
    var low = 0
    var high = words.count
    while low < high {
      let middle = (low + high) / 2
      if words[middle].lowerBound < position { low = middle + 1 } else { high = middle }
    }
    return low < words.count ? low : nil
  }

  static func isSpace(_ gap: ArraySlice<UInt8>) -> Bool {
    guard !gap.isEmpty else { return false }
    var index = gap.startIndex
    while index < gap.endIndex {
      let byte = gap[index]
      if MatchText.isASCIISpace(byte) {
        index += 1
      } else if byte == 0xC2 && index + 1 < gap.endIndex && gap[index + 1] == 0xA0 {
        index += 2
      } else {
        return false
      }
    }
    return true
  }
}
