/// The byte-level reader behind `MoneyAmount.amounts(in:range:)`.
struct MoneyScanner {
  let bytes: [UInt8]
  let range: Range<Int>

  /// Signs written before the number, longest first so "US$" wins over "$".
  static let prefixSigns: [(text: [UInt8], currency: String)] = [
    ("US$", "USD"), ("C$", "CAD"), ("A$", "AUD"), ("$", "USD"), ("£", "GBP"), ("€", "EUR"),
    ("¥", "JPY"), ("₴", "UAH"), ("₽", "RUB"), ("₹", "INR"),
  ].map { (Array($0.0.utf8), $0.1) }

  static let codes: Set<String> = [
    "USD", "EUR", "GBP", "UAH", "RUB", "CAD", "JPY", "AUD", "CHF", "CNY", "INR", "PLN", "SEK",
    "NOK", "DKK", "TRY", "ILS", "IRR", "KRW",
  ]

  /// Currency words after the number (lower case; two-word forms first).
  static let suffixWords: [(words: [String], currency: String)] = [
    (["us", "dollars"], "USD"), (["canadian", "dollars"], "CAD"),
    (["australian", "dollars"], "AUD"), (["pounds", "sterling"], "GBP"),
    (["dollars"], "USD"), (["dollar"], "USD"), (["euros"], "EUR"), (["euro"], "EUR"),
    (["pounds"], "GBP"), (["sterling"], "GBP"), (["hryvnias"], "UAH"), (["hryvnia"], "UAH"),
    (["hryvnas"], "UAH"), (["roubles"], "RUB"), (["rubles"], "RUB"), (["yen"], "JPY"),
    (["yuan"], "CNY"), (["rupees"], "INR"), (["zlotys"], "PLN"), (["zloty"], "PLN"),
  ]

  static let multipliers: [String: Double] = [
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "b": 1e9,
    "bn": 1e9, "bln": 1e9, "billion": 1e9, "tn": 1e12, "trn": 1e12, "trillion": 1e12,
  ]

  /// Whether an amount can start with this byte: a digit, `$`, the first byte of a sign
  /// (`US$`, `C$`, `A$`, `£`, `€`, `¥`, `₴`, `₽`, `₹`) or of an ISO code (an upper-case letter).
  /// Most bytes of a sentence are none of these, so the scan skips them without trying a match.
  static func mayStartAmount(_ byte: UInt8) -> Bool {
    isDigit(byte) || byte &- 0x41 < 26 || byte == UInt8(ascii: "$") || byte == 0xC2
      || byte == 0xE2
  }

  static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Whether a word (letter, digit or non-ASCII byte) ends right before `position`.
  func isWordBefore(_ position: Int) -> Bool {
    guard position > range.lowerBound else { return false }
    let byte = bytes[position - 1]
    return Self.isLetter(byte) || Self.isDigit(byte) || byte >= 0x80
  }

  func isLetter(at position: Int) -> Bool {
    position < range.upperBound && Self.isLetter(bytes[position])
  }

  /// The amount starting exactly at `position`, if one does.
  func amount(at position: Int) -> MoneyAmount? {
    // No sign or code starts with a digit: a number is read as one without trying them.
    if position >= range.upperBound || !Self.isDigit(bytes[position]),
      let (currency, afterSign) = prefixCurrency(at: position)
    {
      guard let lower = number(at: afterSign) else { return nil }
      var end = lower.end
      var value = lower.value
      let multiplier = self.multiplier(at: end)
      if let multiplier {
        value *= multiplier.factor
        end = multiplier.end
      }
      if let upper = upperBound(after: end, lowerHasMultiplier: multiplier != nil) {
        if multiplier == nil { value *= upper.factor }
        return MoneyAmount(
          amount: value, currency: currency, bytes: position..<upper.end, upperAmount: upper.value)
      }
      return MoneyAmount(amount: value, currency: currency, bytes: position..<end)
    }
    guard !isWordBefore(position), position < range.upperBound, Self.isDigit(bytes[position]),
      let lower = number(at: position)
    else { return nil }
    var end = lower.end
    var value = lower.value
    if let multiplier = multiplier(at: end) {
      value *= multiplier.factor
      end = multiplier.end
    }
    guard let suffix = suffixCurrency(at: end) else { return nil }
    return MoneyAmount(amount: value, currency: suffix.currency, bytes: position..<suffix.end)
  }

  /// A currency sign or an ISO code plus space at `position`: the currency and where the
  /// number should start.
  private func prefixCurrency(at position: Int) -> (String, Int)? {
    guard !isWordBefore(position) else { return nil }
    for sign in Self.prefixSigns where matches(sign.text, at: position) {
      return (sign.currency, position + sign.text.count)
    }
    guard position + 4 <= range.upperBound, bytes[position + 3] == UInt8(ascii: " "),
      bytes[position] &- 0x41 < 26, bytes[position + 1] &- 0x41 < 26,
      bytes[position + 2] &- 0x41 < 26
    else { return nil }
    let code = String(decoding: bytes[position..<position + 3], as: UTF8.self)
    guard Self.codes.contains(code), bytes[position + 3] == UInt8(ascii: " ") else { return nil }
    return (code, position + 4)
  }

  private func matches(_ text: [UInt8], at position: Int) -> Bool {
    guard position + text.count <= range.upperBound else { return false }
    for (offset, byte) in text.enumerated() where bytes[position + offset] != byte {
      return false
    }
    return true
  }

