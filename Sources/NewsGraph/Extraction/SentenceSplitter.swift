/// Splits an article's content lines into sentences, on UTF-8 bytes.
///
/// The rules, in order:
/// - A line break always ends a sentence: news paragraphs are lines, and a headline or caption
///   has no final full stop. Sentences never leave a content line.
/// - Within a line, a sentence ends after a run of `.`, `!`, `?` or `…`, optionally followed by
///   closing quotes or a bracket (`"` `”` `’` `'` `)`), when ASCII whitespace follows and then an
///   uppercase letter, a digit or an opening quote or bracket. So "…" before a lowercase word,
///   "2.3bn" and "$275mn." before lowercase never split.
/// - A single `.` directly after a known abbreviation ("Mr.", "U.S.", "Jan.") or a single
///   capital initial ("John F. Kennedy") does not end a sentence. The price: "Plan B. The" and
///   "in the U.S. The" stay one sentence.
/// - No sentence is longer than `maximumLength` bytes: a longer stretch is cut at its last
///   whitespace before the limit, or, with no whitespace at all, at the last scalar boundary
///   before it. This keeps a 100 MB line without punctuation linear and bounded.
///
/// - Complexity: O(n) in the text's length: each byte is looked at a bounded number of times
///   (the abbreviation look-back reads at most `longestAbbreviation` bytes).
public struct SentenceSplitter: Sendable {
  /// The longest sentence, in UTF-8 bytes.
  public var maximumLength: Int
  /// Lowercased abbreviations, with their final full stop.
  public var abbreviations: Set<String>

  public static let defaultMaximumLength = 4_000

  /// Abbreviations that, followed by a capitalised word, are not a sentence end.
  public static let standardAbbreviations: Set<String> = [
    "mr.", "mrs.", "ms.", "dr.", "st.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.",
    "prof.", "sen.", "rep.", "gov.", "jr.", "sr.", "vs.", "etc.", "e.g.", "i.e.", "no.", "u.s.",
    "u.k.", "u.n.", "e.u.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.", "mt.", "ft.", "cmdr.", "brig.", "pres.", "rev.", "hon.",
  ]

  /// Abbreviations are short; the look-back before a full stop stops here.
  static let longestAbbreviation = 8

  public init(
    maximumLength: Int = SentenceSplitter.defaultMaximumLength,
    abbreviations: Set<String> = SentenceSplitter.standardAbbreviations
  ) {
    precondition(maximumLength >= 8, "a sentence must hold at least a few scalars")
    self.maximumLength = maximumLength
    self.abbreviations = abbreviations
  }

  /// The article's sentences in text order, numbered from 0 (the title line's first sentence).
  public func sentences(in article: Article) -> [Sentence] {
    let bytes = Array(article.text.utf8)
    var offsets = TextOffsets(utf8: bytes)
    var sentences: [Sentence] = []
    for range in sentenceRanges(in: bytes, lines: article.contentLines) {
      let start = offsets.scalarOffset(ofByte: range.lowerBound)
      let end = offsets.scalarOffset(ofByte: range.upperBound)
      sentences.append(Sentence(index: sentences.count, bytes: range, scalars: start..<end))
    }
    return sentences
  }

  /// The byte ranges of the sentences of the given lines (each a range into `bytes`, in order).
  public func sentenceRanges(in bytes: [UInt8], lines: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for line in lines { split(line, in: bytes, into: &result) }
    return result
  }

