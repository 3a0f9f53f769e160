/// Names introduced with their acronym in parentheses: "Jama'at Nusrat al-Islam wal-Muslimin
/// (JNIM)", "Office of Foreign Assets Control (OFAC)". The acronym (two to eight uppercase ASCII
/// letters) must be the initials of the words right before the parenthesis: a capitalized word
/// gives its first letter, a particle compound its first capital after the hyphen ("al-Islam" →
/// I), connectors ("of", "and", "the") and pieces glued by an apostrophe ("Jama'at") give none.
///
/// Two mentions come out with one candidate: the name (type Organization, or WeaponSystem when
/// the name ends in a weapon word such as "System" or "Missile") and the acronym, so the
/// resolver records the acronym as an alias. When a lexicon mention spans exactly the name, the
/// acronym takes its candidates and type and no name mention is added.
struct AcronymRule {
  static let connectors: WordSet = ["of", "and", "for", "the", "on", "in", "de", "du", "des"]
  static let weaponWords: WordSet = ["System", "Missile", "Vehicle", "Launcher", "Rocket"]

  func mentions(in tokens: SentenceTokens, lexicon: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for index in tokens.words.indices where index > 0 {
      let word = tokens.words[index]
      guard word.lowerBound >= 1, tokens.bytes[word.lowerBound - 1] == UInt8(ascii: "("),
        word.upperBound < tokens.range.upperBound,
        tokens.bytes[word.upperBound] == UInt8(ascii: ")"),
        let letters = Self.acronymLetters(tokens.text(index)),
        SentenceTokens.isSpace(
          tokens.bytes[tokens.words[index - 1].upperBound..<(word.lowerBound - 1)]),
        let first = nameStart(before: index, initials: letters, in: tokens)
      else { continue }
      let name = tokens.words[first].lowerBound..<tokens.words[index - 1].upperBound
      let acronym = tokens.text(index)
      if let known = lexicon.first(where: { $0.bytes == name }) {
        if !lexicon.contains(where: { $0.bytes == word }) {
          result.append(
            Mention(
              document: "", sentence: 0, bytes: word, scalars: 0..<0, text: acronym,
              candidates: known.candidates, type: known.type, method: .acronym))
        }
        continue
      }
      guard !lexicon.contains(where: { $0.bytes.overlaps(name) }) else { continue }
      let text = tokens.text(from: first, through: index - 1)
      guard let slug = MentionSlug.make(text) else { continue }
      let type =
        Self.weaponWords.contains(word: index - 1, in: tokens) ? "WeaponSystem" : "Organization"
      result.append(
        Mention(
          document: "", sentence: 0, bytes: name, scalars: 0..<0, text: text, candidates: [slug],
          type: type, method: .acronym))
      result.append(
        Mention(
          document: "", sentence: 0, bytes: word, scalars: 0..<0, text: acronym,
          candidates: [slug], type: type, method: .acronym))
    }
    return result
  }

  /// The uppercase letters of an acronym word, nil when it is not one.
  static func acronymLetters(_ word: String) -> [UInt8]? {
    let bytes = Array(word.utf8)
    guard (2...8).contains(bytes.count), bytes.allSatisfy({ $0 &- 0x41 < 26 }) else { return nil }
    return bytes
  }

  /// The first word of the name whose initials, read back from the word before `acronym`, are
  /// `initials`; nil when a word that is not part of a name comes first.
  private func nameStart(before acronym: Int, initials: [UInt8], in tokens: SentenceTokens)
    -> Int?
  {
    var remaining = initials
    var index = acronym - 1
    while index >= 0 {
      let text = tokens.text(index)
      let glued = index > 0 && Self.isApostropheGap(tokens, before: index)
      if glued && !tokens.isCapitalized(index) {
        index -= 1
        continue
      }
      if Self.connectors.contains(text) {
        guard remaining.count < initials.count else { return nil }
      } else {
        guard let initial = Self.initial(of: text, capitalized: tokens.isCapitalized(index)),
          remaining.last == initial
        else { return nil }
        remaining.removeLast()
        if remaining.isEmpty { return index }
      }
      guard index > 0, tokens.isSpaceAfter(index - 1) else { return nil }
      index -= 1
    }
    return nil
  }

  /// The initial a name word contributes: its first letter when capitalized (ASCII uppercase of
  /// a Latin letter, else the raw first byte), the first capital after a hyphen otherwise.
  static func initial(of word: String, capitalized: Bool) -> UInt8? {
    let bytes = Array(word.utf8)
    if capitalized { return bytes.first }
    guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")), hyphen + 1 < bytes.count,
      bytes[hyphen + 1] &- 0x41 < 26
    else { return nil }
    return bytes[hyphen + 1]
  }

  /// Whether an apostrophe alone separates the word from the one before ("Jama'at").
  static func isApostropheGap(_ tokens: SentenceTokens, before index: Int) -> Bool {
    let gap = tokens.bytes[tokens.words[index - 1].upperBound..<tokens.words[index].lowerBound]
    return Array(gap) == [UInt8(ascii: "'")] || Array(gap) == [0xE2, 0x80, 0x99]
  }

  /// Whether word `index` may equal an acronym (as `acronymLetters` accepts it) by `String`
  /// equality: two to eight ASCII capitals, or a word with a non-ASCII scalar whose normal form
  /// is ASCII (KELVIN SIGN equals "K"). A byte-level filter before a String is made of the word.
  static func mayBeAcronym(_ index: Int, in tokens: SentenceTokens) -> Bool {
    let range = tokens.words[index]
    guard tokens.keys[index].isASCII else { return tokens.keys[index].mayEqualASCII }
    return (2...8).contains(range.count) && tokens.bytes[range].allSatisfy { $0 &- 0x41 < 26 }
  }

  /// Bare uses, in a later sentence, of acronyms introduced earlier in the article ("… (JNIM)"
  /// … "JNIM fighters"): the same candidates and type. Words inside `existing` mentions are
  /// left alone.
  static func laterMentions(
    of acronyms: [String: Mention], in tokens: SentenceTokens, existing: [Mention]
  ) -> [Mention] {
    guard !acronyms.isEmpty else { return [] }
    var result: [Mention] = []
    for index in tokens.words.indices where mayBeAcronym(index, in: tokens) {
      let word = tokens.words[index]
      guard let known = acronyms[tokens.text(index)],
        !existing.contains(where: { $0.bytes.overlaps(word) })
      else { continue }
      result.append(
        Mention(
          document: "", sentence: 0, bytes: word, scalars: 0..<0, text: known.text,
          candidates: known.candidates, type: known.type, method: .acronym))
    }
    return result
  }
}
