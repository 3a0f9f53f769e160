/// The byte-level text rules shared by the phrase matcher and its compiler, so that phrases and
/// text are normalized by the same code.
///
/// Matching compares *units*, not raw bytes. One unit is produced per step:
/// - a run of whitespace (space, tab, LF, VT, FF, CR, U+00A0 no-break space) is one space unit,
///   so "Ben\nWallace" and "Ben  Wallace" read as "Ben Wallace";
/// - U+2019 (’) is one `'` unit, so "Côte d’Ivoire" and "Côte d'Ivoire" read the same;
/// - ASCII A–Z become a–z when folding (case-insensitive phrases; non-ASCII letters never fold);
/// - every other byte is its own unit.
///
/// Word bytes (for whole-word matching) are ASCII letters and digits and every byte ≥ 0x80,
/// except the encodings of typographic punctuation: U+00A0, U+2013, U+2014, U+2018, U+2019,
/// U+201C, U+201D and U+2026. Everything else (ASCII punctuation including `-` and `'`,
/// whitespace, controls) is a boundary. A match may not touch a word byte on either side.
enum MatchText {
  /// The unit that starts at `position` and the offset just past the bytes it consumed.
  @inline(__always)
  static func unit(
    at position: Int, in text: UnsafeBufferPointer<UInt8>, folding: Bool
  ) -> (unit: UInt8, next: Int) {
    let byte = text[position]
    if byte < 0x80 {
      if isASCIISpace(byte) { return (0x20, endOfSpaceRun(from: position + 1, in: text)) }
      if folding && byte &- 0x41 < 26 { return (byte | 0x20, position + 1) }
      return (byte, position + 1)
    }
    if byte == 0xC2 && position + 1 < text.count && text[position + 1] == 0xA0 {
      return (0x20, endOfSpaceRun(from: position + 2, in: text))
    }
    if byte == 0xE2 && position + 2 < text.count && text[position + 1] == 0x80
      && text[position + 2] == 0x99
    {
      return (0x27, position + 3)
    }
    return (byte, position + 1)
  }

  /// Whether the code point starting at `position` is a word character, and its length in
  /// bytes (non-ASCII word bytes are stepped one at a time: each is a word byte anyway).
  @inline(__always)
  static func classify(
    at position: Int, in text: UnsafeBufferPointer<UInt8>
  ) -> (isWord: Bool, length: Int) {
    let byte = text[position]
    if byte < 0x80 { return (isASCIIWord(byte), 1) }
    if byte == 0xC2 {
      if position + 1 < text.count && text[position + 1] == 0xA0 { return (false, 2) }
      return (true, 1)
    }
    if byte == 0xE2 && position + 2 < text.count && text[position + 1] == 0x80
      && isPunctuationTail(text[position + 2])
    {
      return (false, 3)
    }
    return (true, 1)
  }

  /// Whether the character that ends just before `position` is a word character.
  static func isWordBefore(_ position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard position > 0 else { return false }
    let last = text[position - 1]
    if last < 0x80 { return isASCIIWord(last) }
    if last == 0xA0 && position >= 2 && text[position - 2] == 0xC2 { return false }
    if position >= 3 && text[position - 3] == 0xE2 && text[position - 2] == 0x80
      && isPunctuationTail(last)
    {
      return false
    }
    return true
  }

  /// Whether a match may end at `position`: the end of the text or a non-word character.
  @inline(__always)
  static func isEndBoundary(_ position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    position == text.count || !classify(at: position, in: text).isWord
  }

  @inline(__always)
  static func isASCIIWord(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
  }

  @inline(__always)
  static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte &- 0x09 < 5
  }

  /// Third bytes of E2 80 xx punctuation: – — ‘ ’ “ ” …
  @inline(__always)
  static func isPunctuationTail(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: return true
    default: return false
    }
  }

  @inline(__always)
  static func endOfSpaceRun(from start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    var position = start
    while position < text.count {
      let byte = text[position]
      if isASCIISpace(byte) {
        position += 1
      } else if byte == 0xC2 && position + 1 < text.count && text[position + 1] == 0xA0 {
        position += 2
      } else {
        break
      }
    }
    return position
  }

  /// A phrase as units (folded or not), with leading and trailing whitespace dropped; nil when
  /// it has no word byte (pure punctuation or empty phrases cannot satisfy whole-word rules in
  /// a useful way and are ignored by the compiler).
  static func phraseUnits(_ phrase: String, folding: Bool) -> [UInt8]? {
    var copy = phrase
    return copy.withUTF8 { bytes -> [UInt8]? in
      var units: [UInt8] = []
      units.reserveCapacity(bytes.count)
      return appendPhraseUnits(bytes, folding: folding, to: &units) ? units : nil
    }
  }

  /// Appends a phrase's units (as `phraseUnits` gives them) to `units`, so that a compiler can
  /// keep every phrase in one buffer; false, with nothing appended, when the phrase has no word
  /// byte.
  static func appendPhraseUnits(
    _ bytes: UnsafeBufferPointer<UInt8>, folding: Bool, to units: inout [UInt8]
  ) -> Bool {
    // Most names of a lexicon are words joined by single spaces, with no control byte, no
    // U+0080–U+00BF (lead byte C2: the no-break space) and no U+2000–U+2FFF (lead byte E2: ’
    // and the typographic punctuation): their units are their bytes (A–Z folded), with no
    // space run, ’ or trimming to read unit by unit. Every other byte >= 0x80 is a word byte.
    var previousIsSpace = true
    var hasWord = false
    for byte in bytes {
      if byte == 0x20 {
        if previousIsSpace {
          return appendPhraseUnitsByUnit(bytes, folding: folding, to: &units)
        }
        previousIsSpace = true
      } else if byte &- 0x21 < 0x5E {
        previousIsSpace = false
        if !hasWord && isASCIIWord(byte) { hasWord = true }
      } else if byte >= 0x80 && byte != 0xC2 && byte != 0xE2 {
        previousIsSpace = false
        hasWord = true
      } else {
        return appendPhraseUnitsByUnit(bytes, folding: folding, to: &units)
      }
    }
    if previousIsSpace { return appendPhraseUnitsByUnit(bytes, folding: folding, to: &units) }
    guard hasWord else { return false }
    let start = units.count
    units.append(contentsOf: bytes)
    if folding {
      units.withUnsafeMutableBufferPointer { units in
        for index in start..<units.count where units[index] &- 0x41 < 26 {
          units[index] |= 0x20
        }
      }
    }
    return true
  }

  /// `appendPhraseUnits` for any phrase: its units read one at a time with `unit(at:)`.
  static func appendPhraseUnitsByUnit(
    _ bytes: UnsafeBufferPointer<UInt8>, folding: Bool, to units: inout [UInt8]
  ) -> Bool {
    var hasWord = false
    var position = 0
    while position < bytes.count && !hasWord {
      let (isWord, length) = classify(at: position, in: bytes)
      hasWord = isWord
      position += length
    }
    guard hasWord else { return false }
    // Into a scratch buffer (a phrase has no more units than bytes), then appended at once: an
    // append per unit cost a uniqueness and a capacity check each, for every phrase of the
    // lexicon at start-up.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { scratch in
      var count = 0
      position = 0
      while position < bytes.count {
        let (unit, next) = self.unit(at: position, in: bytes, folding: folding)
        if unit != 0x20 || count > 0 {
          scratch[count] = unit
          count += 1
        }
        position = next
      }
      if count > 0 && scratch[count - 1] == 0x20 { count -= 1 }
      units.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<count]))
    }
    return true
  }
}
