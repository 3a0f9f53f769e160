/// Persons named after a title: an honorific (Mr, Mrs, Ms, Dr, Sir, Dame, with or without ".")
/// or a role title of `Lexicon.roleTitles` (matched case-insensitively) followed by one to three
/// capitalized words separated by spaces.
///
/// - After an honorific the span includes it ("Mr. Lavrov"): the honorific is part of how the
///   person is named. After a role title the span is the name alone ("spokesman John Kirby" →
///   "John Kirby"), so an organization before the title stays its own mention; the title, its
///   role and its state are recorded on the mention.
/// - The name resolves to a lexicon person when it is one's label or alias, or when it is a single
///   word and exactly one lexicon person's label or alias ends with it ("Mr. Lavrov" →
///   sergey-lavrov). When several people share the surname all of them are the candidates (the
///   resolver picks one from context); otherwise the candidate is a slug of the name.
/// - The state is the title's own (role-titles.tsv), else a state mentioned right before the title
///   ("Russian Foreign Minister", "Ukraine's Defense Minister", "UK Defense Secretary"), else the
///   country of a national organization right before it ("National Security Council
///   spokesperson" → united-states).
/// - A role title with no name after it gives a role mention ("the Prime Minister") with no
///   candidates; `RoleResolver` finds the holder.
/// - Military ranks ("General", "Col.") and words for people that are no office of the lexicon
///   ("lawmaker", "chief executive", "analyst") introduce a name too, without a role: the span
///   is the name alone. A rank right after a title is skipped ("president, General Assimi
///   Goïta" → "Assimi Goïta").
/// - A title followed by a comma introduces an appositive name ("an agency spokesman, Krzysztof
///   Płatek, said") when the name has at least two words and is followed by a comma or ends the
///   sentence.
/// - Names are capitalized words (any script: "Płatek", "Goïta"), hyphenated given names
///   ("Gyu-back"), and particles inside them ("al-", "bin", "van der", "de").
struct TitledPersonRule: Sendable {
  static let honorifics: WordSet = ["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame"]
  /// Military and police ranks, capitalized as news writes them before a name.
  static let ranks: WordSet = [
    "General", "Gen", "Lieutenant", "Lt", "Colonel", "Col", "Major", "Maj", "Brigadier", "Brig",
    "Admiral", "Adm", "Captain", "Capt", "Sergeant", "Sgt", "Marshal", "Corporal", "Cpl",
    "Commodore", "Major-General", "Lieutenant-General", "Lt-Gen", "Maj-Gen", "Lt-Col",
    "Lieutenant-Colonel",
  ]
  /// Words that make a capitalized run after a rank or a person noun something else than a
  /// person ("General Dynamics", "General Assembly", "Major League").
  static let notInNames: WordSet = [
    "Dynamics", "Assembly", "Staff", "Atomics", "Electric", "Motors", "League", "Secretary",
    "President", "Minister", "Command", "Council", "Ministry", "Forces", "Office", "Department",
    "Agency", "Committee", "Party", "Army", "Navy", "Corps", "Group", "Corporation", "Company",
    "Systems", "Industries", "University", "Institute", "Republic", "Kingdom", "States",
  ]
  /// Words for people, written in lowercase before a name ("opposition lawmaker Tomasz
  /// Zieliński", "chief executive Haluk Bayraktar"), that are no office of the lexicon.
  static let personNouns: [String] = [
    "lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp", "chief executive",
    "ceo", "chairman", "chairwoman", "chairperson", "founder", "director", "director general",
    "director-general", "managing director", "analyst", "researcher", "expert", "professor",
    "scholar", "economist", "journalist", "reporter", "correspondent", "activist", "commander",
    "envoy", "ambassador", "diplomat", "negotiator", "official", "adviser", "advisor",
    "lieutenant general", "major general", "brigadier general", "vice admiral", "rear admiral",
    "opposition leader", "governor", "mayor", "ruler", "strongman", "dictator",
    "warlord", "militant", "rebel leader", "cleric", "deputy minister", "vice minister", "pilot",
    "soldier", "engineer", "scientist", "businessman", "businesswoman", "tycoon", "oligarch",
    "billionaire", "candidate", "undersecretary", "under secretary",
  ]
  /// Words between a state and the title of its office ("Niger's military leader", "Chinese
  /// foreign ministry spokesperson"), at most three.
  static let officeModifiers: WordSet = [
    "transitional", "interim", "acting", "new", "military", "junta", "current", "incoming",
    "outgoing", "longtime", "top", "powerful", "hardline", "veteran", "foreign", "ministry",
    "defence", "defense", "office",
  ]
  /// Lowercase particles inside a name ("Osama bin Laden", "Ursula von der Leyen").
  static let particles: WordSet = [
    "bin", "ibn", "bint", "al", "el", "van", "von", "der", "den", "de", "da", "di", "du", "la",
    "le", "dos", "das", "del", "ben", "abu", "ould", "ter",
  ]
  /// Capitalized words that follow titles without being names.
  static let notNames: WordSet = [
    "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "On",
    "In", "And", "But", "Said", "Says", "Has", "Had", "Is", "Was", "Will", "Would",
  ]

