/// The mention-finding stage: lexicon surface forms through one compiled `PhraseAutomaton`, plus
/// the heuristics for names the lexicon lacks (titled persons, cue-word organizations, weapon
/// designations) and role mentions ("the Prime Minister").
///
/// Case policy: a surface form written all in lowercase ("ballistic missiles", "kamikaze drones")
/// matches case-insensitively; a form with any uppercase letter matches exactly as written, so
/// "Patriot" does not match "patriot" and "US" does not match "us". ALL-CAPS headline words are
/// not special-cased: "PATRIOT" matches neither.
///
/// Adjective forms ("British") give a State mention of kind `.adjective`; whether "Russian troops"
/// means the state acting is for a later stage. A label or alias followed by "'s"/"’s" takes the
/// possessive into its span ("Britain’s").
///
/// Agreements (`AgreementRule`) are matched after the names, which they may contain. A bare
/// surname after the full name in an earlier sentence of the article is a Person mention too
/// (`SurnameRule`).
///
/// Overlaps: within a sentence the final mentions do not overlap, except agreement phrases; longer spans win, then lexicon
/// mentions over heuristic ones, then the earlier span. A titled person whose name is exactly a
/// lexicon person's span (or its start, as in "Sergey Lavrov's") keeps the lexicon mention and
/// gives it the title, role and state.
public struct EntityMatcher: Sendable {
  public let lexicon: Lexicon
  private let automaton: PhraseAutomaton
  /// The payload of each phrase: an index into this table of (entry id, kind, type).
  private let forms: [(entryID: String, kind: SurfaceForm.Kind, type: String)]
  private let titledPersons: TitledPersonRule
  private let cueOrganizations = CueOrganizationRule()
  private let designations = DesignationRule()
  private let acronyms = AcronymRule()
  private let places = LocationCueRule()
  private let namedWeapons: NamedWeaponRule
  private let agreements: AgreementRule
  private let counterparts = CounterpartRule()
  private let ministries: MinistryRule

  public init(lexicon: Lexicon) {
    self.init(
      lexicon: lexicon, names: Self.names(of: lexicon),
      titledPersons: TitledPersonRule(lexicon: lexicon), ministries: MinistryRule(lexicon: lexicon),
      namedWeapons: NamedWeaponRule(lexicon: lexicon), agreements: AgreementRule(lexicon: lexicon))
  }

  /// The matcher from its parts, built apart (`BuildPipeline` builds them side by side).
  init(
    lexicon: Lexicon, names: CompiledNames, titledPersons: TitledPersonRule,
    ministries: MinistryRule, namedWeapons: NamedWeaponRule, agreements: AgreementRule
  ) {
    self.lexicon = lexicon
    automaton = names.automaton
    forms = names.forms
    self.titledPersons = titledPersons
    self.ministries = ministries
    self.namedWeapons = namedWeapons
    self.agreements = agreements
  }

  /// Every surface form of the lexicon compiled into one automaton, and what each payload
  /// stands for.
  typealias CompiledNames = (
    automaton: PhraseAutomaton, forms: [(entryID: String, kind: SurfaceForm.Kind, type: String)]
  )

  /// The lexicon's names compiled; the type of a form is the one `lexicon.entry(id:)` gives.
  static func names(of lexicon: Lexicon) -> CompiledNames {
    var forms: [(entryID: String, kind: SurfaceForm.Kind, type: String)] = []
    var phrases: [(text: String, payload: Int32, caseSensitive: Bool)] = []
    lexicon.forEachSurfaceForm { text, position, kind, type in
      phrases.append(
        (
          text: text, payload: Int32(forms.count),
          caseSensitive: SurfaceForm.isCaseSensitive(text)
        ))
      forms.append((lexicon.entries[position].id, kind, type))
    }
    return (PhraseAutomaton(phrases: phrases), forms)
  }

