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
  ///
  /// Read on UTF-8 bytes: every rule below accepts ASCII only (a non-ASCII scalar is never a
  /// letter, digit, hyphen or "s" here), so a word with any non-ASCII byte is no designation.
  static func designation(_ word: String) -> String? {
    var copy = word
    return copy.withUTF8 { bytes -> String? in
      func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
      func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
      func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
      guard let first = bytes.first, isUpper(first) else { return nil }
      var index = 0
      while index < bytes.count && isLetter(bytes[index]) { index += 1 }
      let prefixLength = index
      guard prefixLength <= 8 else { return nil }
      let hyphen = index < bytes.count && bytes[index] == UInt8(ascii: "-")
      if hyphen { index += 1 }
      let digitsStart = index
      var number = 0
      while index < bytes.count && isDigit(bytes[index]) {
        number = number &* 10 &+ Int(bytes[index] &- 0x30)
        index += 1
      }
      let digits = index - digitsStart
      guard digits >= 1 && digits <= 4 else { return nil }
      if !hyphen && (prefixLength > 3 || digits < 2) { return nil }
      if digits == 4 && prefixLength >= 3 && (1900...2099).contains(number) { return nil }
      if index < bytes.count && isUpper(bytes[index]) { index += 1 }
      let end = index
      if index < bytes.count && bytes[index] == UInt8(ascii: "s") { index += 1 }
      guard index == bytes.count else { return nil }
      let prefix = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[0..<prefixLength]), as: UTF8.self)
      guard !refusedPrefixes.contains(prefix) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
    }
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
