/// Places the lexicon lacks, found by the words around them:
///
/// - a capitalized run ending in a capitalized place word ("Vostochny Cosmodrome", "Ramstein Air
///   Base", "Kursk Region") is the place, the whole run;
/// - "the port/city/town/region … of X" ("the port of Rajin") names X;
/// - "X province/region/oblast/city" in lowercase ("Idlib province") names X;
/// - a place noun then "in X" ("a plant in Gliwice", "a base in Rzeszów") names X;
/// - "X, a city in Y" ("a port on", "a town near") names X.
///
/// X is one or two capitalized words that no other mention holds and that are not function
/// words, months or weekdays.
struct LocationCueRule: Sendable {
  static let placeWords: WordSet = [
    "Cosmodrome", "Spaceport", "Airbase", "Base", "Airport", "Airfield", "Strait", "Straits",
    "Peninsula", "Island", "Islands", "Province", "Region", "Oblast", "Governorate", "Prefecture",
    "District", "Valley", "Desert", "Mountains", "Gulf", "Bay", "Sea", "Canal", "Corridor",
  ]
  static let placeNouns: WordSet = [
    "port", "city", "town", "village", "region", "province", "district", "oblast", "island",
    "enclave", "county", "governorate", "municipality", "prefecture", "state",
  ]
  static let sitesNouns: WordSet = [
    "plant", "factory", "facility", "base", "city", "town", "village", "port", "shipyard",
    "site", "camp", "airport", "airfield", "depot", "headquarters", "refinery", "complex",
  ]
  static let notNames: WordSet = NamedWeaponRule.notNames

  func mentions(in tokens: SentenceTokens, lexicon: [Mention]) -> [Mention] {
    var result: [Mention] = []
    let count = tokens.words.count
    for index in 0..<count {
      let isPlaceNoun = Self.placeNouns.contains(word: index, in: tokens)
      let isSiteNoun = Self.sitesNouns.contains(word: index, in: tokens)
      if index >= 1, Self.placeWords.contains(word: index, in: tokens) {
        var first = index
        while first - 1 >= 0 && tokens.isCapitalized(first - 1) && tokens.isSpaceAfter(first - 1)
          && !tokens.isPossessive(first - 1) && !Self.notNames.contains(word: first - 1, in: tokens)
          && index - first < 3
        {
          first -= 1
        }
        if first < index, let mention = place(first, index, in: tokens, lexicon: lexicon) {
          result.append(mention)
        }
      }
      // "the port of Rajin"
      if isPlaceNoun, index + 2 < count, tokens.word(index + 1, is: "of"),
        tokens.isSpaceAfter(index), tokens.isSpaceAfter(index + 1),
        let last = run(from: index + 2, in: tokens),
        let mention = place(index + 2, last, in: tokens, lexicon: lexicon)
      {
        result.append(mention)
      }
      // "Idlib province"
      if isPlaceNoun, !tokens.word(index, is: "state"), index >= 2,
        tokens.isSpaceAfter(index - 1),
        tokens.isCapitalized(index - 1), !tokens.isCapitalized(index - 2),
        let mention = place(index - 1, index - 1, in: tokens, lexicon: lexicon)
      {
        result.append(mention)
      }
      // "Zlin, a city in …": the run before the comma.
      if isPlaceNoun || isSiteNoun, index >= 3,
        index + 1 < count,
        tokens.word(index + 1, is: "in") || tokens.word(index + 1, is: "on")
          || tokens.word(index + 1, is: "near"),
        tokens.word(index - 1, is: "a") || tokens.word(index - 1, is: "the"),
        tokens.bytes[tokens.words[index - 2].upperBound] == UInt8(ascii: ","),
        let mention = placeBeforeComma(ending: index - 2, in: tokens, lexicon: lexicon)
      {
        result.append(mention)
      }
      // "a plant in Gliwice"
      if isSiteNoun, index + 2 < count, tokens.word(index + 1, is: "in"),
        tokens.isSpaceAfter(index), tokens.isSpaceAfter(index + 1),
        let last = run(from: index + 2, in: tokens),
        let mention = place(index + 2, last, in: tokens, lexicon: lexicon)
      {
        result.append(mention)
      }
    }
    return result
  }

  /// The last word of a run of one or two capitalized words starting at `first`.
  private func run(from first: Int, in tokens: SentenceTokens) -> Int? {
    guard tokens.isCapitalized(first) else { return nil }
    var last = first
    if !tokens.isPossessive(first), first + 1 < tokens.words.count, tokens.isSpaceAfter(first),
      tokens.isCapitalized(first + 1)
    {
      last = first + 1
    }
    if last + 1 < tokens.words.count, tokens.isSpaceAfter(last), tokens.isCapitalized(last + 1) {
      return nil
    }
    return last
  }

  /// The place of one or two capitalized words ending at `last`, right before a comma.
  private func placeBeforeComma(ending last: Int, in tokens: SentenceTokens, lexicon: [Mention])
    -> Mention?
  {
    guard tokens.isCapitalized(last) else { return nil }
    var first = last
    if last >= 1, tokens.isSpaceAfter(last - 1), tokens.isCapitalized(last - 1) { first -= 1 }
    // The run must start after a lowercase word or a comma, not in the middle of a longer name.
    if first >= 1, tokens.isSpaceAfter(first - 1), tokens.isCapitalized(first - 1) { return nil }
    return place(first, last, in: tokens, lexicon: lexicon)
  }

  private func place(_ first: Int, _ last: Int, in tokens: SentenceTokens, lexicon: [Mention])
    -> Mention?
  {
    let bytes = tokens.words[first].lowerBound..<tokens.words[last].upperBound
    guard !(first...last).contains(where: { Self.notNames.contains(word: $0, in: tokens) }),
      !lexicon.contains(where: { $0.bytes.overlaps(bytes) }),
      case let text = tokens.text(from: first, through: last), let slug = MentionSlug.make(text)
    else { return nil }
    return Mention(
      document: "", sentence: 0, bytes: bytes, scalars: 0..<0, text: text, candidates: [slug],
      type: "Location", method: .cueLocation)
  }
}