  /// Every mention in the article's sentences, in text order.
  public func mentions(in article: Article, sentences: [Sentence]) -> [Mention] {
    let bytes = Array(article.text.utf8)
    var offsets = TextOffsets(utf8: bytes)
    var result: [Mention] = []
    var surnames = SurnameRule()
    /// Person mention texts given to `surnames` so far → the candidate lists they came with.
    var learned: [String: [[String]]] = [:]
    /// Acronyms introduced in parentheses so far → their mention: later bare uses are the same.
    var acronymsSeen: [String: Mention] = [:]
    for sentence in sentences {
      let siteName =
        sentence.index == 0 ? Self.siteNameStart(in: bytes, range: sentence.bytes) : nil
      let tokens = SentenceTokens(bytes: bytes, range: sentence.bytes)
      var found = mentions(in: tokens)
      if let siteName { found.removeAll { $0.bytes.lowerBound >= siteName } }
      if !surnames.surnames.isEmpty || !acronymsSeen.isEmpty {
        let bare =
          surnames.mentions(in: tokens, existing: found)
          + AcronymRule.laterMentions(of: acronymsSeen, in: tokens, existing: found)
        if !bare.isEmpty {
          found = (found + bare).sorted { left, right in
            if left.bytes.lowerBound != right.bytes.lowerBound {
              return left.bytes.lowerBound < right.bytes.lowerBound
            }
            return left.bytes.count > right.bytes.count
          }
        }
      }
      // A person mention already learned (same text, same candidates) teaches nothing new:
      // only the first of each is learned.
      surnames.learn(
        from: found.filter { mention in
          guard mention.type == "Person" && !mention.candidates.isEmpty,
            learned[mention.text]?.contains(mention.candidates) != true
          else { return false }
          learned[mention.text, default: []].append(mention.candidates)
          return true
        })
      for mention in found
      where mention.method == .acronym
        && AcronymRule.acronymLetters(mention.text) != nil
      {
        acronymsSeen[mention.text] = mention
      }
      // Set in place, in `found`: a copy would share its storage and have to copy it to change.
      for index in found.indices {
        found[index].document = article.document
        found[index].sentence = sentence.index
        let start = offsets.scalarOffset(ofByte: found[index].bytes.lowerBound)
        found[index].scalars = start..<offsets.scalarOffset(ofByte: found[index].bytes.upperBound)
      }
      result.append(contentsOf: found)
    }
    return result
  }

  /// Where a website's name starts in a title ("… with Iran | Daily News Byte"): after the last
  /// " | ". Nil when the title has none. The site is where the article was published, not
  /// something it reports on.
  static func siteNameStart(in bytes: [UInt8], range: Range<Int>) -> Int? {
    var position = range.upperBound - 3
    while position >= range.lowerBound {
      if bytes[position] == UInt8(ascii: " ") && bytes[position + 1] == UInt8(ascii: "|")
        && bytes[position + 2] == UInt8(ascii: " ")
      {
        return position + 3
      }
      position -= 1
    }
    return nil
  }

  /// The final, non-overlapping mentions of one sentence, by start (document, sentence index
  /// and scalar ranges are left for the caller).
  func mentions(in bytes: [UInt8], sentence range: Range<Int>) -> [Mention] {
    mentions(in: SentenceTokens(bytes: bytes, range: range))
  }

