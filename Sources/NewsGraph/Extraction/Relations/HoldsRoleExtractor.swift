/// Reads `holdsRole` person → state (or organization) from the resolved mentions, not from
/// verbs: the matcher already records a title's generic role and state on the mention.
///
/// Sources, each with its own rule id:
/// - `role-title`: a person named after a title ("Defence Secretary Ben Wallace", "Russian
///   Foreign Minister Sergey Lavrov", "NATO Secretary General Jens Stoltenberg");
/// - `role-apposition`: a role mention next to a name, separated by a comma ("The Prime
///   Minister, Rishi Sunak", "Ben Wallace, the defence secretary", "Sergei Shoigu, Russia's
///   defense minister"): the named person holds the role, whoever the resolver chose;
/// - `role-mention`: a role mention the resolver resolved to its holder on the article's date
///   ("The Defense Secretary will travel");
/// - `role-counterpart`: "her Russian counterpart Sergei Lavrov" takes the role of the last
///   titled person before it in the sentence and the state written before "counterpart".
///
/// The state is the mention's (from the title, or a state adjective or possessive before it);
/// else the one state for which `offices.tsv` lists the person in that role on the article's date
/// (any date when the article has none). Without a state there is no relation. `valid_from` and
/// `valid_until` come from that term of office when the lexicon has it.
public struct HoldsRoleExtractor: RelationCandidateSource {
  public let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Every rule of this source reads an office from a title or an apposition, which the
  /// sentence presupposes: "Defence Secretary Ben Wallace will travel" plans a journey, not an
  /// office.
  public var presupposedRules: Set<String> {
    [
      "role-title", "role-apposition", "role-mention", "role-counterpart", "role-leader",
      "role-context",
    ]
  }

  public func candidates(in document: ResolvedDocument) -> [RelationCandidate] {
    let bytes = document.bytes
    let date = document.article.metadata?.published
    var result: [RelationCandidate] = []
    for sentence in document.sentences {
      // Only persons hold roles: a sentence without one is not copied.
      let slice = document.mentions(inSentence: sentence.index)
      guard slice.contains(where: { $0.type == "Person" }) else { continue }
      let mentions = Array(slice)
      var seen: [(person: String, state: String, role: String)] = []
      for (index, resolved) in mentions.enumerated() where resolved.type == "Person" {
        guard
          var found = holding(at: index, in: mentions, bytes: bytes, sentence: sentence)
            ?? leader(at: index, in: mentions, bytes: bytes, on: date)
        else { continue }
        var known = state(of: found.person, role: found.role, written: found.state, on: date)
        if known == nil, found.state == nil, lexicon.offices(of: found.person).isEmpty,
          let context = contextState(
            before: found.trigger, sentence: sentence, in: document, bytes: bytes)
        {
          // A titled person the lexicon does not know: the state (or body) the context names.
          found.rule = "role-context"
          found.confidence = 0.6
          known = (context, nil)
        }
        guard let (state, office) = known else { continue }
        if seen.contains(where: {
          $0.person == found.person && $0.state == state && $0.role == found.role
        }) {
          continue
        }
        seen.append((found.person, state, found.role))
        var attributes: [String: AttributeValue] = [
          "role": .string(found.role), "rule": .string(found.rule),
          "confidence": .double(found.confidence),
        ]
        if let office {
          attributes["valid_from"] = .date(office.from)
          if let until = office.until { attributes["valid_until"] = .date(until) }
        }
        let provenance = Provenance(
          document: document.article.document, sentence: sentence.index,
          start: AgreementWords.scalarOffset(ofByte: found.span.lowerBound, in: sentence, bytes),
          end: AgreementWords.scalarOffset(ofByte: found.span.upperBound, in: sentence, bytes),
          evidence: sentence.text(in: document.article))
        let relation = ExtractedRelation(
          type: "holdsRole", source: found.person, target: state, attributes: attributes,
          provenance: provenance)
        let base = sentence.bytes.lowerBound
        let trigger = (found.trigger.lowerBound - base)..<(found.trigger.upperBound - base)
        result.append(RelationCandidate(relation: relation, trigger: trigger))
      }
    }
    return result.sorted { $0.relation.provenance.start < $1.relation.provenance.start }
  }

  func holding(
    at index: Int, in mentions: [ResolvedMention], bytes: [UInt8], sentence: Sentence
  ) -> HoldsRoleFinding? {
    let resolved = mentions[index]
    let mention = resolved.mention
    if let role = mention.role {
      if mention.method == .role {
        if let named = apposed(to: index, in: mentions, bytes: bytes) {
          let other = mentions[named].mention.bytes
          let span =
            min(
              other.lowerBound, mention.bytes.lowerBound)..<max(
              other.upperBound, mention.bytes.upperBound)
          return HoldsRoleFinding(
            person: mentions[named].entity, role: role, state: mention.state, span: span,
            trigger: mention.bytes, rule: "role-apposition", confidence: 0.85)
        }
        return HoldsRoleFinding(
          person: resolved.entity, role: role, state: mention.state, span: mention.bytes,
          trigger: mention.bytes, rule: "role-mention", confidence: 0.7)
      }
      let title = titleRange(mention, bytes: bytes, sentence: sentence)
      return HoldsRoleFinding(
        person: resolved.entity, role: role, state: mention.state,
        span: title.lowerBound..<mention.bytes.upperBound, trigger: title, rule: "role-title",
        confidence: 0.9)
    }
    return counterpart(at: index, in: mentions, bytes: bytes)
  }