  /// Digits with optional thousands commas ("1,200,000") and decimals ("2.3"). Computed from an
  /// integer mantissa so "2.3" times a billion is exactly 2300000000.
  private func number(at position: Int) -> (value: Double, end: Int)? {
    var cursor = position
    var mantissa: Double = 0
    var decimals = 0
    var digits = 0
    var inFraction = false
    while cursor < range.upperBound {
      let byte = bytes[cursor]
      if Self.isDigit(byte) {
        mantissa = mantissa * 10 + Double(byte - 0x30)
        digits += 1
        if inFraction { decimals += 1 }
        cursor += 1
      } else if byte == UInt8(ascii: ","), !inFraction, digits > 0, isThousandsGroup(at: cursor + 1)
      {
        cursor += 1
      } else if byte == UInt8(ascii: "."), !inFraction, digits > 0,
        cursor + 1 < range.upperBound, Self.isDigit(bytes[cursor + 1])
      {
        inFraction = true
        cursor += 1
      } else {
        break
      }
    }
    guard digits > 0 else { return nil }
    var value = mantissa
    for _ in 0..<decimals { value /= 10 }
    return (value, cursor)
  }

  /// Whether exactly three digits start at `position` (after a thousands comma).
  private func isThousandsGroup(at position: Int) -> Bool {
    guard position + 3 <= range.upperBound else { return false }
    for offset in 0..<3 where !Self.isDigit(bytes[position + offset]) { return false }
    return position + 3 == range.upperBound || !Self.isDigit(bytes[position + 3])
  }

  /// A multiplier glued to the number or after one space, ending at a non-letter.
  private func multiplier(at position: Int) -> (factor: Double, end: Int)? {
    var start = position
    if start < range.upperBound && bytes[start] == UInt8(ascii: " ") { start += 1 }
    var end = start
    while isLetter(at: end) { end += 1 }
    guard end > start else { return nil }
    // Every multiplier starts with k, m, b or t and has at most eight letters: the word after
    // most numbers ("2,000 troops" aside) is ruled out without making a string of it.
    switch bytes[start] | 0x20 {
    case UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "b"), UInt8(ascii: "t"): break
    default: return nil
    }
    guard end - start <= 8 else { return nil }
    let word = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    guard let factor = Self.multipliers[word] else { return nil }
    // A glued single letter must really be glued ("5m"), not the article "a".
    if start > position && word.count == 1 { return nil }
    return (factor, end)
  }

  /// A currency word or ISO code after one space at `position`.
  ///
  /// Words here are runs of ASCII letters, so they are compared as bytes, folded to lower case
  /// where the table is lower case: no string is made for the words after every number.
  private func suffixCurrency(at position: Int) -> (currency: String, end: Int)? {
    guard position < range.upperBound, bytes[position] == UInt8(ascii: " ") else { return nil }
    var words: [Range<Int>] = []
    words.reserveCapacity(2)
    var cursor = position
    while words.count < 2, cursor < range.upperBound, bytes[cursor] == UInt8(ascii: " ") {
      let start = cursor + 1
      var end = start
      while isLetter(at: end) { end += 1 }
      guard end > start else { break }
      words.append(start..<end)
      cursor = end
    }
    guard let first = words.first else { return nil }
    if first.count == 3 {
      let code = String(decoding: bytes[first], as: UTF8.self)
      if Self.codes.contains(code) { return (code, first.upperBound) }
    }
    for form in Self.suffixForms where form.words.count <= words.count {
      var same = true
      for (word, expected) in zip(words, form.words) where !isFolded(word, equalTo: expected) {
        same = false
        break
      }
      if same { return (form.currency, words[form.words.count - 1].upperBound) }
    }
    return nil
  }

  /// `suffixWords` as UTF-8 bytes.
  static let suffixForms: [(words: [[UInt8]], currency: String)] = suffixWords.map {
    ($0.words.map { Array($0.utf8) }, $0.currency)
  }

  /// Whether the ASCII letters at `word` read `expected` (lower case) when folded to lower case.
  private func isFolded(_ word: Range<Int>, equalTo expected: [UInt8]) -> Bool {
    guard word.count == expected.count else { return false }
    for (offset, position) in word.enumerated() where bytes[position] | 0x20 != expected[offset] {
      return false
    }
    return true
  }

  /// The upper bound of a range after `position`: "-", "–" or " to ", then an optional repeated
  /// sign, a number and a multiplier.
  private func upperBound(after position: Int, lowerHasMultiplier: Bool) -> (
    value: Double, factor: Double, end: Int
  )? {
    var cursor = position
    if matches(Array("-".utf8), at: cursor) {
      cursor += 1
    } else if matches(Array("–".utf8), at: cursor) {
      cursor += 3
    } else if matches(Array(" to ".utf8), at: cursor) {
      cursor += 4
    } else {
      return nil
    }
    for sign in Self.prefixSigns where matches(sign.text, at: cursor) {
      cursor += sign.text.count
      break
    }
    guard cursor < range.upperBound, Self.isDigit(bytes[cursor]), let upper = number(at: cursor)
    else { return nil }
    guard let multiplier = multiplier(at: upper.end) else {
      // "$2-$3": plain numbers on both sides; "$2bn-3" is no range.
      return lowerHasMultiplier ? nil : (upper.value, 1, upper.end)
    }
    return (upper.value * multiplier.factor, multiplier.factor, multiplier.end)
  }
}