  /// The final mentions of one sentence already split into words.
  func mentions(in tokens: SentenceTokens) -> [Mention] {
    // Where phrases may start, found once for the three automata that scan the sentence.
    let starts = tokens.bytes.withUnsafeBufferPointer {
      PhraseAutomaton.wordStarts(in: UnsafeBufferPointer(rebasing: $0[tokens.range]))
    }
    var lexical = lexiconMentions(in: tokens, starts: starts)
    var heuristic: [Mention] = []
    for titled in titledPersons.mentions(in: tokens, lexicon: lexical, starts: starts) {
      if titled.method == .titledPerson,
        let same = lexical.firstIndex(where: {
          $0.type == "Person" && $0.bytes.lowerBound == titled.bytes.lowerBound
            && $0.bytes.upperBound >= titled.bytes.upperBound
        })
      {
        lexical[same].role = titled.role
        lexical[same].roleTitle = titled.roleTitle
        lexical[same].state = titled.state
      } else {
        heuristic.append(titled)
      }
    }
    heuristic += cueOrganizations.mentions(in: tokens, lexicon: lexical)
    var designated = designations.mentions(in: tokens)
    for index in designated.indices {
      if let ids = namedWeapons.byDesignation[designated[index].candidates[0]], ids.count == 1 {
        designated[index].candidates = ids
      }
    }
    lexical.removeAll { namedWeapons.isLossTally($0, in: tokens) }
    heuristic += designated
    heuristic += namedWeapons.mentions(in: tokens, lexicon: lexical, designations: designated)
    heuristic += acronyms.mentions(in: tokens, lexicon: lexical)
    heuristic += places.mentions(in: tokens, lexicon: lexical)
    heuristic += counterparts.mentions(in: tokens, lexicon: lexical)
    // A state's own ministry ("Taiwan's | Ministry of National Defense") replaces the generic
    // reading of the same words ("Foreign Office" of the lexicon, a cue-word organization).
    let ministryMentions = ministries.mentions(in: tokens, lexicon: lexical)
    lexical.removeAll { mention in ministryMentions.contains { $0.bytes == mention.bytes } }
    heuristic.removeAll { mention in ministryMentions.contains { $0.bytes == mention.bytes } }
    heuristic += ministryMentions
    let phrases = agreements.mentions(in: tokens, lexicon: lexical)
    return Self.resolveOverlaps(lexical + heuristic, agreements: phrases)
  }

  /// The lexicon's names in the sentence; `starts` are its `PhraseAutomaton.wordStarts`.
  private func lexiconMentions(in tokens: SentenceTokens, starts: [Int32]) -> [Mention] {
    let matches = tokens.bytes.withUnsafeBufferPointer {
      automaton.matches(in: UnsafeBufferPointer(rebasing: $0[tokens.range]), startingAt: starts)
    }
    var result: [Mention] = []
    result.reserveCapacity(matches.count)
    var placeEnd: Int?
    /// The forms (indices into `forms`) of one match, after the place-or-capital choice: one
    /// buffer for every match, and no copy of the forms' strings.
    var matched: [Int] = []
    for match in matches {
      let start = tokens.range.lowerBound + match.start
      matched.removeAll(keepingCapacity: true)
      for payload in automaton.payloads(of: match) { matched.append(Int(payload)) }
      if let isPlace = placeReading(of: matched, at: start, placeEnd: placeEnd, in: tokens) {
        matched.removeAll { isPlace ? forms[$0].type != "Location" : forms[$0].kind != .capital }
      }
      guard let first = matched.first else { continue }
      if forms[first].type == "Location" {
        placeEnd = tokens.range.lowerBound + match.end
      }
      if forms[first].type == "WeaponSystem", Self.isHyphenatedModifier(at: start, in: tokens) {
        continue
      }
      var candidates: [String] = []
      for form in matched where !candidates.contains(forms[form].entryID) {
        candidates.append(forms[form].entryID)
      }
      var end = tokens.range.lowerBound + match.end
      var possessive = false
      if forms[first].kind != .adjective, let extended = tokens.possessiveEnd(after: end) {
        end = extended
        possessive = true
      }
      result.append(
        Mention(
          document: "", sentence: 0, bytes: start..<end, scalars: 0..<0,
          text: String(decoding: tokens.bytes[start..<end], as: UTF8.self),
          candidates: candidates, type: forms[first].type, method: .lexicon(forms[first].kind),
          possessive: possessive))
    }
    return result
  }

  /// Whether a match starts right after a hyphen that follows a letter: the weapon word is then
  /// part of a compound modifier ("anti-tank", "counter-drone", "anti-ship"), not a weapon named.
  static func isHyphenatedModifier(at start: Int, in tokens: SentenceTokens) -> Bool {
    guard start >= tokens.range.lowerBound + 2, tokens.bytes[start - 1] == UInt8(ascii: "-")
    else { return false }
    let letter = tokens.bytes[start - 2] | 0x20
    return letter &- 0x61 < 26
  }

  /// Prepositions after which a name that is both a capital and a `Location` is the place.
  static let locativePrepositions: Set<String> = [
    "in", "at", "near", "outside", "around", "inside",
  ]
  /// Words of travel after which "to" leads to a place ("visits to Brussels").
  static let travelWords: Set<String> = [
    "visit", "visits", "visited", "trip", "trips", "travel", "travels", "travelled", "traveled",
    "journey", "flew", "flight", "flights", "returned", "moved", "relocated",
  ]