  /// The bytes of the title written right before a titled person's name, or the name's own
  /// bytes when the title is not found there.
  func titleRange(_ mention: Mention, bytes: [UInt8], sentence: Sentence) -> Range<Int> {
    guard let title = mention.roleTitle else { return mention.bytes }
    var end = mention.bytes.lowerBound
    while end > sentence.bytes.lowerBound && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    let written = Array(title.utf8)
    let start = end - written.count
    guard start >= sentence.bytes.lowerBound, Array(bytes[start..<end]) == written else {
      return mention.bytes
    }
    return start..<end
  }

  /// The person mention a role mention stands in apposition to: "Role, Name" or
  /// "Name, [the|a] [State] Role". Only a comma, spaces, articles and State mentions may
  /// separate them.
  func apposed(to index: Int, in mentions: [ResolvedMention], bytes: [UInt8]) -> Int? {
    let role = mentions[index].mention.bytes
    if index + 1 < mentions.count, Self.isName(mentions[index + 1]) {
      let gap = Self.words(
        bytes, from: role.upperBound, to: mentions[index + 1].mention.bytes.lowerBound)
      if gap.first == ",", gap.dropFirst().allSatisfy({ Self.ranks.contains($0) }) {
        return index + 1
      }
    }
    var before = index - 1
    var cursor = role.lowerBound
    while before >= 0 {
      let candidate = mentions[before]
      let gap = Self.words(bytes, from: candidate.mention.bytes.upperBound, to: cursor)
      if candidate.type == "State", gap.allSatisfy({ ["the", "a", "an"].contains($0) }) {
        cursor = candidate.mention.bytes.lowerBound
        before -= 1
        continue
      }
      guard Self.isName(candidate), let first = gap.first, first == ",",
        gap.dropFirst().allSatisfy({ ["the", "a", "an"].contains($0) })
      else { return nil }
      return before
    }
    return nil
  }

  /// Military ranks written between an apposed title and the name ("Mali's transitional
  /// president, General Assimi Goïta"; "Russia's defence minister, General Sergei Shoigu").
  static let ranks: Set<String> = [
    "general", "gen.", "lieutenant", "lt.", "colonel", "col.", "major", "maj.", "captain",
    "capt.", "admiral", "adm.", "marshal", "field", "brigadier", "commander", "air", "vice",
    "rear",
  ]

  static func isName(_ mention: ResolvedMention) -> Bool {
    mention.type == "Person" && mention.mention.method != .role
  }

  /// "[State] counterpart Name": the role of the last role-bearing person before it in the
  /// sentence, the state written before "counterpart".
  func counterpart(at index: Int, in mentions: [ResolvedMention], bytes: [UInt8])
    -> HoldsRoleFinding?
  {
    let mention = mentions[index].mention
    let previousEnd = index > 0 ? mentions[index - 1].mention.bytes.upperBound : 0
    let from = max(previousEnd, mention.bytes.lowerBound - 40)
    // Most names follow no "counterpart": a byte search rules them out before any word is
    // lower-cased (`AgreementWords.mayContain`).
    let before = from..<max(from, mention.bytes.lowerBound)
    guard AgreementWords.mayContain("counterpart", in: bytes, before) else { return nil }
    let gap = Self.words(bytes, from: from, to: mention.bytes.lowerBound)
    guard gap.last == "counterpart" || gap.last == "counterparts" else { return nil }
    guard
      let model = mentions[..<index].last(where: { $0.type == "Person" && $0.mention.role != nil }),
      let role = model.mention.role
    else { return nil }
    var state: String?
    if index > 0, mentions[index - 1].type == "State", gap.count <= 2 {
      state = mentions[index - 1].entity
    }
    let start =
      state != nil ? mentions[index - 1].mention.bytes.lowerBound : mention.bytes.lowerBound
    return HoldsRoleFinding(
      person: mentions[index].entity, role: role, state: state,
      span: start..<mention.bytes.upperBound, trigger: mention.bytes, rule: "role-counterpart",
      confidence: 0.6)
  }

  /// Words that may stand before "leader" when it names a head of state or government ("leader
  /// Kim Jong Un", "North Korean leader", "supreme leader"); "opposition leader" and "party
  /// leader" are other posts.
  static let leaderModifiers: Set<String> = [
    "the", "supreme", "military", "transitional", "junta", "de", "facto", "country's",
    "nation's", "its", "their",
  ]

