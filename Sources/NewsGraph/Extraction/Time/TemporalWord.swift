/// One word of the text searched for dates: a maximal run of ASCII letters and digits, or of
/// bytes of non-ASCII scalars (so "Mayé" is one word and never the month). Hyphens, apostrophes
/// and slashes separate words; what separates a word from the previous one is kept, because
/// "January 12, 2023" and "12/01/2023" differ only there. What the word can mean in a date is
/// worked out once, when the text is split.
struct TemporalWord {
  /// Byte range in the text.
  var bytes: Range<Int>
  /// The bytes between the previous word (or the start of the text) and this one.
  var gapBefore: Range<Int>
  /// The first byte is an ASCII capital letter.
  var isCapitalized: Bool
  /// The vocabulary word it is, compared in ASCII lower case.
  var term: TemporalTerm?
  /// The word read as a whole number of at most four digits.
  var number: Int?
  /// The word read as a day of the month: "5", "05", "5th", "21st", "22nd", "23rd" (1…31).
  var dayOfMonth: Int?

  /// The word read as a year of news (four digits, 1900…2100).
  var year: Int? {
    guard bytes.count == 4, let number, (1900...2100).contains(number) else { return nil }
    return number
  }

  /// Splits `bytes` into words; `lower` is `bytes` in ASCII lower case.
  /// - Complexity: O(n) in the number of bytes.
  static func words(in bytes: [UInt8], lower: [UInt8]) -> [TemporalWord] {
    var words: [TemporalWord] = []
    // About one word per six bytes of news text: one allocation instead of a growth series.
    words.reserveCapacity(bytes.count / 6 + 1)
    var position = 0
    var previousEnd = 0
    while position < bytes.count {
      let (isWord, length) = classify(at: position, in: bytes)
      guard isWord else {
        position += length
        continue
      }
      let start = position
      while position < bytes.count {
        let (isWord, length) = classify(at: position, in: bytes)
        guard isWord else { break }
        position += length
      }
      let lowered = lower[start..<position]
      let first = bytes[start]
      let startsWithDigit = first &- 0x30 < 10
      words.append(
        TemporalWord(
          bytes: start..<position, gapBefore: previousEnd..<start,
          isCapitalized: first &- 0x41 < 26,
          term: startsWithDigit || first >= 0x80 ? nil : TemporalTerm.lookup(lowered),
          number: startsWithDigit ? number(lowered) : nil,
          dayOfMonth: startsWithDigit ? dayOfMonth(lowered) : nil))
      previousEnd = position
    }
    return words
  }

  /// Whether the scalar at `position` belongs to a word, and its length in bytes. ASCII letters
  /// and digits do, and every non-ASCII scalar except spacing and punctuation that news copy
  /// puts around dates: U+00A0 no-break space, « », and the General Punctuation block
  /// U+2000–U+207F (curly quotes, dashes, thin spaces, ellipsis), so that “Monday” and
  /// Monday’s are found.
  static func classify(at position: Int, in bytes: [UInt8]) -> (isWord: Bool, length: Int) {
    let byte = bytes[position]
    if byte < 0x80 { return (byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26, 1) }
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    let next = position + 1 < bytes.count ? bytes[position + 1] : 0
    if byte == 0xC2 && (next == 0xA0 || next == 0xAB || next == 0xBB) { return (false, 2) }
    if byte == 0xE2 && (next == 0x80 || next == 0x81) { return (false, 3) }
    return (true, min(length, bytes.count - position))
  }

  private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    guard digits.count <= 4 else { return nil }
    var value = 0
    for byte in digits {
      guard byte &- 0x30 < 10 else { return nil }
      value = value * 10 + Int(byte &- 0x30)
    }
    return value
  }

  private static func dayOfMonth(_ lowered: ArraySlice<UInt8>) -> Int? {
    var digits = lowered
    if digits.count > 2 {
      let suffix = digits.suffix(2)
      if ["st", "nd", "rd", "th"].contains(where: { suffix.elementsEqual($0.utf8) }) {
        digits.removeLast(2)
      }
    }
    guard (1...2).contains(digits.count), let value = number(digits) else { return nil }
    return (1...31).contains(value) ? value : nil
  }
}