  /// For a name that is both a state's capital and a `Location` ("Warsaw", "Brussels"): true
  /// when the name is a place, so only its Location forms stay — after a locative preposition
  /// that does not open the sentence ("a base in Warsaw"), after "to" following a word of travel
  /// ("visits to Brussels"), or joined by "and"/"or" to such a place just before (`placeEnd`,
  /// "visits to Brussels and Warsaw"); false when only its capital forms stay ("Warsaw said",
  /// and the dateline "In Warsaw, …"). Nil when the name is not both, so the forms (indices
  /// into `forms`) stay as matched.
  private func placeReading(
    of matched: [Int], at start: Int, placeEnd: Int?, in tokens: SentenceTokens
  ) -> Bool? {
    guard matched.contains(where: { forms[$0].type == "Location" }),
      matched.contains(where: { forms[$0].kind == .capital })
    else { return nil }
    var isPlace = false
    if let word = tokens.firstWord(from: start), word >= 1 {
      let before = tokens.text(word - 1)
      if word >= 2 && Self.locativePrepositions.contains(before.lowercased()) {
        isPlace = true
      } else if before == "to", word >= 2, Self.travelWords.contains(tokens.text(word - 2)) {
        isPlace = true
      } else if before == "and" || before == "or", word >= 2, let placeEnd,
        tokens.words[word - 2].upperBound == placeEnd
      {
        isPlace = true
      }
    }
    return isPlace
  }

  /// Longest first, lexicon before heuristic on ties, then earlier; accepted spans never
  /// overlap. Agreement phrases are the exception: they may hold other mentions ("sanctions
  /// against Russia" holds "Russia"), but not cross one or another agreement. The result is in
  /// text order, an agreement before the mentions inside it.
  static func resolveOverlaps(_ mentions: [Mention], agreements: [Mention] = []) -> [Mention] {
    if agreements.isEmpty && mentions.count < 2 { return mentions }
    // Positions are sorted, not mentions (each holds several strings); a tie on every key keeps
    // the input order, as a stable sort of the mentions would. A kept mention is named by its
    // position (agreements after the mentions) and copied once, into the result.
    let spans = mentions.map(\.bytes)
    let isLexicon = mentions.map(\.method.isLexicon)
    let ordered = mentions.indices.sorted { left, right in
      let a = spans[left]
      let b = spans[right]
      if a.count != b.count { return a.count > b.count }
      if isLexicon[left] != isLexicon[right] { return isLexicon[left] }
      if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
      return left < right
    }
    /// The kept spans, mentions' first, then agreements', in the order they were kept.
    var accepted: [Range<Int>] = []
    var kept: [Int] = []
    accepted.reserveCapacity(mentions.count + agreements.count)
    kept.reserveCapacity(mentions.count + agreements.count)
    for position in ordered where !accepted.contains(where: { $0.overlaps(spans[position]) }) {
      accepted.append(spans[position])
      kept.append(position)
    }
    let keptMentions = accepted.count
    let agreementSpans = agreements.map(\.bytes)
    let byLength = agreements.indices.sorted { left, right in
      let a = agreementSpans[left].count
      let b = agreementSpans[right].count
      return a != b ? a > b : left < right
    }
    for position in byLength {
      let phrase = agreementSpans[position]
      guard !accepted[keptMentions...].contains(where: { $0.overlaps(phrase) }),
        !accepted[..<keptMentions].contains(where: {
          $0.overlaps(phrase)
            && !(phrase.lowerBound <= $0.lowerBound && $0.upperBound <= phrase.upperBound)
        })
      else { continue }
      accepted.append(phrase)
      kept.append(mentions.count + position)
    }
    let order = kept.indices.sorted { left, right in
      let a = accepted[left]
      let b = accepted[right]
      if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
      if a.count != b.count { return a.count > b.count }
      return left < right
    }
    var result: [Mention] = []
    result.reserveCapacity(order.count)
    for position in order {
      let index = kept[position]
      result.append(index < mentions.count ? mentions[index] : agreements[index - mentions.count])
    }
    return result
  }
}
