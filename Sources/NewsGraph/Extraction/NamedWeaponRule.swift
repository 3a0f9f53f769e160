/// Weapons named before a weapon class. A class is a generic lexicon weapon (no country:
/// "missiles", "fighter jets", "submarines") or the word "interceptor(s)"/"missile(s)".
///
/// - A named weapon (a lexicon weapon with a country, or a designation) followed by the class,
///   with at most three capitalized words or compound modifiers between ("SCALP cruise
///   missiles", "Rafale Marine fighter jets", "K9 self-propelled howitzers", "J-16 fighter
///   jets"), is one mention of the named weapon: the class says what it is, not another weapon.
/// - One or two capitalized words that are no other mention, right before the class ("Meteor
///   air-to-air missiles", "the Tamir interceptor", "Scorpène-class submarines"), name a weapon
///   the lexicon lacks; its id is the slug of those words (without "-class").
/// - "Haluk Bayraktar" and other people are not touched: a capitalized word inside any other
///   mention, the first word of the sentence and function words never name a weapon.
struct NamedWeaponRule: Sendable {
  /// Generic classes of the lexicon (weapons without a country).
  let classes: Set<String>
  static let headWords: WordSet = ["interceptor", "interceptors", "missile", "missiles"]
  /// Lowercase words that may stand between a name and its class.
  static let modifiers: WordSet = [
    "interceptor", "self-propelled", "main", "battle", "attack", "combat", "multirole",
    "stealth", "guided", "long-range", "short-range", "medium-range", "air", "defence",
    "defense", "naval", "class",
  ]
  static let notNames = WordSet(
    TitledPersonRule.notNames.words.union(CueOrganizationRule.leadingStopWords.words).union([
      "New", "More", "Some", "Many", "Several", "Two", "Three", "Four", "Five", "Ten", "Western",
      "Soviet", "Enemy", "January", "February", "March", "April", "May", "June", "July",
      "August",
      "September", "October", "November", "December", "Israeli", "US", "Which", "These",
      "Those",
    ]))

  /// The slug of a designation that opens a lexicon weapon's longer name ("K9" of "K9
  /// Thunder") → those weapons: "K9 self-propelled howitzers" is the K9 Thunder.
  let byDesignation: [String: [String]]

  init(lexicon: Lexicon) {
    var found: [String: [String]] = [:]
    let entries = lexicon.entries
    let weapons = lexicon.positions(ofType: "WeaponSystem")
    for position in weapons {
      for index in -1..<entries[position].aliases.count {
        let name = index < 0 ? entries[position].label : entries[position].aliases[index]
        guard let first = Self.designationWord(of: name), let slug = MentionSlug.make(first)
        else { continue }
        let id = entries[position].id
        if !(found[slug] ?? []).contains(id) { found[slug, default: []].append(id) }
      }
    }
    byDesignation = found
    classes = Set(
      weapons.filter { (entries[$0].country ?? "").isEmpty }.map { entries[$0].id })
  }

