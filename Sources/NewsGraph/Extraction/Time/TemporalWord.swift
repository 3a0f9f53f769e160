/// One word of the text searched for dates: a maximal run of ASCII letters and digits, or of
/// bytes of non-ASCII scalars (so "Mayé" is one word and never the month). Hyphens, apostrophes
/// and slashes separate words; what separates a word from the previous one is kept, because
/// "January 12, 2023" and "12/01/2023" differ only there.
struct TemporalWord {
  /// Byte range in the text.
  var bytes: Range<Int>
  /// The word in ASCII lower case (non-ASCII bytes kept as they are): a slice of one lowered
  /// copy of the whole text, so that splitting allocates once, not once per word.
  var lowered: ArraySlice<UInt8>
  /// The first byte is an ASCII capital letter.
  var isCapitalized: Bool
  /// The bytes between the previous word (or the start of the text) and this one.
  var gapBefore: Range<Int>

  /// Splits `bytes` into words.
  /// - Complexity: O(n) in the number of bytes.
  static func words(in bytes: [UInt8]) -> [TemporalWord] {
    let lower = bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    var words: [TemporalWord] = []
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
      words.append(
        TemporalWord(
          bytes: start..<position, lowered: lower[start..<position],
          isCapitalized: bytes[start] &- 0x41 < 26,
          gapBefore: previousEnd..<start))
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

  /// The word read as a whole number of at most four digits.
  var number: Int? {
    guard !lowered.isEmpty, lowered.count <= 4 else { return nil }
    var value = 0
    for byte in lowered {
      guard byte &- 0x30 < 10 else { return nil }
      value = value * 10 + Int(byte &- 0x30)
    }
    return value
  }

  /// The word read as a day of the month: "5", "05", "5th", "21st", "22nd", "23rd" (1…31).
  var dayOfMonth: Int? {
    var digits = lowered
    if digits.count > 2,
      ["st", "nd", "rd", "th"].contains(where: { digits.suffix(2).elementsEqual($0.utf8) })
    {
      digits.removeLast(2)
    }
    guard (1...2).contains(digits.count) else { return nil }
    var value = 0
    for byte in digits {
      guard byte &- 0x30 < 10 else { return nil }
      value = value * 10 + Int(byte &- 0x30)
    }
    return (1...31).contains(value) ? value : nil
  }

  /// The word read as a year of news (four digits, 1900…2100).
  var year: Int? {
    guard lowered.count == 4, let value = number, (1900...2100).contains(value) else { return nil }
    return value
  }

  func `is`(_ text: StaticString) -> Bool {
    lowered.count == text.utf8CodeUnitCount
      && lowered.withUnsafeBufferPointer { buffer in
        text.withUTF8Buffer { buffer.elementsEqual($0) }
      }
  }

  func isOne(of texts: [StaticString]) -> Bool { texts.contains { `is`($0) } }
}
