/// The resolution stage: turns the mentions of every document into entities, one entity per thing
/// named, within a document and across documents.
///
/// The input is the per-document output of the earlier stages in input order; the result depends
/// only on that order (documents may be matched in parallel upstream). Documents are resolved one
/// after the other, so what a mention becomes depends only on its own and earlier documents:
/// adding a document never renames or re-merges the entities of the ones before it.
///
/// Rules, per mention:
/// - One lexicon candidate: that entry (its label, type and Wikidata id). The text becomes an
///   alias when it differs from the label (without a leading "the" or a possessive). Adjectives
///   ("British") and capitals ("Moscow") are surface forms of the state, so they resolve to it;
///   the matcher has already made the capitals that host international bodies places where the
///   sentence uses them as places ("talks in Vienna").
/// - Several lexicon candidates: the one already mentioned in this document, else in an earlier
///   one, else the only one holding an office on the article's date; otherwise dropped.
/// - A person the lexicon lacks, named by a single word ("Mr Wallace"): the person with that
///   surname and a fuller name mentioned earlier in this document, else in earlier documents;
///   otherwise its own entity under the slug of the name.
/// - A role mention ("the defence secretary"): dropped after "a"/"an"; else the person in
///   apposition right after it who held the role that day; else `RoleResolver` with the
///   mention's state, the state of the last mention of that role in the document, the home state
///   (whose officials the document names with bare titles) or, failing that, the most mentioned
///   state; dropped without a unique holder. The most mentioned state is often the foreign one
///   the story is about, not the outlet's own, hence the home state first.
/// - "his Russian counterpart" (`CounterpartRule`): the holder, for the named state, of the role
///   of the nearest person named before it who held an office that day.
/// - A bare surname (`SurnameRule`): its candidates are the full names met earlier in the
///   article, so the rules above apply (the one mentioned in the document wins).
/// - An agreement (`AgreementRule`): the id and label from its parties, value and head noun, so
///   the same parties and head merge across documents; a definite phrase without parties ("the
///   deal") joins the document's last agreement with that head, else, for two-party heads, is
///   named after the states of the sentence before; otherwise it is dropped.
/// - Types never conflict: a lexicon candidate of another type than the mention is dropped, and a
///   slug already taken by an entity of another type gets the type appended.
public struct EntityResolver: Sendable {
  public let lexicon: Lexicon

  static let honorifics: Set<String> = [
    "mr", "mrs", "ms", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr.",
  ]

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Resolves the documents' mentions, documents in the order given.
  public func resolve(_ documents: [(Article, [Mention])]) -> EntityResolution {
    var state = ResolutionState()
    var assignments: [[String?]] = []
    for (article, mentions) in documents {
      assignments.append(resolve(mentions, of: article, state: &state))
    }
    return EntityResolution(
      entities: state.entities, assignments: assignments, report: MergeReport(lines: state.lines))
  }

  /// Resolves one more document, after those already in `state`: what streaming callers use,
  /// so only the entities (not the documents) stay in memory. Returns, for each mention in
  /// order, the entity id it resolved to, nil when dropped.
  public func resolve(_ mentions: [Mention], of article: Article, state: inout ResolutionState)
    -> [String?]
  {
    state.startDocument()
    state.documentMostMentionedState = Self.mostMentionedState(in: mentions, lexicon: lexicon)
    let defaultState =
      homeState(of: mentions, on: article.metadata?.published)
      ?? state.documentMostMentionedState
    var assigned: [String?] = []
    assigned.reserveCapacity(mentions.count)
    // By index, each mention passed in place: `for (position, mention) in
    // mentions.enumerated()` copied every mention first (a retain and a release).
    for position in mentions.indices {
      let method = mentions[position].method
      if method == .agreement {
        assigned.append(resolveAgreement(mentions[position], in: mentions, state: &state))
      } else if method == .role, mentions[position].roleTitle == CounterpartRule.title {
        assigned.append(
          resolveCounterpart(
            mentions[position], in: article, earlier: mentions[..<position], assigned: assigned,
            state: &state))
      } else if method == .role {
        let next = mentions.indices.contains(position + 1) ? mentions[position + 1] : nil
        assigned.append(
          resolveRole(
            mentions[position], in: article, apposition: next, defaultState: defaultState,
            state: &state))
      } else {
        assigned.append(resolve(mentions[position], in: article, state: &state))
      }
      if let role = mentions[position].role, let roleState = mentions[position].state {
        state.documentRoleStates[role] = roleState
      }
    }
    return assigned
  }