  private func split(_ line: Range<Int>, in bytes: [UInt8], into result: inout [Range<Int>]) {
    let end = line.upperBound
    func skipSpaces(_ from: Int) -> Int {
      var index = from
      while index < end && BoilerplateFilter.isSpace(bytes[index]) { index += 1 }
      return index
    }
    func emit(_ range: Range<Int>) {
      let trimmed = BoilerplateFilter.trimmed(range, in: bytes)
      if !trimmed.isEmpty { result.append(trimmed) }
    }
    var start = skipSpaces(line.lowerBound)
    var lastSpace = -1
    var index = start
    /// Cuts the current sentence so that it fits, while it reaches past `limit`.
    func enforceLimit(_ limit: Int) {
      while limit - start > maximumLength {
        var cut: Int
        if lastSpace > start {
          cut = lastSpace
        } else {
          cut = start + maximumLength
          while cut > start && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        }
        emit(start..<cut)
        start = skipSpaces(cut)
        lastSpace = -1
      }
    }
    while index < end {
      enforceLimit(index)
      if index < start { index = start }
      guard index < end else { break }
      let byte = bytes[index]
      if BoilerplateFilter.isSpace(byte) {
        lastSpace = index
        index += 1
        continue
      }
      guard let stop = terminatorLength(at: index, in: bytes, end: end) else {
        // A run of bytes that are neither whitespace nor a terminator's first byte changes
        // nothing: it is skipped at once, but never past where `enforceLimit` would cut.
        index += 1
        let limit = min(end, start + maximumLength + 1)
        while index < limit && !Self.mayEndOrBreak(bytes[index]) { index += 1 }
        continue
      }
      // The run of terminators, then closing quotes and brackets.
      var after = index + stop
      var terminators = 1
      while after < end, let more = terminatorLength(at: after, in: bytes, end: end) {
        after += more
        terminators += 1
      }
      var closed = false
      while after < end, let more = closerLength(at: after, in: bytes, end: end) {
        after += more
        closed = true
      }
      if after < end && BoilerplateFilter.isSpace(bytes[after]) {
        let next = skipSpaces(after)
        let abbreviated =
          byte == UInt8(ascii: ".") && terminators == 1 && !closed
          && isAbbreviation(before: index, lineStart: line.lowerBound, in: bytes)
        if next < end && startsSentence(at: next, in: bytes, end: end) && !abbreviated {
          enforceLimit(after)
          emit(start..<after)
          start = next
          lastSpace = -1
          index = next
          continue
        }
      }
      index = after
    }
    enforceLimit(end)
    if start < end { emit(start..<end) }
  }

  /// Whether the byte is whitespace or may start a terminator (`.` `!` `?`, or E2 of `…`): the
  /// only bytes the splitter looks at more closely.
  @inline(__always)
  static func mayEndOrBreak(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x20, 0x09...0x0D, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0xE2: true
    default: false
    }
  }

  /// The byte length of a sentence terminator at `index` (`.` `!` `?` or `…`), or nil.
  private func terminatorLength(at index: Int, in bytes: [UInt8], end: Int) -> Int? {
    switch bytes[index] {
    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): 1
    case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6: 3
    default: nil
    }
  }

  /// The byte length of a closing quote or bracket at `index` (`"` `'` `)` `”` `’`), or nil.
  private func closerLength(at index: Int, in bytes: [UInt8], end: Int) -> Int? {
    switch bytes[index] {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"): 1
    case 0xE2
    where index + 2 < end && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99):
      3
    default: nil
    }
  }

  /// Whether a sentence may start at `index`: an uppercase or titlecase letter, a digit, or an
  /// opening quote or bracket.
  private func startsSentence(at index: Int, in bytes: [UInt8], end: Int) -> Bool {
    let byte = bytes[index]
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["): return true
    case 0x00..<0x80: return false
    default: break
    }
    // Opening curly quotes “ ‘ and guillemet «.
    if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98)
    {
      return true
    }
    if byte == 0xC2 && index + 1 < end && bytes[index + 1] == 0xAB { return true }
    guard let scalar = Self.scalar(at: index, in: bytes, end: end) else { return false }
    return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
  }

  /// Whether the word that ends at the full stop at `period` is an abbreviation or an initial.
  private func isAbbreviation(before period: Int, lineStart: Int, in bytes: [UInt8]) -> Bool {
    var start = period
    while start > lineStart {
      let byte = bytes[start - 1]
      if BoilerplateFilter.isSpace(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"")
        || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "[")
      {
        break
      }
      // The last byte of an opening curly quote “ (E2 80 9C) or ‘ (E2 80 98).
      if (byte == 0x9C || byte == 0x98) && start - 3 >= lineStart && bytes[start - 3] == 0xE2
        && bytes[start - 2] == 0x80
      {
        break
      }
      start -= 1
      if period - start > Self.longestAbbreviation { return false }
    }
    let word = bytes[start..<period]
    guard let first = word.first else { return false }
    if word.count == 1 && first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return true }
    let lowered = word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 } + [UInt8(ascii: ".")]
    return abbreviations.contains(String(decoding: lowered, as: UTF8.self))
  }

  /// The scalar whose UTF-8 encoding starts at `index` (the text is valid UTF-8).
  static func scalar(at index: Int, in bytes: [UInt8], end: Int) -> Unicode.Scalar? {
    let lead = bytes[index]
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC0..<0xE0:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0..<0xF0:
      length = 3
      value = UInt32(lead & 0x0F)
    case 0xF0..<0xF8:
      length = 4
      value = UInt32(lead & 0x07)
    default: return nil
    }
    guard index + length <= end else { return nil }
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return Unicode.Scalar(value)
  }
}