  /// The first word of a name of several words (`name.split(separator: " ")`) when it holds a
  /// digit ("K9" of "K9 Thunder"), else nil.
  ///
  /// Decided on the bytes (a name without a digit, or whose spaces are characters of their
  /// own); otherwise by splitting the characters.
  static func designationWord(of name: String) -> String? {
    guard name.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
    let found = name.utf8.withContiguousStorageIfAvailable {
      bytes -> (isDecided: Bool, word: String?) in
      guard NameWords.spacesStandAlone(bytes) else { return (false, nil) }
      var start = 0
      while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: " ") { end += 1 }
      var rest = end
      while rest < bytes.count && bytes[rest] == UInt8(ascii: " ") { rest += 1 }
      let first = UnsafeBufferPointer(rebasing: bytes[start..<end])
      guard rest < bytes.count, first.contains(where: { $0 &- 0x30 < 10 }) else {
        return (true, nil)
      }
      return (true, String(decoding: first, as: UTF8.self))
    }
    if let found, found.isDecided { return found.word }
    let words = name.split(separator: " ")
    guard words.count > 1, words[0].utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
    return String(words[0])
  }

  func mentions(in tokens: SentenceTokens, lexicon: [Mention], designations: [Mention])
    -> [Mention]
  {
    var heads: [(bytes: Range<Int>, word: Int)] = []
    for mention in lexicon
    where mention.type == "WeaponSystem" && !mention.possessive
      && mention.candidates.allSatisfy({ classes.contains($0) })
    {
      if let word = tokens.firstWord(from: mention.bytes.lowerBound) {
        heads.append((mention.bytes, word))
      }
    }
    for index in tokens.words.indices where Self.headWords.contains(word: index, in: tokens) {
      let bytes = tokens.words[index]
      if !lexicon.contains(where: { $0.bytes.overlaps(bytes) }) { heads.append((bytes, index)) }
    }
    let named =
      lexicon.filter {
        $0.type == "WeaponSystem" && !$0.candidates.allSatisfy { classes.contains($0) }
      } + designations
    var result: [Mention] = []
    for head in heads {
      if let mention = namedBefore(head, named: named, in: tokens) {
        result.append(mention)
      } else if let mention = newName(before: head, lexicon: lexicon + designations, in: tokens) {
        result.append(mention)
      }
    }
    return result
  }

  /// Case one: a named weapon, then capitalized words or modifiers, then the class.
  private func namedBefore(
    _ head: (bytes: Range<Int>, word: Int), named: [Mention], in tokens: SentenceTokens
  ) -> Mention? {
    var word = head.word - 1
    var between = 0
    while word >= 0 && between <= 3 && tokens.isSpaceAfter(word) {
      if let weapon = named.first(where: {
        $0.bytes.upperBound == tokens.words[word].upperBound && !$0.possessive
      }) {
        let bytes = weapon.bytes.lowerBound..<head.bytes.upperBound
        return Mention(
          document: "", sentence: 0, bytes: bytes, scalars: 0..<0,
          text: String(decoding: tokens.bytes[bytes], as: UTF8.self),
          candidates: weapon.candidates, type: "WeaponSystem", method: .namedWeapon)
      }
      let text = tokens.text(word)
      guard tokens.isCapitalized(word) || Self.modifiers.contains(text) || text.contains("-"),
        !tokens.isPossessive(word)
      else { return nil }
      between += 1
      word -= 1
    }
    return nil
  }

  /// Case two: one or two capitalized words no other mention holds, then the class.
  private func newName(
    before head: (bytes: Range<Int>, word: Int), lexicon: [Mention], in tokens: SentenceTokens
  ) -> Mention? {
    var last = head.word - 1
    var skipped = 0
    while last >= 0 && skipped < 2 && tokens.isSpaceAfter(last) && !tokens.isCapitalized(last)
      && (Self.modifiers.contains(word: last, in: tokens)
        || (tokens.containsHyphen(last) && tokens.text(last).contains("-")))
    {
      last -= 1
      skipped += 1
    }
    guard last >= 1, tokens.isSpaceAfter(last), tokens.isCapitalized(last),
      !tokens.isPossessive(last)
    else { return nil }
    var first = last
    while first - 1 >= 1 && tokens.isCapitalized(first - 1) && tokens.isSpaceAfter(first - 1)
      && !tokens.isPossessive(first - 1)
    {
      first -= 1
    }
    // The word before is lowercase, or a function word opening the sentence ("Two …").
    guard first >= 1, last - first < 2,
      !tokens.isCapitalized(first - 1)
        || (first == 1 && Self.notNames.contains(word: 0, in: tokens))
    else { return nil }
    let span = tokens.words[first].lowerBound..<tokens.words[last].upperBound
    guard !(first...last).contains(where: { Self.notNames.contains(word: $0, in: tokens) }),
      !lexicon.contains(where: { $0.bytes.overlaps(span) })
    else { return nil }
    var name = tokens.text(from: first, through: last)
    if name.hasSuffix("-class") { name.removeLast(6) }
    guard let slug = MentionSlug.make(name) else { return nil }
    let known = byDesignation[slug].flatMap { $0.count == 1 ? $0 : nil }
    let bytes = span.lowerBound..<head.bytes.upperBound
    return Mention(
      document: "", sentence: 0, bytes: bytes, scalars: 0..<0,
      text: String(decoding: tokens.bytes[bytes], as: UTF8.self), candidates: known ?? [slug],
      type: "WeaponSystem", method: .namedWeapon)
  }

  /// Words that make the weapons counted after them losses: "Moscow's army lost 4,500 armored
  /// vehicles and 140 aircraft". A tally of losses says nothing about those weapons.
  static let lossWords: WordSet = [
    "lost", "lose", "loses", "losing", "losses", "destroyed", "destroying", "downed",
    "shot", "wiped",
  ]

  /// Whether a class mention is counted in a tally of losses: a number before it, and a loss
  /// word at most eight words before that with only numbers, classes and list words between.
  func isLossTally(_ mention: Mention, in tokens: SentenceTokens) -> Bool {
    guard mention.type == "WeaponSystem", mention.candidates.allSatisfy({ classes.contains($0) }),
      let word = tokens.firstWord(from: mention.bytes.lowerBound), word >= 2,
      tokens.text(word - 1).utf8.first.map({ $0 &- 0x30 < 10 }) == true
    else { return false }
    var index = word - 2
    while index >= 0 && index >= word - 9 {
      if Self.lossWords.containsLowercased(word: index, in: tokens) { return true }
      index -= 1
    }
    return false
  }
}
