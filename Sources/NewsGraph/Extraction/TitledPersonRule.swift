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
struct TitledPersonRule: Sendable {
  static let honorifics: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame"]
  /// Capitalized words that follow titles without being names.
  static let notNames: Set<String> = [
    "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "On",
    "In", "And", "But", "Said", "Says", "Has", "Had", "Is", "Was", "Will", "Would",
  ]

  let roleTitles: [RoleTitle]
  let titleAutomaton: PhraseAutomaton
  /// Full names (labels and aliases) of lexicon persons → ids.
  let personsByName: [String: [String]]
  /// Last words of lexicon persons' labels and aliases → ids.
  let personsBySurname: [String: [String]]
  /// Lexicon organizations of one state → that state ("National Security Council spokesman").
  let countryOfOrganization: [String: String]

  init(lexicon: Lexicon) {
    roleTitles = lexicon.roleTitles
    titleAutomaton = PhraseAutomaton(
      phrases: lexicon.roleTitles.enumerated().map {
        (text: $0.element.title, payload: Int32($0.offset), caseSensitive: false)
      })
    var byName: [String: [String]] = [:]
    var bySurname: [String: [String]] = [:]
    for entry in lexicon.entries where entry.type == "Person" {
      for name in [entry.label] + entry.aliases {
        Self.add(entry.id, to: &byName[name, default: []])
        if let surname = name.split(separator: " ").last {
          Self.add(entry.id, to: &bySurname[String(surname), default: []])
        }
      }
    }
    personsByName = byName
    personsBySurname = bySurname
    var countries: [String: String] = [:]
    for entry in lexicon.entries where entry.type == "Organization" {
      if let country = entry.country, !country.isEmpty { countries[entry.id] = country }
    }
    countryOfOrganization = countries
  }

  private static func add(_ id: String, to list: inout [String]) {
    if !list.contains(id) { list.append(id) }
  }

  /// The lexicon ids a name denotes, or nil when it is not a known person.
  func lexiconPersons(named name: String) -> [String]? {
    if let ids = personsByName[name] { return ids }
    if !name.contains(" "), let ids = personsBySurname[name] { return ids }
    return nil
  }

  func mentions(in tokens: SentenceTokens, lexicon: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for index in tokens.words.indices where Self.honorifics.contains(tokens.text(index)) {
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
      titleAutomaton.matches(in: UnsafeBufferPointer(rebasing: $0[tokens.range]))
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
      }
    }
    return result
  }

  private func candidates(for name: String) -> [String] {
    lexiconPersons(named: name) ?? MentionSlug.make(name).map { [$0] } ?? []
  }

  /// One to three capitalized words starting after whitespace at `position`.
  private func name(after position: Int, in tokens: SentenceTokens) -> (
    bytes: Range<Int>, text: String
  )? {
    guard let first = tokens.firstWord(from: position),
      SentenceTokens.isSpace(tokens.bytes[position..<tokens.words[first].lowerBound])
    else { return nil }
    var last = first - 1
    while last + 1 < tokens.words.count && last + 1 < first + 3 {
      let next = last + 1
      guard tokens.isCapitalized(next), !Self.notNames.contains(tokens.text(next)) else { break }
      guard next == first || tokens.isSpaceAfter(last) else { break }
      last = next
      if tokens.isPossessive(next) { break }
    }
    guard last >= first else { return nil }
    return (
      tokens.words[first].lowerBound..<tokens.words[last].upperBound,
      tokens.text(from: first, through: last)
    )
  }

  /// The state of a mention that ends, after whitespace only, at `position`: a State, or a
  /// national organization of the lexicon (its country).
  private func stateBefore(
    _ position: Int, in tokens: SentenceTokens, lexicon: [Mention]
  ) -> String? {
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