  let roleTitles: [RoleTitle]
  let titleAutomaton: PhraseAutomaton
  let personNounAutomaton = PhraseAutomaton(
    phrases: TitledPersonRule.personNouns.map { (text: $0, payload: 0, caseSensitive: false) })
  /// Full names (labels and aliases) of lexicon persons → ids, as `PersonIDs`.
  let personsByName: [String: Int32]
  /// Last words of lexicon persons' labels and aliases → ids, as `PersonIDs`.
  let personsBySurname: [String: Int32]
  /// The lexicon's entries, whose positions `personsByName` and `personsBySurname` give.
  let entries: [LexiconEntry]
  /// The id lists of the names shared by several persons, in the order first seen.
  let sharedPersons: [[String]]
  /// Lexicon organizations of one state → that state ("National Security Council spokesman").
  let countryOfOrganization: [String: String]

  init(lexicon: Lexicon) {
    roleTitles = lexicon.roleTitles
    titleAutomaton = PhraseAutomaton(
      phrases: lexicon.roleTitles.enumerated().map {
        (text: $0.element.title, payload: Int32($0.offset), caseSensitive: false)
      })
    // A name's ids are one entry position, or for the few names several persons share, a list
    // of `shared`: no array per name (an allocation and a release each, for every person name
    // of a 100,000-entry lexicon at start-up).
    var byName: [String: Int32] = [:]
    var bySurname: [String: Int32] = [:]
    var shared: [[String]] = []
    byName.reserveCapacity(lexicon.entries.count)
    bySurname.reserveCapacity(lexicon.entries.count)
    let entries = lexicon.entries
    for person in lexicon.positions(ofType: "Person") {
      for position in -1..<entries[person].aliases.count {
        let name = position < 0 ? entries[person].label : entries[person].aliases[position]
        Self.add(person, named: name, to: &byName, shared: &shared, entries: entries)
        if let surname = NameWords.lastWord(of: name) {
          Self.add(
            person, named: String(surname), to: &bySurname, shared: &shared, entries: entries)
        }
      }
    }
    personsByName = byName
    personsBySurname = bySurname
    sharedPersons = shared
    self.entries = entries
    var countries: [String: String] = [:]
    for position in lexicon.positions(ofType: "Organization") {
      if let country = entries[position].country, !country.isEmpty {
        countries[entries[position].id] = country
      }
    }
    countryOfOrganization = countries
  }

  /// Adds the person at `position` of `entries` to the ids of `name` in `table` (unless it is
  /// there already), keeping them in the order added: a value `v >= 0` is the one person at
  /// `entries[v]`, `v < 0` the list `shared[-1 - v]`.
  private static func add(
    _ position: Int, named name: String, to table: inout [String: Int32],
    shared: inout [[String]], entries: [LexiconEntry]
  ) {
    guard let old = table.updateValue(Int32(position), forKey: name) else { return }
    let id = entries[position].id
    if old >= 0 {
      if entries[Int(old)].id == id {
        table[name] = old
      } else {
        shared.append([entries[Int(old)].id, id])
        table[name] = -Int32(shared.count)
      }
    } else {
      table[name] = old
      if !shared[Int(-1 - old)].contains(id) { shared[Int(-1 - old)].append(id) }
    }
  }

  /// The ids of a `personsByName` or `personsBySurname` value.
  private func ids(_ value: Int32) -> [String] {
    value >= 0 ? [entries[Int(value)].id] : sharedPersons[Int(-1 - value)]
  }

  /// The lexicon ids a name denotes, or nil when it is not a known person.
  func lexiconPersons(named name: String) -> [String]? {
    if let value = personsByName[name] { return ids(value) }
    if !name.contains(" "), let value = personsBySurname[name] { return ids(value) }
    return nil
  }