  /// A role mention: the person named right after it in apposition ("The Prime Minister, Rishi
  /// Sunak") when they held the role that day; else the holder for the mention's own state, the
  /// state of the last mention of the same role in the document ("UK defence secretary" … "the
  /// defence secretary"), or the document's default state.
  private func resolveRole(
    _ mention: Mention, in article: Article, apposition next: Mention?, defaultState: String?,
    state: inout ResolutionState
  ) -> String? {
    guard let date = article.metadata?.published, let role = mention.role else {
      state.drop(mention, .noHolder, detail: mention.role ?? "")
      return nil
    }
    if Self.isIndefinite(mention, in: article) {
      state.drop(mention, .indefinite, detail: role)
      return nil
    }
    if let next, next.sentence == mention.sentence, next.type == "Person",
      next.candidates.count == 1, next.bytes.lowerBound >= mention.bytes.upperBound,
      next.bytes.lowerBound - mention.bytes.upperBound <= 2,
      let entry = lexicon.entry(id: next.candidates[0]), entry.type == "Person",
      lexicon.offices(of: entry.id).contains(where: { $0.role == role && $0.isHeld(on: date) })
    {
      state.add(entry: entry, alias: nil, mention: mention, reason: .apposition)
      if let office = lexicon.offices(of: entry.id).first(where: {
        $0.role == role && $0.isHeld(on: date)
      }) {
        state.documentRoleStates[role] = office.state
      }
      return entry.id
    }
    let fallback = state.documentRoleStates[role] ?? defaultState
    guard
      let holder = RoleResolver.holder(
        of: mention, articleDate: date, defaultState: fallback, lexicon: lexicon),
      let entry = lexicon.entry(id: holder), entry.type == mention.type
    else {
      state.drop(mention, .noHolder, detail: role)
      return nil
    }
    state.add(entry: entry, alias: nil, mention: mention, reason: .roleHolder)
    return entry.id
  }

  /// "his Russian counterpart": the role of the nearest person named before it who held an
  /// office that day for another state (the role their mention carries, else their first office
  /// then), held for the counterpart's state on the article's date; dropped without a unique
  /// holder.
  private func resolveCounterpart(
    _ mention: Mention, in article: Article, earlier: ArraySlice<Mention>, assigned: [String?],
    state: inout ResolutionState
  ) -> String? {
    guard let date = article.metadata?.published, let other = mention.state else {
      state.drop(mention, .noHolder, detail: CounterpartRule.title)
      return nil
    }
    for position in earlier.indices.reversed() where earlier[position].type == "Person" {
      let previous = earlier[position]
      guard let person = assigned[position] else { continue }
      let held = lexicon.offices(of: person).filter { $0.isHeld(on: date) && $0.state != other }
      guard
        let role = held.first(where: { $0.role == previous.role })?.role ?? held.first?.role
      else { continue }
      let holders = lexicon.holders(role: role, of: other, on: date)
      guard holders.count == 1, let entry = lexicon.entry(id: holders[0]) else { break }
      state.add(entry: entry, alias: nil, mention: mention, reason: .counterpart)
      return entry.id
    }
    state.drop(mention, .noHolder, detail: CounterpartRule.title)
    return nil
  }

