/// The words of a lexicon name split at spaces (`name.split(separator: " ")`), read from its
/// bytes where that gives the same answer as splitting its characters: the name rules and the
/// resolver index 100,000 names at start-up.
enum NameWords {
  /// `name.split(separator: " ").last` (the last run of characters between spaces), found
  /// from the end without splitting the whole name into an array.
  ///
  /// Decided on the bytes when every space of the name is a character of its own (its
  /// neighbours are ASCII or Latin letters, which no combining mark or prefix joins), which is
  /// what a lexicon of 100,000 names needs; otherwise by characters.
  static func lastWord(of name: String) -> Substring? {
    let found = name.utf8.withContiguousStorageIfAvailable { lastWordBytes(of: $0) }
    guard let found, found.isDecided else { return lastWordByCharacters(of: name) }
    guard let word = found.word else { return nil }
    let utf8 = name.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: word.lowerBound)
    return name[lower..<utf8.index(lower, offsetBy: word.count)]
  }

  /// The byte range of `lastWord` (nil when the name has no word); not decided when a space of
  /// the name might join a neighbour into one character.
  private static func lastWordBytes(of bytes: UnsafeBufferPointer<UInt8>) -> (
    isDecided: Bool, word: Range<Int>?
  ) {
    guard spacesStandAlone(bytes) else { return (false, nil) }
    var end = bytes.count
    while end > 0 && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end > 0 else { return (true, nil) }
    var start = end
    while start > 0 && bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
    return (true, start..<end)
  }

  /// Whether every space of a name is a character of its own, so that splitting the bytes at
  /// spaces splits the characters there too: each neighbour of a space is ASCII or a two-byte
  /// scalar that no combining mark (below U+0300, after it) or prepended mark (below U+0600,
  /// before it) joins to the space.
  static func spacesStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in bytes.indices where bytes[index] == UInt8(ascii: " ") {
      if index > 0 && bytes[index - 1] >= 0x80 {
        guard index >= 2, bytes[index - 1] < 0xC0, bytes[index - 2] >= 0xC2,
          bytes[index - 2] <= 0xD7
        else { return false }
      }
      if index + 1 < bytes.count && bytes[index + 1] >= 0x80 {
        guard bytes[index + 1] >= 0xC2 && bytes[index + 1] <= 0xCB else { return false }
      }
    }
    return true
  }

  private static func lastWordByCharacters(of name: String) -> Substring? {
    var end = name.endIndex
    while end > name.startIndex {
      let before = name.index(before: end)
      guard name[before] == " " else { break }
      end = before
    }
    guard end > name.startIndex else { return nil }
    let head = name[..<end]
    guard let space = head.lastIndex(of: " ") else { return head }
    return head[head.index(after: space)...]
  }
}