  /// The titled persons and role mentions of a sentence; `lexicon` is its lexicon mentions and
  /// `starts` its `PhraseAutomaton.wordStarts`.
  func mentions(in tokens: SentenceTokens, lexicon: [Mention], starts: [Int32]) -> [Mention] {
    var result: [Mention] = []
    for index in tokens.words.indices where Self.honorifics.contains(word: index, in: tokens) {
      var after = tokens.words[index].upperBound
      if after < tokens.range.upperBound && tokens.bytes[after] == UInt8(ascii: ".") { after += 1 }
      guard let name = name(after: after, in: tokens) else { continue }
      let bytes = tokens.words[index].lowerBound..<name.bytes.upperBound
      result.append(
        Mention(
          document: "", sentence: 0, bytes: bytes, scalars: 0..<0,
          text: String(decoding: tokens.bytes[bytes], as: UTF8.self),
          candidates: candidates(for: name.text), type: "Person", method: .titledPerson))
    }
    let matches = tokens.bytes.withUnsafeBufferPointer {
      titleAutomaton.matches(
        in: UnsafeBufferPointer(rebasing: $0[tokens.range]), startingAt: starts)
    }
    for match in matches {
      let titleBytes =
        (tokens.range.lowerBound + match.start)..<(tokens.range.lowerBound + match.end)
      guard let payload = titleAutomaton.payloads(of: match).first else { continue }
      let title = roleTitles[Int(payload)]
      let written = String(decoding: tokens.bytes[titleBytes], as: UTF8.self)
      let state = title.state ?? stateBefore(titleBytes.lowerBound, in: tokens, lexicon: lexicon)
      if let name = name(after: titleBytes.upperBound, in: tokens) {
        result.append(
          Mention(
            document: "", sentence: 0, bytes: name.bytes, scalars: 0..<0, text: name.text,
            candidates: candidates(for: name.text), type: "Person", method: .titledPerson,
            role: title.role, roleTitle: written, state: state))
      } else {
        result.append(
          Mention(
            document: "", sentence: 0, bytes: titleBytes, scalars: 0..<0, text: written,
            candidates: [], type: "Person", method: .role, role: title.role, roleTitle: written,
            state: state))
        // "an agency spokesman, Krzysztof Płatek,": the resolver pairs a role with a lexicon
        // person in apposition; a name the lexicon lacks is found here, with the title's role.
        if let name = name(after: titleBytes.upperBound, in: tokens, appositive: true),
          lexiconPersons(named: name.text) == nil,
          !lexicon.contains(where: { $0.bytes.overlaps(name.bytes) })
        {
          result.append(
            Mention(
              document: "", sentence: 0, bytes: name.bytes, scalars: 0..<0, text: name.text,
              candidates: candidates(for: name.text), type: "Person", method: .titledPerson,
              role: title.role, roleTitle: written, state: state))
        }
      }
    }
    // Ranks and person nouns last: a title's mention of the same name keeps its role.
    for introducer in introducers(in: tokens, starts: starts)
    where !lexicon.contains(where: { $0.bytes.overlaps(introducer) }) {
      guard let name = name(after: introducer.upperBound, in: tokens, appositive: true),
        !result.contains(where: { $0.bytes.overlaps(name.bytes) }),
        !lexicon.contains(where: {
          $0.type != "Person" && $0.bytes.lowerBound == name.bytes.lowerBound
        }),
        !name.text.split(separator: " ").contains(where: {
          Self.notInNames.contains(String($0))
        })
      else { continue }
      let known = lexiconPersons(named: name.text)
      guard known != nil || name.text.contains(" ") else { continue }
      result.append(
        Mention(
          document: "", sentence: 0, bytes: name.bytes, scalars: 0..<0, text: name.text,
          candidates: candidates(for: name.text), type: "Person", method: .titledPerson))
    }
    return result
  }

  private func candidates(for name: String) -> [String] {
    lexiconPersons(named: name) ?? MentionSlug.make(name).map { [$0] } ?? []
  }

  /// The end of each rank run ("General", "Lt. Gen.") and each lowercase person noun
  /// ("lawmaker") of the sentence: places a name may follow.
  private func introducers(in tokens: SentenceTokens, starts: [Int32]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var index = 0
    while index < tokens.words.count {
      guard Self.ranks.contains(word: index, in: tokens) else {
        index += 1
        continue
      }
      let start = tokens.words[index].lowerBound
      var end = tokens.words[index].upperBound
      while true {
        if end < tokens.range.upperBound && tokens.bytes[end] == UInt8(ascii: ".") { end += 1 }
        guard index + 1 < tokens.words.count, Self.ranks.contains(word: index + 1, in: tokens),
          SentenceTokens.isSpace(tokens.bytes[end..<tokens.words[index + 1].lowerBound])
        else { break }
        index += 1
        end = tokens.words[index].upperBound
      }
      result.append(start..<end)
      index += 1
    }
    let matches = tokens.bytes.withUnsafeBufferPointer {
      personNounAutomaton.matches(
        in: UnsafeBufferPointer(rebasing: $0[tokens.range]), startingAt: starts)
    }
    for match in matches {
      let start = tokens.range.lowerBound + match.start
      // Written in lowercase only: "Leader" or "Speaker" opening a sentence is no title.
      guard tokens.bytes[start] &- 0x61 < 26 else { continue }
      result.append(start..<(tokens.range.lowerBound + match.end))
    }
    return result
  }

