/// Agreements found by cue nouns: deal, agreement, treaty, accord, pact, memorandum, package,
/// partnership, alliance, contract, action plan, sanctions, and money "in … aid" ("$275mn in
/// lethal aid" is an aid package).
///
/// The span is the noun phrase without its determiner: modifiers before the head ("full-fledged
/// defense partnership", "Russia-Iran deal"; "new", "additional" and the like are left out, as
/// are quotes around it; a verb, an adverb or a lowercase word before a name ends them: "violate
/// UN Security Council sanctions"), and for sanctions the "against"/"on" object ("sanctions
/// against Iranian firms"); after the head, "worth [about] <sum>" and "for [count] <weapon>"
/// ("a contract worth about $6.5 billion", "a contract for K9 howitzers"). A money value right
/// before the modifiers ("a $4.75bn deal") or after "worth" is the value. "Sanctions" between an
/// actor and a name is the verb ("US sanctions North Korean firm"); a phrase after "opposes",
/// "condemns" and the like names no agreement of the subject's and is left out.
///
/// Parties: states and organizations of the lexicon inside the span, a possessive state right
/// before it ("Britain's security package"), those after "between"/"with" (also after "signed
/// with": "a framework agreement signed with Seoul"; a company after its state's possessive is
/// the party: "with South Korea's Hyundai Rotem"), and with "with" the nearest state before the
/// phrase too ("Belarus signed a treaty with Russia"), or, when the sentence has none, the
/// document's main state, which the resolver adds (`needsCounterparty`). A later phrase of the
/// same family in the sentence with no parties of its own restates the earlier one ("signed an
/// agreement with France …, in a deal worth €6.6bn"). Without any, a
/// definite phrase ("the deal", "this package", "their deals") refers back and is marked
/// anaphoric for the resolver; an indefinite or bare one takes the nearest states before it in
/// the sentence (two for deals, pacts and partnerships, one for packages, plans and sanctions,
/// whose maker is the subject); with none it is generic ("a deal") and is left out. An alliance
/// needs parties of its own ("the alliance" is NATO's word for itself). A capitalized head after
/// capitalized words is a name ("Good Friday Agreement"), and so is a phrase with an acronym the
/// lexicon lacks among its modifiers ("the AUKUS pact").
struct AgreementRule: Sendable {
  /// National organizations of the lexicon → their state: a ministry that imposes sanctions
  /// makes them its state's ("the Treasury Department unveiled sanctions" → united-states).
  let countryOfOrganization: [String: String]
  /// State ids → labels, to name a state that acts through one of its bodies.
  let stateLabels: [String: String]

  init(lexicon: Lexicon) {
    var countries: [String: String] = [:]
    var labels: [String: String] = [:]
    let entries = lexicon.entries
    for position in lexicon.positions(ofType: "State") {
      labels[entries[position].id] = entries[position].label
    }
    for position in lexicon.positions(ofType: "Organization") {
      if let country = entries[position].country, !country.isEmpty {
        countries[entries[position].id] = country
      }
    }
    countryOfOrganization = countries
    stateLabels = labels
  }

