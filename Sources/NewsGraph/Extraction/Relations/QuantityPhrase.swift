/// A count written before a noun: "more than 300", "2,000", "a dozen", "several hundred",
/// "hundreds of", "ten".
///
/// Exact counts (digits, number words, "a dozen") give `value`; vague ones ("hundreds of",
/// "dozens of", "several hundred", "thousands of") give no value and keep their words as the
/// `qualifier`, as the gold annotations do. A qualifier before a number ("more than", "about",
/// "up to", "at least", "nearly", …) is kept in its lower-case form.
public struct QuantityPhrase: Sendable, Equatable {
  public var value: Int64?
  public var qualifier: String?

  public init(value: Int64?, qualifier: String?) {
    self.value = value
    self.qualifier = qualifier
  }

  static let units: [String: Int64] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
  ]
  static let scales: [String: Int64] = [
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "dozen": 12,
  ]
  static let vague: Set<String> = ["hundreds", "thousands", "dozens", "tens", "millions"]
  static let vagueModifiers: Set<String> = ["several", "a few", "few", "many"]
  /// Qualifiers, longest first so "more than" wins over "than".
  static let qualifiers: [[String]] = [
    ["no", "more", "than"], ["more", "than"], ["fewer", "than"], ["less", "than"],
    ["up", "to"], ["at", "least"], ["at", "most"], ["as", "many", "as"], ["some"], ["about"],
    ["around"], ["approximately"], ["roughly"], ["nearly"], ["almost"], ["over"], ["under"],
    ["only"], ["just"], ["exactly"],
  ]

  /// The quantity written in `words` (lower-case words that end right before the counted
  /// noun, e.g. ["supplying", "more", "than", "300"]), or nil when they end in no count.
  /// Up to `skippable` non-number words (adjectives such as "kamikaze") may stand between the
  /// count and the noun.
  public static func parse(before words: [String], skippable: Int = 0) -> QuantityPhrase? {
    for skip in 0...max(0, skippable) where skip < words.count {
      let end = words.count - skip
      if let found = parse(endingAt: end, in: words) { return found }
    }
    return nil
  }

  private static func parse(endingAt end: Int, in words: [String]) -> QuantityPhrase? {
    let last = end - 1
    guard last >= 0 else { return nil }
    if words[last] == "of" && last >= 1 && vague.contains(words[last - 1]) {
      return QuantityPhrase(value: nil, qualifier: words[last - 1])
    }
    var cursor = last
    var tokens: [String] = []
    while cursor >= 0 {
      let word = words[cursor]
      guard units[word] != nil || scales[word] != nil || number(word) != nil || word == "and"
      else { break }
      tokens.insert(word, at: 0)
      cursor -= 1
    }
    if cursor >= 0 && words[cursor] == "a", let first = tokens.first, scales[first] != nil {
      tokens.insert("a", at: 0)
      cursor -= 1
    }
    while tokens.first == "and" {
      tokens.removeFirst()
      cursor += 1
    }
    guard let first = tokens.first, tokens.last != "and" else { return nil }
    if scales[first] != nil {
      if cursor >= 0 && vagueModifiers.contains(words[cursor]) {
        return QuantityPhrase(
          value: nil, qualifier: words[cursor...last].joined(separator: " "))
      }
      return nil
    }
    var total: Int64 = 0
    var current: Int64 = 0
    for token in tokens {
      if token == "a" {
        current = 1
      } else if let unit = units[token] {
        current += unit
      } else if let digits = number(token) {
        current += digits
      } else if let scale = scales[token] {
        if scale >= 1_000 {
          total += max(current, 1) * scale
          current = 0
        } else {
          current = max(current, 1) * scale
        }
      }
    }
    let value = total + current
    for qualifier in qualifiers where qualifier.count <= cursor + 1 {
      let from = cursor + 1 - qualifier.count
      if Array(words[from...cursor]) == qualifier {
        return QuantityPhrase(value: value, qualifier: qualifier.joined(separator: " "))
      }
    }
    return QuantityPhrase(value: value, qualifier: nil)
  }

  /// Digits with optional thousands commas ("2,000"); nil for anything else.
  static func number(_ word: String) -> Int64? {
    let digits = word.utf8.filter { $0 != UInt8(ascii: ",") }
    guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0 &- 0x30 < 10 }) else {
      return nil
    }
    return Int64(String(decoding: digits, as: UTF8.self))
  }
}
