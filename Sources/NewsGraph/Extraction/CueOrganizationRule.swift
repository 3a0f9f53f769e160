/// Organizations the lexicon lacks, found by cue words: a run of capitalized words (lowercase
/// "of", "for", "and", "the", "on" may join two of them) that holds a cue word such as Ministry,
/// Council or Command ("House of Commons Liaison Committee", "Canadian Special Operations Forces
/// Command"). The span ends at the last cue word, or runs on through an "of"/"for" phrase after
/// it ("Ministry of Defence"). Sentence-initial function words ("The", "A", "In") are trimmed,
/// a possessive ends the run ("Belarus's Security Council" gives "Security Council"), and a span
/// needs at least two capitalized words ("Parliament" alone is left to the lexicon).
struct CueOrganizationRule {
  static let cueWords = WordSet(
    Set<String>([
      "Ministry", "Council", "Command", "Committee", "Party", "Agency", "Forces", "Office",
      "Department", "Parliament", "Commission", "Service", "Guard", "Bureau", "Brigade",
      "Regiment", "Battalion", "Institute",
    ]).union(companySuffixes.words))
  /// Words that end company names ("Chollima Maritime Corporation", "Dalian Haoyuan Trading
  /// Co", "Mazagon Dock Shipbuilders", "ThyssenKrupp Marine Systems").
  static let companySuffixes: WordSet = [
    "Corporation", "Corp", "Co", "Ltd", "Limited", "Inc", "Group", "Industries", "Shipbuilders",
    "Shipbuilding", "Shipyard", "Shipyards", "Aerospace", "Systems", "Dynamics", "Trading",
    "Company", "Holdings", "Technologies", "Electronics", "Aviation", "Enterprises", "Logistics",
    "Shipping", "Engineering", "Arsenal", "Plc", "PLC", "LLC", "GmbH", "AG", "SA", "JSC",
  ]
  static let connectors: WordSet = ["of", "for", "and", "the", "on"]
  static let leadingStopWords: WordSet = [
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "But", "And", "As", "If",
    "When", "While", "After", "Before", "According", "This", "That", "Its", "His", "Her",
    "Their", "Our", "Under", "With",
  ]

  /// Mentions for runs in `tokens`. `lexicon` is the sentence's lexicon mentions: when one of
  /// type Organization ends where the span ends ("White House National Security Council"), its
  /// candidates are used, since the head of the phrase names the body; otherwise a slug id. A
  /// state named in the prefix ("Zetland National Security Council") makes it another body, so
  /// that case also gets a slug.
  ///
  /// A span that a lexicon mention other than a weapon covers exactly gives nothing, before any
  /// String is made for it: `EntityMatcher.resolveOverlaps` keeps the lexicon mention of an
  /// equal span, and of the lexicon mentions only weapons may be dropped after this rule runs
  /// (counted losses), so such a mention could never be kept.
  func mentions(in tokens: SentenceTokens, lexicon: [Mention]) -> [Mention] {
    var result: [Mention] = []
    let count = tokens.words.count
    var index = 0
    while index < count {
      guard tokens.isCapitalized(index) else {
        index += 1
        continue
      }
      var last = index
      while !tokens.isPossessive(last) && tokens.isSpaceAfter(last) {
        if tokens.isCapitalized(last + 1) {
          last += 1
        } else if Self.connectors.contains(word: last + 1, in: tokens),
          tokens.isSpaceAfter(last + 1),
          // "Quorn Shipping Co and Brask Industries" are two.
          !tokens.word(last + 1, is: "and") || !Self.cueWords.contains(word: last, in: tokens),
          last + 2 < count, tokens.isCapitalized(last + 2)
        {
          last += 2
        } else {
          break
        }
      }
      if let mention = span(from: index, through: last, in: tokens, lexicon: lexicon) {
        result.append(mention)
      }
      index = last + 1
    }
    return result
  }

  /// Whether a capitalized word goes on in lowercase after a hyphen ("Pyongyang-based",
  /// "Iran-backed"): a modifier before a name, not part of it.
  static func isLowercaseCompound(_ word: String) -> Bool {
    guard let hyphen = word.utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
    let next = word.utf8.index(after: hyphen)
    guard next < word.utf8.endIndex else { return false }
    return word.utf8[next] &- 0x61 < 26
  }

  private func span(
    from runStart: Int, through runEnd: Int, in tokens: SentenceTokens, lexicon: [Mention]
  ) -> Mention? {
    var first = runStart
    while first <= runEnd
      && (Self.leadingStopWords.contains(word: first, in: tokens)
        || (tokens.containsHyphen(first) && Self.isLowercaseCompound(tokens.text(first))))
    {
      first += 1
    }
    guard first <= runEnd,
      let cue = (first...runEnd).last(where: { Self.cueWords.contains(word: $0, in: tokens) })
    else { return nil }
    var last = cue
    if cue + 2 <= runEnd, tokens.word(cue + 1, is: "of") || tokens.word(cue + 1, is: "for") {
      last = runEnd
    }
    let capitalized = (first...last).filter { tokens.isCapitalized($0) }.count
    guard capitalized >= 2 else { return nil }
    // "Patriot Air Defense Systems" names a weapon, not its maker.
    if Self.companySuffixes.contains(word: cue, in: tokens),
      lexicon.contains(where: {
        $0.type == "WeaponSystem" && $0.bytes.lowerBound >= tokens.words[first].lowerBound
          && $0.bytes.upperBound <= tokens.words[last].upperBound
      })
    {
      return nil
    }
    let bytes = tokens.words[first].lowerBound..<tokens.words[last].upperBound
    if lexicon.contains(where: { $0.bytes == bytes && $0.type != "WeaponSystem" }) { return nil }
    let text = tokens.text(from: first, through: last)
    let head = lexicon.filter {
      $0.type == "Organization" && $0.bytes.upperBound == bytes.upperBound
        && $0.bytes.lowerBound >= bytes.lowerBound
    }
    let candidates: [String]
    if let head = head.min(by: { $0.bytes.lowerBound < $1.bytes.lowerBound }),
      !lexicon.contains(where: {
        $0.type == "State" && $0.bytes.lowerBound >= bytes.lowerBound
          && $0.bytes.upperBound <= head.bytes.lowerBound
      })
    {
      candidates = head.candidates
    } else if let slug = MentionSlug.make(text) {
      candidates = [slug]
    } else {
      return nil
    }
    return Mention(
      document: "", sentence: 0, bytes: bytes, scalars: 0..<0, text: text,
      candidates: candidates, type: "Organization", method: .cueOrganization)
  }
}