  private func resolve(_ mention: Mention, in article: Article, state: inout ResolutionState)
    -> String?
  {
    // One lexicon candidate (most mentions): what the general path below decides for it, without
    // its two arrays and second copy of the entry.
    // The entry is read in place, by position: `entry(id:)` copies it (all its strings).
    if mention.candidates.count == 1,
      let position = lexicon.position(ofEntry: mention.candidates[0])
    {
      guard lexicon.entries[position].type == mention.type else {
        state.drop(mention, .typeConflict, detail: mention.candidates[0])
        return nil
      }
      state.add(
        entryAt: position, of: lexicon, alias: Self.aliasText(mention.text), mention: mention,
        reason: .lexiconID)
      return lexicon.entries[position].id
    }
    let entries = mention.candidates.compactMap { lexicon.entry(id: $0) }
    if entries.count == mention.candidates.count, !entries.isEmpty {
      let typed = entries.filter { $0.type == mention.type }
      guard !typed.isEmpty else {
        state.drop(mention, .typeConflict, detail: mention.candidates.joined(separator: ", "))
        return nil
      }
      guard let (entry, reason) = choose(typed, date: article.metadata?.published, state: state)
      else {
        state.drop(mention, .ambiguous, detail: mention.candidates.joined(separator: ", "))
        return nil
      }
      state.add(entry: entry, alias: Self.aliasText(mention.text), mention: mention, reason: reason)
      return entry.id
    }
    guard mention.candidates.count == 1 else {
      state.drop(mention, .ambiguous, detail: mention.candidates.joined(separator: ", "))
      return nil
    }
    let name = Self.name(of: mention)
    if mention.type == "Person", !name.contains(" "),
      let person = state.fullName(withSurname: name.lowercased())
    {
      state.merge(into: person, alias: Self.aliasText(mention.text), mention: mention)
      return person
    }
    var id = mention.candidates[0]
    if let existing = state.index[id], state.entities[existing].type != mention.type {
      id += "-" + (MentionSlug.make(mention.type) ?? "entity")
    }
    state.add(
      slug: id, type: mention.type,
      label: Self.weaponName(of: mention, id: mention.candidates[0]) ?? name,
      alias: Self.aliasText(mention.text), mention: mention)
    return id
  }

  /// The state whose officials the document names with bare titles ("Foreign Minister Liz
  /// Truss", no state before the title): news writes its own country's titles bare, so that is
  /// the outlet's home state, the one an unqualified "the defence secretary" belongs to. Nil
  /// without a date, without such mentions, or on a tie.
  func homeState(of mentions: [Mention], on date: CalendarDate?) -> String? {
    guard let date else { return nil }
    var counts: [String: Int] = [:]
    // By index, reading fields in place: `for mention in mentions` copied every mention (all
    // its strings) to look at three fields.
    for index in mentions.indices
    where mentions[index].method != .role && mentions[index].state == nil
      && mentions[index].candidates.count == 1
    {
      guard let role = mentions[index].role else { continue }
      let states = Set(
        lexicon.offices(of: mentions[index].candidates[0])
          .filter { $0.role == role && $0.isHeld(on: date) }.map(\.state))
      if states.count == 1, let held = states.first { counts[held, default: 0] += 1 }
    }
    guard let best = counts.values.max() else { return nil }
    let top = counts.filter { $0.value == best }
    return top.count == 1 ? top.first?.key : nil
  }

  /// Whether the word right before the mention is "a" or "an" ("a foreign minister"): then it
  /// names no one person.
  static func isIndefinite(_ mention: Mention, in article: Article) -> Bool {
    let utf8 = article.text.utf8
    guard mention.bytes.lowerBound <= utf8.count else { return false }
    var words: [UInt8] = []
    for byte in utf8.prefix(mention.bytes.lowerBound).reversed() {
      if byte == UInt8(ascii: " ") && words.isEmpty { continue }
      let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
      guard lower &- 0x61 < 26 else { break }
      words.append(lower)
      if words.count > 2 { return false }
    }
    return words == [UInt8(ascii: "a")] || words == Array("na".utf8)
  }

  /// The candidate to take among several of the mention's type, with why; nil when undecided.
  private func choose(
    _ entries: [LexiconEntry], date: CalendarDate?, state: ResolutionState
  ) -> (LexiconEntry, MergeReason)? {
    if entries.count == 1 { return (entries[0], .lexiconID) }
    let inDocument = entries.filter { state.isInDocument($0.id) }
    if inDocument.count == 1 { return (inDocument[0], .sameDocument) }
    let earlier = entries.filter { state.index[$0.id] != nil }
    if earlier.count == 1 { return (earlier[0], .earlierDocument) }
    if let date {
      let inOffice = entries.filter { entry in
        lexicon.offices(of: entry.id).contains { $0.isHeld(on: date) }
      }
      if inOffice.count == 1 { return (inOffice[0], .officeHeld) }
    }
    return nil
  }

  /// The state with the most State mentions of a single lexicon candidate; nil on a tie or none.
  static func mostMentionedState(in mentions: [Mention], lexicon: Lexicon) -> String? {
    var counts: [String: Int] = [:]
    for index in mentions.indices
    where mentions[index].type == "State" && mentions[index].candidates.count == 1 {
      counts[mentions[index].candidates[0], default: 0] += 1
    }
    guard let best = counts.values.max() else { return nil }
    let top = counts.filter { $0.value == best }
    return top.count == 1 ? top.first?.key : nil
  }