  /// "leader Kim Jong Un", "North Korea's leader, Kim Jong Un": the person's one head-of-state
  /// or head-of-government office that day in the lexicon (rule `role-leader`); "leader" alone
  /// says no more than that.
  func leader(
    at index: Int, in mentions: [ResolvedMention], bytes: [UInt8], on date: CalendarDate?
  ) -> HoldsRoleFinding? {
    let mention = mentions[index].mention
    let previousEnd = index > 0 ? mentions[index - 1].mention.bytes.upperBound : 0
    let from = max(previousEnd, mention.bytes.lowerBound - 40)
    guard AgreementWords.mayContain("leader", in: bytes, from..<max(from, mention.bytes.lowerBound))
    else { return nil }
    let gap = Self.words(bytes, from: from, to: mention.bytes.lowerBound)
    var words = gap
    while let last = words.last, Self.ranks.contains(last) { words.removeLast() }
    if words.last == "," { words.removeLast() }
    guard words.last == "leader" else { return nil }
    let before = words.dropLast()
    let adjacentState = index > 0 && mentions[index - 1].type == "State"
    if let word = before.last, !Self.leaderModifiers.contains(word), !adjacentState {
      guard before.count >= 1, ["of", "and", "said", "with", "by", "to", "met"].contains(word)
      else { return nil }
    }
    let written =
      adjacentState && before.allSatisfy({ Self.leaderModifiers.contains($0) })
      ? mentions[index - 1].entity : nil
    let offices = lexicon.offices(of: mentions[index].entity).filter { office in
      (office.role == "head of state" || office.role == "head of government")
        && (date.map { office.isHeld(on: $0) } ?? true)
        && (written == nil || office.state == written)
    }
    let roles = Set(offices.map { "\($0.role) \($0.state)" })
    guard roles.count == 1, let office = offices.first else { return nil }
    let start =
      written != nil ? mentions[index - 1].mention.bytes.lowerBound : mention.bytes.lowerBound
    return HoldsRoleFinding(
      person: mentions[index].entity, role: office.role, state: office.state,
      span: start..<mention.bytes.upperBound, trigger: mention.bytes, rule: "role-leader",
      confidence: 0.75)
  }

  /// Words in an organization's name that make it a state's office: its spokesperson speaks
  /// for the state ("foreign ministry spokesperson Mao Ning" → China).
  static let stateOfficeWords = ["ministry", "department", "office", "kremlin", "white house"]

  /// The state (or body) of a titled person whom the lexicon does not know: an organization
  /// named right before the title (a state office gives its state, any other body itself: "an
  /// agency spokesman"), else the one state the sentence names, else the one state of the
  /// sentence before when the sentence names none.
  func contextState(
    before trigger: Range<Int>, sentence: Sentence, in document: ResolvedDocument, bytes: [UInt8]
  ) -> String? {
    let mentions = Array(document.mentions(inSentence: sentence.index))
    if let body = mentions.last(where: { $0.mention.bytes.upperBound <= trigger.lowerBound }),
      body.type == "Organization",
      Self.words(bytes, from: body.mention.bytes.upperBound, to: trigger.lowerBound).isEmpty
    {
      let entry = lexicon.entry(id: body.entity)
      let name = (entry?.label ?? body.mention.text).lowercased()
      if !Self.stateOfficeWords.contains(where: { name.contains($0) }) { return body.entity }
      if let country = entry?.country, !country.isEmpty { return country }
      // A state office the lexicon lacks ("Indonesia's Foreign Ministry"): the context's state.
    }
    func onlyState(_ mentions: [ResolvedMention]) -> String? {
      let states = Set(mentions.filter { $0.type == "State" }.map(\.entity))
      return states.count == 1 ? states.first : nil
    }
    if let state = onlyState(mentions) { return state }
    if mentions.contains(where: { $0.type == "State" }) { return nil }
    guard let previous = document.sentences.last(where: { $0.index < sentence.index }) else {
      return nil
    }
    return onlyState(Array(document.mentions(inSentence: previous.index)))
  }

  /// Lower-cased words of a gap between mentions; a comma counts as a word.
  static func words(_ bytes: [UInt8], from start: Int, to end: Int) -> [String] {
    guard start < end else { return [] }
    let gap = bytes[start..<end]
    var result: [String] = []
    var current: [UInt8] = []
    func flush() {
      if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self).lowercased()) }
      current = []
    }
    for byte in gap {
      if byte == UInt8(ascii: ",") {
        flush()
        result.append(",")
      } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0A {
        flush()
      } else {
        current.append(byte)
      }
    }
    flush()
    return result
  }

  /// The state of the office and the lexicon's term when known: the written state, else the
  /// only state for which the person held the role that day (any day without a date).
  func state(of person: String, role: String, written: String?, on date: CalendarDate?) -> (
    String, Office?
  )? {
    let terms = lexicon.offices(of: person).filter { office in
      office.role == role && (written == nil || office.state == written)
    }
    let current = date.map { day in terms.filter { $0.isHeld(on: day) } } ?? terms
    if let written { return (written, current.count == 1 ? current[0] : nil) }
    let states = Set(current.map(\.state))
    guard states.count == 1, let state = states.first else { return nil }
    return (state, current.count == 1 ? current[0] : nil)
  }
}
