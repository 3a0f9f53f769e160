/// Weapon designations the lexicon lacks: a capitalized letter prefix, an optional hyphen, digits
/// and at most one uppercase variant letter ("Su-35", "T-90", "S-400", "MiG-29", "Kh-101",
/// "Shahed-136", "Su-35S", "M777"); a plural "s" ("F-16s") is kept in the text but dropped from
/// the id. Without a hyphen the prefix is 1–3 letters and the number 2–4 digits ("M777", not
/// "Q4"). Prefixes that name other things (COVID-19, G20, MH17) are refused, and so are years
/// after a word of three or more letters ("Kyiv-2022").
struct DesignationRule {
  static let refusedPrefixes: Set<String> = [
    "COVID", "Covid", "G", "MH", "Q", "P", "No", "Article", "Level", "Phase",
    "Section", "Room", "Flight", "Route", "Day", "Category", "Class", "Group", "Version",
  ]

  /// The id-bearing form (without a plural "s") of a word that is a designation, else nil.
  static func designation(_ word: String) -> String? {
    let scalars = Array(word.unicodeScalars)
    var index = 0
    func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x41 < 26 }
    func isLetter(_ scalar: Unicode.Scalar) -> Bool { (scalar.value | 0x20) &- 0x61 < 26 }
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x30 < 10 }
    guard let first = scalars.first, isUpper(first) else { return nil }
    while index < scalars.count && isLetter(scalars[index]) { index += 1 }
    let prefixLength = index
    guard prefixLength <= 8 else { return nil }
    let hyphen = index < scalars.count && scalars[index] == "-"
    if hyphen { index += 1 }
    let digitsStart = index
    while index < scalars.count && isDigit(scalars[index]) { index += 1 }
    let digits = index - digitsStart
    guard digits >= 1 && digits <= 4 else { return nil }
    if !hyphen && (prefixLength > 3 || digits < 2) { return nil }
    if digits == 4 && prefixLength >= 3,
      let number = Int(String(String.UnicodeScalarView(scalars[digitsStart..<index]))),
      (1900...2099).contains(number)
    {
      return nil
    }
    if index < scalars.count && isUpper(scalars[index]) { index += 1 }
    let end = index
    if index < scalars.count && scalars[index] == "s" { index += 1 }
    guard index == scalars.count else { return nil }
    let prefix = String(String.UnicodeScalarView(scalars[0..<prefixLength]))
    guard !refusedPrefixes.contains(prefix) else { return nil }
    return String(String.UnicodeScalarView(scalars[0..<end]))
  }

  /// A byte-level filter run on every word before any string is made: a designation starts
  /// with an ASCII capital and holds a digit.
  static func mayBeDesignation(_ word: Range<Int>, in tokens: SentenceTokens) -> Bool {
    guard tokens.bytes[word.lowerBound] &- 0x41 < 26 else { return false }
    return tokens.bytes[word].contains { $0 &- 0x30 < 10 }
  }

  func mentions(in tokens: SentenceTokens) -> [Mention] {
    var result: [Mention] = []
    for index in tokens.words.indices where Self.mayBeDesignation(tokens.words[index], in: tokens) {
      guard let name = Self.designation(tokens.text(index)), let id = MentionSlug.make(name)
      else { continue }
      result.append(
        Mention(
          document: "", sentence: 0, bytes: tokens.words[index], scalars: 0..<0,
          text: tokens.text(index), candidates: [id], type: "WeaponSystem",
          method: .designation))
    }
    return result
  }
}