  /// Cue word (lowercase) → the head it stands for.
  static let heads: [String: String] = [
    "deal": "deal", "deals": "deal", "agreement": "agreement", "agreements": "agreement",
    "treaty": "treaty", "treaties": "treaty", "accord": "accord", "accords": "accord",
    "pact": "pact", "pacts": "pact", "memorandum": "memorandum", "package": "package",
    "packages": "package", "partnership": "partnership", "partnerships": "partnership",
    "alliance": "alliance", "contract": "contract", "contracts": "contract",
    "sanctions": "sanctions",
  ]
  /// Heads whose parties are usually two ("the Russia–Iran deal"); the others have one maker.
  static let bilateralHeads: Set<String> = [
    "deal", "agreement", "treaty", "accord", "pact", "memorandum", "partnership", "alliance",
    "contract",
  ]
  /// Heads that news uses for one another when it refers back ("a contract … the deal").
  static let families: [String: String] = [
    "deal": "deal", "agreement": "deal", "treaty": "deal", "accord": "deal", "pact": "deal",
    "memorandum": "deal", "contract": "deal", "package": "package", "sanctions": "sanctions",
    "partnership": "partnership", "alliance": "partnership", "action plan": "action plan",
  ]
  static let definite: Set<String> = [
    "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such",
  ]
  /// Words that end the modifiers to the left of the head (lowercased).
  static let stopWords: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "any", "another", "no", "every", "each", "some", "such", "of", "in", "on", "at",
    "for", "to", "with", "by", "from", "into", "against", "about", "under", "over", "between",
    "after", "before", "during", "as", "than", "and", "or", "but", "which", "who", "whose", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
    "should", "can", "may", "might", "must", "do", "does", "did", "not", "sign", "signed", "signs",
    "reach", "reached", "agreed", "struck", "strike", "announced", "unveiled", "approved",
    "impose", "imposed", "imposes", "imposing", "extend", "extended", "toughen", "new",
    "additional", "further", "latest", "recent", "also", "now", "recently", "already", "more",
    "most", "first", "second", "last", "next", "expose", "deliver", "send", "sent", "said",
    "says", "it", "they", "we", "he", "she", "there", "up", "out",
  ]
  static let aidWords: Set<String> = ["aid", "assistance"]
  /// Every word that `mentions(in:lexicon:)` acts on, lowercase: a head, "action" (of "action
  /// plan") or an aid word. Any other word is passed over without making a String of it.
  static let cueWords = WordSet(Set(heads.keys).union(["action"]).union(aidWords))

  /// Agreement mentions of one sentence. `lexicon` is the sentence's lexicon mentions.
  func mentions(in tokens: SentenceTokens, lexicon: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for index in tokens.words.indices
    where Self.mayBeCue(tokens.words[index], in: tokens)
      && Self.cueWords.containsLowercased(word: index, in: tokens)
    {
      let word = tokens.text(index)
      let lower = word.lowercased()
      if let head = Self.heads[lower] {
        if let mention = phrase(head: head, at: index, in: tokens, lexicon: lexicon) {
          result.append(mention)
        }
      } else if index + 1 < tokens.words.count, lower == "action",
        tokens.text(index + 1).lowercased() == "plan"
      {
        if let mention = phrase(head: "action plan", at: index, in: tokens, lexicon: lexicon) {
          result.append(mention)
        }
      } else if Self.aidWords.contains(lower),
        let mention = aid(at: index, in: tokens, lexicon: lexicon)
      {
        result.append(mention)
      }
    }
    return Self.joinRestatements(result)
  }

  /// "signed an agreement with France …, in a deal worth €6.6bn": a later phrase of the same
  /// family in the sentence that names no parties of its own restates the earlier one; it
  /// takes the earlier one's parties, and gives it its value.
  static func joinRestatements(_ mentions: [Mention]) -> [Mention] {
    var result = mentions
    for later in result.indices {
      guard let phrase = result[later].agreement, phrase.partiesGuessed,
        let family = families[phrase.head]
      else { continue }
      guard
        let earlier = result[..<later].lastIndex(where: { mention in
          guard let other = mention.agreement else { return false }
          return families[other.head] == family && !other.parties.isEmpty
            && !other.partiesGuessed && !other.isNamed
            && (other.value == nil || phrase.value == nil)
        }), var first = result[earlier].agreement
      else { continue }
      var second = phrase
      second.parties = first.parties
      second.partyNames = first.partyNames
      second.partiesGuessed = false
      if first.value == nil, let value = second.value {
        first.value = value
        first.valueFollows = true
      }
      result[earlier].agreement = first
      result[earlier].candidates = id(of: first).map { [$0] } ?? []
      result[later].agreement = second
      result[later].candidates = id(of: second).map { [$0] } ?? []
    }
    return result
  }

  /// A byte-level filter run on every word before any string is made: cue words are 3 to 13
  /// bytes long and start with one of the letters a, c, d, m, p, s, t.
  static func mayBeCue(_ word: Range<Int>, in tokens: SentenceTokens) -> Bool {
    guard (3...13).contains(word.count) else { return false }
    switch tokens.bytes[word.lowerBound] | 0x20 {
    case UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "m"),
      UInt8(ascii: "p"), UInt8(ascii: "s"), UInt8(ascii: "t"):
      return true
    default:
      return false
    }
  }

  // MARK: - Phrases

  private func phrase(
    head: String, at index: Int, in tokens: SentenceTokens, lexicon: [Mention]
  ) -> Mention? {
    if Self.isVerbOrIdiom(at: index, in: tokens) { return nil }
    let headEnd = head == "action plan" ? index + 1 : index
    let headRange = tokens.words[index].lowerBound..<tokens.words[headEnd].upperBound
    if lexicon.contains(where: { $0.bytes.overlaps(headRange) }) { return nil }
    if headEnd + 1 < tokens.words.count, tokens.isSpaceAfter(headEnd),
      tokens.isCapitalized(headEnd + 1), tokens.isCapitalized(index)
    {
      return nil
    }
    var first = index
    while first > 0, first > index - 5, Self.joins(first - 1, first, in: tokens) {
      let previous = tokens.text(first - 1)
      let lower = previous.lowercased()
      if Self.stopWords.contains(lower) || Self.isNumber(previous)
        || Self.clauseVerbs.contains(lower) || Self.isAdverb(previous)
      {
        break
      }
      // A lowercase word before a name ("violate UN Security Council sanctions") is no modifier.
      if first < index, tokens.isCapitalized(first), !tokens.isCapitalized(first - 1) { break }
      first -= 1
    }
    if first > 0, Self.opposingVerbs.contains(tokens.text(first - 1).lowercased()) {
      return nil
    }
    if head == "sanctions", Self.isSanctionsVerb(at: index, in: tokens, lexicon: lexicon) {
      return nil
    }
    let capitalizedHead = tokens.isCapitalized(index) && index > 0
    let isNamed =
      capitalizedHead
      ? first < index && (first..<index).allSatisfy { tokens.isCapitalized($0) }
      : (first..<index).contains { word in
        Self.isAcronym(tokens.text(word))
          && !lexicon.contains { $0.bytes.overlaps(tokens.words[word]) }
      }
    if capitalizedHead && !isNamed { return nil }
    var last = headEnd
    var target: String?
    if head == "memorandum", last + 2 < tokens.words.count, tokens.text(last + 1) == "of",
      tokens.text(last + 2) == "understanding"
    {
      last += 2
    }
    if head == "sanctions", last + 2 < tokens.words.count,
      ["against", "on"].contains(tokens.text(last + 1)),
      let object = Self.mention(startingAt: tokens.words[last + 2].lowerBound, in: lexicon),
      object.type == "State", object.candidates.count == 1
    {
      target = object.candidates[0]
      last = tokens.firstWord(from: object.bytes.upperBound).map { $0 - 1 } ?? last + 2
      if case .lexicon(.adjective) = object.method, last + 1 < tokens.words.count,
        !tokens.isCapitalized(last + 1),
        !Self.stopWords.contains(tokens.text(last + 1).lowercased())
      {
        last += 1
      }
    }
    var value = money(endingBefore: tokens.words[first].lowerBound, in: tokens)
    let valueFollows = value == nil
    let core = last
    if head != "sanctions" {
      if let (end, worth) = worth(after: last, in: tokens) {
        last = end
        if value == nil { value = worth }
      }
      if let end = coveredWeapon(after: last, in: tokens, lexicon: lexicon) { last = end }
    }
    let bytes = tokens.words[first].lowerBound..<tokens.words[last].upperBound
    var parties: [(id: String, name: String)] = []
    let inside = lexicon.filter {
      $0.bytes.lowerBound >= bytes.lowerBound
        && $0.bytes.upperBound <= tokens.words[headEnd].lowerBound
    }
    if head == "alliance" && inside.contains(where: { $0.type == "Organization" }) { return nil }
    for mention in inside { add(mention, to: &parties) }
    if let owner = possessiveOwner(before: first, in: tokens, lexicon: lexicon) {
      add(owner, to: &parties)
    }
    var cue = last
    if cue + 2 < tokens.words.count, Self.participles.contains(tokens.text(cue + 1).lowercased()),
      ["with", "between"].contains(tokens.text(cue + 2))
    {
      cue += 1
    }
    let after = partiesAfter(cue, in: tokens, lexicon: lexicon)
    parties += after.filter { party in !parties.contains { $0.id == party.id } }
    var needsCounterparty = false
    if !after.isEmpty, parties.count < 2, Self.bilateralHeads.contains(head),
      tokens.text(cue + 1) == "with"
    {
      let subject = nearestStates(
        before: bytes.lowerBound, count: 1, except: parties.first?.id, in: tokens,
        lexicon: lexicon)
      parties = subject + parties
      needsCounterparty = parties.count < 2
    }
    if target == nil, head != "sanctions" {
      target = beneficiary(after: last, in: tokens, lexicon: lexicon)
    }
    let determiner = first > 0 ? tokens.text(first - 1).lowercased() : ""
    if determiner == "no" || (first > 1 && tokens.text(first - 2).lowercased() == "without")
      || determiner == "without"
    {
      return nil
    }
    var isAnaphoric = false
    var partiesGuessed = false
    if !isNamed && parties.isEmpty {
      if head == "alliance" { return nil }
      if Self.definite.contains(determiner) && value == nil && target == nil {
        isAnaphoric = true
      } else {
        let wanted = Self.bilateralHeads.contains(head) ? 2 : 1
        parties = nearestStates(
          before: bytes.lowerBound, count: wanted, except: target, in: tokens, lexicon: lexicon)
        partiesGuessed = true
        if parties.isEmpty && value == nil { return nil }
      }
    }
    let text = String(decoding: tokens.bytes[bytes], as: UTF8.self)
    var nameStart = first
    while nameStart < headEnd,
      let party = inside.first(where: { mention in
        mention.bytes.lowerBound == tokens.words[nameStart].lowerBound
          && parties.contains(where: { mention.candidates == [$0.id] })
      })
    {
      nameStart = min(headEnd, tokens.firstWord(from: party.bytes.upperBound) ?? headEnd)
    }
    let name = Self.unquoted(
      tokens.bytes[tokens.words[nameStart].lowerBound..<tokens.words[core].upperBound])
    let longName =
      last > core
      ? Self.unquoted(
        tokens.bytes[tokens.words[nameStart].lowerBound..<tokens.words[last].upperBound]) : nil
    var phrase = AgreementPhrase(
      name: isNamed ? text : name, head: head, parties: parties.map(\.id),
      partyNames: parties.map(\.name), target: target,
      value: value, isNamed: isNamed, isAnaphoric: isAnaphoric,
      needsCounterparty: needsCounterparty)
    phrase.longName = longName
    phrase.partiesGuessed = partiesGuessed
    phrase.valueFollows = value != nil && valueFollows
    return Mention(
      document: "", sentence: 0, bytes: bytes, scalars: 0..<0, text: text,
      candidates: Self.id(of: phrase).map { [$0] } ?? [], type: "Agreement",
      method: .agreement, agreement: phrase)
  }

  /// "$275mn in lethal aid": money, "in", up to two modifiers, "aid"/"assistance". The span is
  /// the modifiers and the noun ("lethal aid"); the head is "package".
  private func aid(at index: Int, in tokens: SentenceTokens, lexicon: [Mention]) -> Mention? {
    var first = index
    while first > 0, first > index - 3, Self.joins(first - 1, first, in: tokens),
      !Self.stopWords.contains(tokens.text(first - 1).lowercased())
    {
      first -= 1
    }
    guard first > 0, tokens.text(first - 1) == "in",
      let value = money(endingBefore: tokens.words[first - 1].lowerBound, in: tokens)
    else { return nil }
    let bytes = tokens.words[first].lowerBound..<tokens.words[index].upperBound
    let target = beneficiary(after: index, in: tokens, lexicon: lexicon)
    let parties = nearestStates(
      before: bytes.lowerBound, count: 1, except: target, in: tokens, lexicon: lexicon)
    let text = String(decoding: tokens.bytes[bytes], as: UTF8.self)
    let phrase = AgreementPhrase(
      name: text, head: "package", parties: parties.map(\.id), partyNames: parties.map(\.name),
      target: target, value: value)
    return Mention(
      document: "", sentence: 0, bytes: bytes, scalars: 0..<0, text: text,
      candidates: Self.id(of: phrase).map { [$0] } ?? [], type: "Agreement",
      method: .agreement, agreement: phrase)
  }

  // MARK: - Ids and labels

  /// The entity id: the parties (sorted, so "Iran–Russia" and "Russia–Iran" merge), the value,
  /// the head and a sanctions target; a name's slug for named agreements. Nil for anaphoric
  /// phrases, which the resolver names.
  static func id(of phrase: AgreementPhrase) -> String? {
    if phrase.isNamed { return MentionSlug.make(phrase.name) }
    if phrase.isAnaphoric { return nil }
    var parts = phrase.parties.sorted { $0.precedesByScalars($1) }
    var seen: Set<String> = []
    parts = parts.filter { seen.insert($0).inserted }
    if let value = phrase.value { parts.append(value) }
    parts.append(phrase.head)
    if phrase.head == "sanctions", let target = phrase.target { parts.append(target) }
    return MentionSlug.make(parts.joined(separator: " "))
  }

  /// A readable label: the parties not already in the text, the value, then the phrase
  /// ("US $275mn lethal aid package", "Russia–Iran deal", "UK sanctions against Russia").
  static func label(of phrase: AgreementPhrase) -> String {
    let text = phrase.name
    if phrase.isNamed { return text }
    var words: [String] = []
    let names = phrase.partyNames.filter { !text.contains($0) }
    var unique: [String] = []
    for name in names where !unique.contains(name) { unique.append(name) }
    if !unique.isEmpty { words.append(unique.joined(separator: "–")) }
    if let value = phrase.value, !text.contains(value) { words.append(value) }
    words.append(text)
    if phrase.head == "package" && !text.lowercased().hasSuffix("package") {
      words.append("package")
    }
    return words.joined(separator: " ")
  }

  // MARK: - Helpers

  /// Verbs and other words that end a clause's subject, never an agreement's modifier.
  static let clauseVerbs: Set<String> = [
    "violate", "violates", "violated", "violating", "breach", "breaches", "breached", "oppose",
    "opposes", "opposed", "condemn", "condemns", "condemned", "welcome", "welcomes", "welcomed",
    "reject", "rejects", "rejected", "lift", "lifts", "lifted", "ease", "eases", "eased",
    "follow", "follows", "followed", "finalize", "finalized", "finalise", "finalised", "seal",
    "sealed", "seals", "evade", "evades", "evaded", "evading", "criticised", "criticized",
    "signing", "approve", "approves", "announce", "announces", "unveil", "unveils", "won", "win",
    "wins", "called", "calls", "call", "what",
  ]
  /// Verbs before an agreement phrase whose subject is against it, not a party to it ("China
  /// firmly opposes illegal unilateral sanctions").
  static let opposingVerbs: Set<String> = [
    "oppose", "opposes", "opposed", "opposing", "condemn", "condemns", "condemned",
    "condemning", "criticise", "criticises", "criticised", "criticize", "criticizes",
    "criticized", "denounce", "denounces", "denounced", "reject", "rejects", "rejected",
    "slammed", "slams",
  ]
  /// Participles between an agreement and its partners ("an agreement signed with Seoul").
  static let participles: Set<String> = [
    "signed", "reached", "agreed", "concluded", "struck", "sealed", "finalised", "finalized",
  ]
  /// Words between "worth" and the sum ("worth about $6.5 billion").
  static let approximations: Set<String> = [
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "over", "up",
    "to", "more", "than", "at", "least", "an", "estimated", "reported", "a", "total", "of",
    "as", "much",
  ]

  /// A lowercase word in "-ly" ("firmly", "reportedly"); "Italy", "family", "supply" are not.
  static func isAdverb(_ word: String) -> Bool {
    guard let first = word.utf8.first, first &- 0x61 < 26 else { return false }
    return word.hasSuffix("ly") && word.utf8.count > 4
      && !["family", "supply", "assembly"].contains(word)
  }

  /// "US sanctions North Korean shipping firm", "Washington sanctions the firms": a state or
  /// organization right before "sanctions", a name, adjective or determiner right after (not
  /// "on", "against", a verb) make it the verb.
  static func isSanctionsVerb(at index: Int, in tokens: SentenceTokens, lexicon: [Mention])
    -> Bool
  {
    guard index > 0, index + 1 < tokens.words.count else { return false }
    let start = tokens.words[index].lowerBound
    guard
      let actor = lexicon.last(where: { $0.bytes.upperBound <= start }),
      actor.type == "State" || actor.type == "Organization", !actor.possessive,
      start - actor.bytes.upperBound <= 1
    else { return false }
    if case .lexicon(.adjective) = actor.method { return false }
    let next = tokens.text(index + 1)
    return tokens.isCapitalized(index + 1)
      || ["a", "an", "the", "two", "three", "several", "its", "their"].contains(next)
  }

  /// "worth [about] $6.5 billion" right after the head: the last word of the sum and the sum as
  /// written.
  private func worth(after last: Int, in tokens: SentenceTokens) -> (Int, String)? {
    guard last + 2 < tokens.words.count, tokens.text(last + 1).lowercased() == "worth" else {
      return nil
    }
    var position = last + 2
    while position < tokens.words.count, position <= last + 5,
      Self.approximations.contains(tokens.text(position).lowercased())
    {
      position += 1
    }
    guard position < tokens.words.count else { return nil }
    let start = tokens.words[position - 1].upperBound
    guard
      let amount = MoneyAmount.amounts(in: tokens.bytes, range: start..<tokens.range.upperBound)
        .first, amount.bytes.lowerBound <= tokens.words[position].lowerBound + 4
    else { return nil }
    let end = tokens.words.lastIndex { $0.lowerBound < amount.bytes.upperBound } ?? position
    return (end, String(decoding: tokens.bytes[amount.bytes], as: UTF8.self))
  }

  /// "for [up to] [180] [more] <weapon>" right after the head: the last word of the weapon's
  /// mention, which the phrase then spans ("contract for K9 howitzers").
  private func coveredWeapon(after last: Int, in tokens: SentenceTokens, lexicon: [Mention])
    -> Int?
  {
    guard last + 2 < tokens.words.count, tokens.text(last + 1) == "for" else { return nil }
    var position = last + 2
    while position < tokens.words.count, position <= last + 6 {
      let start = tokens.words[position].lowerBound
      if let weapon = Self.mention(startingAt: start, in: lexicon) {
        guard weapon.type == "WeaponSystem" else { return nil }
        return tokens.firstWord(from: weapon.bytes.upperBound).map { $0 - 1 }
          ?? tokens.words.count - 1
      }
      let word = tokens.text(position)
      guard
        Self.isNumber(word) || Self.approximations.contains(word.lowercased())
          || ["more", "additional", "new"].contains(word.lowercased())
      else { return nil }
      position += 1
    }
    return nil
  }

  /// Whether only spaces and quotation marks separate two words.
  static func joins(_ left: Int, _ right: Int, in tokens: SentenceTokens) -> Bool {
    let gap = tokens.bytes[tokens.words[left].upperBound..<tokens.words[right].lowerBound]
    guard !gap.isEmpty else { return false }
    let text = String(decoding: gap, as: UTF8.self)
    return text.unicodeScalars.allSatisfy {
      $0 == " " || $0 == "\u{A0}" || $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}"
        || $0 == "'" || $0 == "\u{2018}" || $0 == "\u{2019}"
    }
  }

  /// The bytes as text without quotation marks ("Ukraine “action plan" → "Ukraine action plan").
  static func unquoted(_ bytes: ArraySlice<UInt8>) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars
    where !["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"].contains(scalar) {
      scalars.append(scalar)
    }
    return String(scalars)
  }

  /// Words before a cue word that make it a verb ("to deal with", "will contract") or an idiom
  /// ("in agreement", "a great deal of").
  static let verbMarkers: Set<String> = [
    "to", "will", "would", "can", "could", "must", "should", "may", "might", "cannot", "not",
    "t",
  ]

  /// Whether the cue word at `index` is a verb or part of an idiom rather than an agreement.
  static func isVerbOrIdiom(at index: Int, in tokens: SentenceTokens) -> Bool {
    guard index > 0 else { return false }
    let word = tokens.text(index).lowercased()
    let before = tokens.text(index - 1).lowercased()
    if ["deal", "contract", "accord", "package"].contains(word), verbMarkers.contains(before) {
      return true
    }
    if word == "agreement" && before == "in" { return true }
    if word == "deal", ["great", "good"].contains(before), index + 1 < tokens.words.count,
      tokens.text(index + 1) == "of"
    {
      return true
    }
    return false
  }

  /// Two or more uppercase letters or digits, at least one a letter ("AUKUS", "START").
  static func isAcronym(_ word: String) -> Bool {
    word.utf8.count >= 2 && word.utf8.allSatisfy { $0 &- 0x41 < 26 || $0 &- 0x30 < 10 }
      && word.utf8.contains { $0 &- 0x41 < 26 }
  }

  /// A number or an amount of money ("2,000", "€500mn": non-ASCII currency signs are word
  /// bytes, so they stay glued to the digits).
  static func isNumber(_ word: String) -> Bool {
    var scalars = word.unicodeScalars.makeIterator()
    guard var first = scalars.next() else { return false }
    if ["€", "£", "¥", "₽", "₹"].contains(first), let next = scalars.next() { first = next }
    return first.value &- 0x30 < 10
  }

  static func mention(startingAt position: Int, in lexicon: [Mention]) -> Mention? {
    lexicon.first { $0.bytes.lowerBound == position }
  }

  private func add(_ mention: Mention, to parties: inout [(id: String, name: String)]) {
    guard mention.type == "State" || mention.type == "Organization",
      mention.candidates.count == 1, !parties.contains(where: { $0.id == mention.candidates[0] })
    else { return }
    // "Polish", "Seoul": the state's own name reads better in a label.
    var name = EntityResolver.aliasText(mention.text)
    switch mention.method {
    case .lexicon(.adjective), .lexicon(.capital):
      name = stateLabels[mention.candidates[0]] ?? name
    default: break
    }
    parties.append((mention.candidates[0], name))
  }

  /// A state or organization with a possessive right before the phrase ("Britain's").
  private func possessiveOwner(before first: Int, in tokens: SentenceTokens, lexicon: [Mention])
    -> Mention?
  {
    let start = tokens.words[first].lowerBound
    return lexicon.first { mention in
      mention.possessive && mention.bytes.upperBound <= start
        && start - mention.bytes.upperBound <= 1
    }
  }

  /// Parties after "between" or "with" right after the phrase ("a deal with Iran", "the
  /// agreement between Russia and Belarus").
  private func partiesAfter(_ last: Int, in tokens: SentenceTokens, lexicon: [Mention])
    -> [(id: String, name: String)]
  {
    guard last + 2 < tokens.words.count, ["between", "with"].contains(tokens.text(last + 1))
    else { return [] }
    var parties: [(id: String, name: String)] = []
    var position = last + 2
    while position < tokens.words.count && position <= last + 8 {
      let start = tokens.words[position].lowerBound
      if let mention = Self.mention(startingAt: start, in: lexicon) {
        // "with South Korea's Hyundai Rotem": the company is the party, its country a modifier.
        let owned =
          mention.possessive
          ? lexicon.first {
            $0.bytes.lowerBound > mention.bytes.upperBound
              && $0.bytes.lowerBound <= mention.bytes.upperBound + 1 && $0.type == "Organization"
          } : nil
        add(owned ?? mention, to: &parties)
        let end = (owned ?? mention).bytes.upperBound
        position = tokens.firstWord(from: end) ?? tokens.words.count
      } else if ["and", "the"].contains(tokens.text(position)) {
        position += 1
      } else {
        break
      }
    }
    return parties
  }

  /// The state after "for" or "to" right after the phrase ("security package for Ukraine").
  private func beneficiary(after last: Int, in tokens: SentenceTokens, lexicon: [Mention])
    -> String?
  {
    guard last + 2 < tokens.words.count, ["for", "to"].contains(tokens.text(last + 1)),
      let mention = Self.mention(startingAt: tokens.words[last + 2].lowerBound, in: lexicon),
      mention.type == "State", mention.candidates.count == 1
    else { return nil }
    return mention.candidates[0]
  }

  /// Up to `count` distinct parties named before `position` in the sentence, nearest first:
  /// states, international organizations ("the EU"), and national organizations as their state
  /// unless possessive ("Labour's John Healey" names a person, not an actor).
  /// Those right after "to", "for", "against", "on", "from" or "into" (recipients, targets) and
  /// `excluded` do not count.
  private func nearestStates(
    before position: Int, count: Int, except excluded: String?, in tokens: SentenceTokens,
    lexicon: [Mention]
  ) -> [(id: String, name: String)] {
    var parties: [(id: String, name: String)] = []
    for mention in lexicon.reversed() where mention.bytes.upperBound <= position {
      guard parties.count < count, mention.type == "State" || mention.type == "Organization",
        mention.candidates.count == 1
      else { continue }
      let national = countryOfOrganization[mention.candidates[0]]
      if national != nil && mention.possessive { continue }
      let id = national ?? mention.candidates[0]
      guard id != excluded, !parties.contains(where: { $0.id == id }) else { continue }
      if let word = tokens.firstWord(from: mention.bytes.lowerBound), word > 0,
        ["to", "for", "against", "on", "from", "into", "with"].contains(tokens.text(word - 1))
      {
        continue
      }
      let name =
        id == mention.candidates[0]
        ? EntityResolver.aliasText(mention.text) : stateLabels[id] ?? id
      parties.append((id, name))
    }
    return parties.reversed()
  }

  /// A money amount ending right before `position` ("$4.75bn ", "£2.3 billion ", "\$275mn "),
  /// as written without a markdown backslash; nil when there is none.
  private func money(endingBefore position: Int, in tokens: SentenceTokens) -> String? {
    var end = position
    while end > tokens.range.lowerBound, tokens.bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    var start = end
    while start > tokens.range.lowerBound, start > end - 40 {
      let byte = tokens.bytes[start - 1]
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "(") {
        break
      }
      start -= 1
    }
    // Most words before a phrase start with none of the bytes that can begin what is looked for
    // below (a multiplier word, or a currency sign or code: $ £ ¥ € ₽ ₹ US$ USD GBP EUR, none of
    // them the canonical equivalent of another character): no String is made of them.
    guard start < end else { return nil }
    switch tokens.bytes[start] {
    case UInt8(ascii: "b"), UInt8(ascii: "m"), UInt8(ascii: "t"), UInt8(ascii: "$"),
      UInt8(ascii: "U"), UInt8(ascii: "G"), UInt8(ascii: "E"), 0xC2, 0xE2:
      break
    default:
      return nil
    }
    var text = String(decoding: tokens.bytes[start..<end], as: UTF8.self)
    if ["billion", "million", "trillion", "bn", "mn", "m"].contains(text) {
      var before = start
      while before > tokens.range.lowerBound, tokens.bytes[before - 1] == UInt8(ascii: " ") {
        before -= 1
      }
      guard before < start, let amount = money(endingBefore: before, in: tokens) else {
        return nil
      }
      return amount + " " + text
    }
    let currencies = ["$", "£", "€", "¥", "₽", "₹", "US$", "USD", "GBP", "EUR"]
    guard let currency = currencies.first(where: { text.hasPrefix($0) }) else { return nil }
    let rest = text.dropFirst(currency.count)
    guard let digit = rest.utf8.first, digit &- 0x30 < 10 else { return nil }
    if text.hasSuffix(",") || text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