  /// One to three name words (four with particles) starting after whitespace at `position`,
  /// after any rank. With `appositive`, a comma may come first when a comma or the end of the
  /// sentence follows a name of two or more words.
  private func name(after position: Int, in tokens: SentenceTokens, appositive: Bool = false)
    -> (bytes: Range<Int>, text: String)?
  {
    guard var first = tokens.firstWord(from: position) else { return nil }
    let gap = tokens.bytes[position..<tokens.words[first].lowerBound]
    var isComma = false
    if !SentenceTokens.isSpace(gap) {
      guard appositive, gap.first == UInt8(ascii: ","),
        SentenceTokens.isSpace(gap.dropFirst())
      else { return nil }
      isComma = true
    }
    while first + 1 < tokens.words.count && Self.ranks.contains(word: first, in: tokens)
      && tokens.isSpaceAfterRank(first)
    {
      first += 1
    }
    var last = first - 1
    var words = 0
    while last + 1 < tokens.words.count && words < 3 {
      let next = last + 1
      guard next == first || tokens.isSpaceAfter(last) else { break }
      let text = tokens.text(next)
      if !tokens.isCapitalized(next) && next > first && Self.isParticleCompound(text) {
        // "al-Julani", "bin-Salman": a name word.
        last = next
        words += 1
        if tokens.isPossessive(next) { break }
        continue
      }
      if !tokens.isCapitalized(next) {
        // A particle joins two name words ("bin Salman", "van der Berg").
        guard next > first, Self.particles.contains(text),
          next + 1 < tokens.words.count, tokens.isSpaceAfter(next),
          tokens.isCapitalized(next + 1) || Self.particles.contains(word: next + 1, in: tokens)
        else { break }
        last = next
        continue
      }
      guard !Self.notNames.contains(text), !Self.ranks.contains(text) || next > first else {
        break
      }
      last = next
      words += 1
      if tokens.isPossessive(next) { break }
    }
    guard last >= first,
      tokens.isCapitalized(last) || Self.isParticleCompound(tokens.text(last))
    else { return nil }
    if isComma {
      guard last > first else { return nil }
      let end = tokens.words[last].upperBound
      let rest = tokens.bytes[end..<tokens.range.upperBound]
      guard let next = rest.first(where: { !MatchText.isASCIISpace($0) }) else {
        return (
          tokens.words[first].lowerBound..<end, tokens.text(from: first, through: last)
        )
      }
      guard next == UInt8(ascii: ",") || next == UInt8(ascii: ".") else { return nil }
    }
    return (
      tokens.words[first].lowerBound..<tokens.words[last].upperBound,
      tokens.text(from: first, through: last)
    )
  }

  /// Whether a lowercase word is a particle glued to a capitalized name ("al-Assad",
  /// "bin-Salman").
  static func isParticleCompound(_ word: String) -> Bool {
    guard let hyphen = word.firstIndex(of: "-") else { return false }
    let rest = word[word.index(after: hyphen)...]
    guard let initial = rest.unicodeScalars.first, initial.properties.isUppercase else {
      return false
    }
    return particles.contains(String(word[..<hyphen]))
  }

  /// The state of a mention that ends, after whitespace only, at `position`: a State, or a
  /// national organization of the lexicon (its country).
  private func stateBefore(
    _ title: Int, in tokens: SentenceTokens, lexicon: [Mention]
  ) -> String? {
    // Modifiers of the office between the state and the title: "Mali's transitional president".
    var position = title
    var skipped = 0
    while skipped < 3 {
      let word = (tokens.firstWord(from: position) ?? tokens.words.count) - 1
      guard word >= 0, Self.officeModifiers.contains(word: word, in: tokens),
        SentenceTokens.isSpace(tokens.bytes[tokens.words[word].upperBound..<position])
      else { break }
      position = tokens.words[word].lowerBound
      skipped += 1
    }
    for mention in lexicon where mention.bytes.upperBound < position {
      guard SentenceTokens.isSpace(tokens.bytes[mention.bytes.upperBound..<position]),
        let id = mention.candidates.first
      else { continue }
      if mention.type == "State" { return id }
      if mention.type == "Organization", let country = countryOfOrganization[id] {
        return country
      }
    }
    return nil
  }
}