  /// The mention's text without a leading "the ", a trailing possessive or honorifics.
  static func name(of mention: Mention) -> String {
    let alias = aliasText(mention.text)
    if alias.utf8.withContiguousStorageIfAvailable(isPlainName) == true { return alias }
    var words = alias.split(separator: " ")
    while words.count > 1, honorifics.contains(words[0].lowercased()) { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// Whether `name(of:)` returns the text as it is: no space at either end, no two spaces in
  /// a row (then splitting at spaces and joining again gives the same text), and a first word
  /// that is no honorific. Decided on bytes: a space byte that is not a `Character` of its own
  /// (a combining mark after it) only makes a word longer, and a longer first word is no
  /// honorific, which are ASCII.
  static func isPlainName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let space = UInt8(ascii: " ")
    guard let first = bytes.first, let last = bytes.last, first != space, last != space else {
      return false
    }
    var firstSpace: Int?
    for index in 1..<bytes.count where bytes[index] == space {
      if bytes[index - 1] == space { return false }
      if firstSpace == nil { firstSpace = index }
    }
    guard let end = firstSpace else { return true }
    let firstWord = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    return !honorifics.contains(firstWord.lowercased())
  }

  /// The name part of a weapon named before its class ("Meteor" of "Meteor air-to-air
  /// missiles", "Scorpène" of "Scorpène-class submarines"): the first words whose slug is the
  /// id. Nil for other mentions, or when no prefix gives the id.
  static func weaponName(of mention: Mention, id: String) -> String? {
    guard mention.method == .namedWeapon else { return nil }
    let words = aliasText(mention.text).split(separator: " ")
    for count in 1..<max(words.count, 1) {
      var prefix = words[..<count].joined(separator: " ")
      if prefix.hasSuffix("-class") { prefix.removeLast(6) }
      if MentionSlug.make(prefix) == id { return prefix }
    }
    return nil
  }

  /// A surface form as an alias: without a leading "the " and a trailing "'s" or "’s".
  static func aliasText(_ text: String) -> String {
    if let bounds = text.utf8.withContiguousStorageIfAvailable(aliasBounds), let bounds {
      if bounds.count == text.utf8.count { return text }
      let utf8 = text.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
      let end = utf8.index(utf8.startIndex, offsetBy: bounds.upperBound)
      return String(decoding: utf8[start..<end], as: UTF8.self)
    }
    var result = Substring(text)
    if result.hasPrefix("the ") || result.hasPrefix("The ") { result = result.dropFirst(4) }
    if result.hasSuffix("'s") || result.hasSuffix("\u{2019}s") { result = result.dropLast(2) }
    return String(result)
  }

  /// `aliasText` on UTF-8 bytes: the byte range it keeps, or nil when only a walk of the
  /// characters can tell. The prefix "the " and the suffixes "'s" and "’s" are whole characters
  /// when the byte next to them (after the space, before the apostrophe) is ASCII: no combining
  /// mark can join them then. Both tests see the same characters, so they agree.
  static func aliasBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var lower = 0
    var upper = bytes.count
    if upper >= 4, bytes[0] == UInt8(ascii: "t") || bytes[0] == UInt8(ascii: "T"),
      bytes[1] == UInt8(ascii: "h"), bytes[2] == UInt8(ascii: "e"), bytes[3] == UInt8(ascii: " ")
    {
      guard upper == 4 || bytes[4] < 0x80 else { return nil }
      lower = 4
    }
    guard upper - lower >= 2, bytes[upper - 1] == UInt8(ascii: "s") else { return lower..<upper }
    if bytes[upper - 2] == UInt8(ascii: "'") {
      guard upper - 2 == lower || bytes[upper - 3] < 0x80 else { return nil }
      upper -= 2
    } else if upper - lower >= 4, bytes[upper - 2] == 0x99, bytes[upper - 3] == 0x80,
      bytes[upper - 4] == 0xE2
    {
      guard upper - 4 == lower || bytes[upper - 5] < 0x80 else { return nil }
      upper -= 4
    }
    return lower..<upper
  }
}
