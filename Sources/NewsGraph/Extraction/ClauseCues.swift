/// Clause boundaries of a sentence, found on UTF-8 bytes, that limit how far a cue reaches.
///
/// A boundary is `;`, `?`, `!`, a `:` followed by a space or quote, a quote mark (`"`, “, ”), a
/// dash between spaces (" - ", " – ", " — ") and the words "but", "while", "whereas",
/// "although", "though" and "however" after a space or comma. Quote marks are boundaries on
/// both sides, so a quotation is a clause of its own; a scare-quoted word splits its clause,
/// which only makes cues reach less far.
enum ClauseCues {
  private static let boundaryWords: [[UInt8]] = [
    "but", "while", "whereas", "although", "though", "however",
  ].map { Array($0.utf8) }

  /// The byte range of the clause holding `range`: from just after the last boundary that ends
  /// at or before `range.lowerBound` to the first boundary starting at or after
  /// `range.upperBound`.
  static func clause(containing range: Range<Int>, in text: [UInt8]) -> Range<Int> {
    clause(containing: range, boundaries: boundaries(in: text), count: text.count)
  }

  /// `clause(containing:in:)` from the text's `boundaries(in:)`, already found, and its length.
  static func clause(containing range: Range<Int>, boundaries: [Range<Int>], count: Int)
    -> Range<Int>
  {
    var lower = 0
    var upper = count
    for boundary in boundaries {
      if boundary.upperBound <= range.lowerBound { lower = max(lower, boundary.upperBound) }
      if boundary.lowerBound >= range.upperBound {
        upper = min(upper, boundary.lowerBound)
        break
      }
    }
    return lower..<max(lower, upper)
  }

  /// Every boundary's byte range, in order.
  static func boundaries(in text: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var index = 0
    let count = text.count
    while index < count {
      let byte = text[index]
      switch byte {
      case UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "\""):
        result.append(index..<index + 1)
      case UInt8(ascii: ":"):
        if index + 1 == count || text[index + 1] == 0x20 || text[index + 1] == 0x22
          || text[index + 1] == 0xE2
        {
          result.append(index..<index + 1)
        }
      case 0xE2 where index + 2 < count && text[index + 1] == 0x80:
        let tail = text[index + 2]
        if tail == 0x9C || tail == 0x9D {
          result.append(index..<index + 3)
        } else if (tail == 0x93 || tail == 0x94) && isSpace(before: index, in: text) {
          result.append(index..<index + 3)
        }
        index += 3
        continue
      case UInt8(ascii: "-"):
        if isSpace(before: index, in: text) && index + 1 < count && text[index + 1] == 0x20 {
          result.append(index..<index + 1)
        }
      case UInt8(ascii: " "), UInt8(ascii: ","):
        if let word = boundaryWord(after: index + 1, in: text) { result.append(word) }
      default: break
      }
      index += 1
    }
    return result
  }

  private static func isSpace(before index: Int, in text: [UInt8]) -> Bool {
    index > 0 && text[index - 1] == 0x20
  }

  /// The range of a boundary word starting at `start` (after optional spaces), if any.
  private static func boundaryWord(after start: Int, in text: [UInt8]) -> Range<Int>? {
    var begin = start
    while begin < text.count && text[begin] == 0x20 { begin += 1 }
    guard begin < text.count, isLetter(text[begin]) else { return nil }
    // Most words after a space start with none of the boundary words' letters ("but", "while",
    // "whereas", "although", "though", "however"): one test instead of six comparisons.
    switch text[begin] | 0x20 {
    case UInt8(ascii: "b"), UInt8(ascii: "w"), UInt8(ascii: "a"), UInt8(ascii: "t"),
      UInt8(ascii: "h"):
      break
    default: return nil
    }
    for word in boundaryWords {
      let end = begin + word.count
      guard end <= text.count else { continue }
      var same = true
      for offset in 0..<word.count where text[begin + offset] | 0x20 != word[offset] {
        same = false
        break
      }
      if same && (end == text.count || !isLetter(text[end])) { return begin..<end }
    }
    return nil
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte >= 0x80
  }
}
