/// One sentence prepared for the relation rules: its bytes, words, resolved mentions (as
/// `RelationArgument`s) and clause boundaries, with the argument-finding steps the rules share.
///
/// Clauses are `ClauseCues`' clauses without the quote-mark boundaries: a quotation ends a
/// modality cue's reach, but a subject before a quote still governs the verb inside it
/// ("Britain had "made the decision to supply Ukraine …"").
struct PatternSentence {
  let bytes: [UInt8]
  let words: SentenceWords
  let arguments: [RelationArgument]
  /// Resolved mentions of up to two earlier sentences, in text order, for pronouns.
  let earlier: [RelationArgument]
  let boundaries: [Range<Int>]

  /// Words that end the search for a subject: a coordinated verb phrase or a relative clause
  /// lies between (the subject found would be someone else's).
  static let subjectStops: Set<String> = [
    "and", "or", "which", "that", "who", "whom", "whose", "where", "when", "after", "before",
    "because", "since", "said", "says", "say",
  ]
  static let prepositions: Set<String> = [
    "of", "to", "from", "with", "for", "in", "on", "against", "into", "at", "by", "about",
    "between", "over", "toward", "towards", "through", "across", "near", "than", "like",
    "as", "despite", "without", "within", "under", "after", "before", "during", "among",
  ]
  /// Words skipped between a marker and its object.
  static let determiners: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these", "those",
    "that", "some", "several", "many", "more", "other", "also", "both", "all", "any", "each",
    "fellow", "neighbouring", "neighboring", "northern", "southern", "eastern", "western",
    "central", "north-eastern", "north-western", "south-eastern", "south-western",
  ]
  static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got",
  ]
  static let adverbs: Set<String> = [
    "also", "already", "reportedly", "allegedly", "recently", "now", "since", "then", "still",
    "previously", "secretly", "quietly", "reportedly", "initially", "first",
  ]
  static let pronouns: Set<String> = ["it", "they", "we", "he", "she"]
  /// Nouns that, after "the", stand for the state named before like a pronoun ("France withdrew
  /// its troops from Niger after the junta ended cooperation with Paris": the junta is Niger's).
  static let governments: Set<String> = ["junta", "regime", "government", "authorities"]

  init(
    bytes: [UInt8], arguments: [RelationArgument], earlier: [RelationArgument]
  ) {
    self.init(text: SentenceText(bytes: bytes), arguments: arguments, earlier: earlier)
  }

  /// With the sentence's words and boundaries already made (`SentenceTexts`).
  init(text: SentenceText, arguments: [RelationArgument], earlier: [RelationArgument]) {
    let bytes = text.bytes
    self.bytes = bytes
    self.words = text.words
    self.arguments = arguments
    self.earlier = earlier
    self.boundaries = text.boundaries.filter { !Self.isQuote($0, in: bytes) }
  }

  private static func isQuote(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
    if range.count == 1 { return bytes[range.lowerBound] == UInt8(ascii: "\"") }
    return range.count == 3 && bytes[range.lowerBound] == 0xE2
      && (bytes[range.lowerBound + 2] == 0x9C || bytes[range.lowerBound + 2] == 0x9D)
  }

  /// The clause holding `range`.
  func clause(containing range: Range<Int>) -> Range<Int> {
    var lower = 0
    var upper = bytes.count
    for boundary in boundaries {
      if boundary.upperBound <= range.lowerBound { lower = max(lower, boundary.upperBound) }
      if boundary.lowerBound >= range.upperBound {
        upper = min(upper, boundary.lowerBound)
        break
      }
    }
    return lower..<max(lower, upper)
  }

  /// Whether a trigger lies in a mention (the "Hyundai" of a company name is no verb). An
  /// agreement mention does not count: it is a noun phrase built around the very words that
  /// trigger relations ("sanctions on Belarus", "supply deal"), and the states and companies
  /// it names are mentions of their own, nested inside it.
  func overlapsArgument(_ range: Range<Int>) -> Bool {
    arguments.contains { $0.type != "Agreement" && $0.range.overlaps(range) }
  }

  // MARK: - Subjects

  /// The subject of a trigger: the nearest argument of an allowed type before it in its clause,
  /// at most `gap` words away, not inside a prepositional phrase, with no coordinated verb or
  /// relative clause between; then a pronoun, or the antecedent of a clause-initial "which".
  /// Coordinated arguments ("the US and the UK") come along.
  func subjects(
    before trigger: Range<Int>, clause: Range<Int>, types: Set<String>, gap: Int,
    excluding: String? = nil
  ) -> [RelationArgument] {
    var companions: [RelationArgument] = []
    // The words between an argument and the trigger, as word indices: arguments are read from
    // the trigger backwards, so each one only adds words before those already looked at. The
    // words from `clear` to the trigger hold no subject stop (a stop ends the loop).
    var clear = Int.max
    for index in arguments.indices.reversed()
    where arguments[index].range.upperBound <= trigger.lowerBound {
      let argument = arguments[index]
      if argument.range.lowerBound < clause.lowerBound { break }
      let span = words.words(in: argument.range.upperBound..<trigger.lowerBound)
      var end = span.upperBound
      if end > span.lowerBound && words.lower(end - 1) == "since" { end -= 1 }
      let count = end - span.lowerBound
      if count > gap { break }
      var stop: Int?
      var position = min(clear, end)
      while position > span.lowerBound {
        position -= 1
        if Self.subjectStops.contains(words.lower(position)) {
          stop = position
          break
        }
      }
      clear = min(clear, span.lowerBound)
      if let stop {
        guard words.lower(stop) == "and", end - stop <= 3,
          let shared = sharedSubject(before: argument, clause: clause, types: types),
          shared.entity != excluding
        else { break }
        return [shared]
      }
      guard types.contains(argument.type), argument.entity != excluding else { continue }
      if count > 0 && opensApposition(argument) { continue }
      if isCompanion(argument) {
        companions.insert(argument, at: 0)
        continue
      }
      if count > 0 && isInPrepositionalPhrase(argument) && !isAppositive(argument)
        && !namesPersonnel(argument)
      {
        continue
      }
      if modifiesWeapon(index) { continue }
      let found = coordinated(from: index, forward: false, types: types)
      return found
        + companions.filter { companion in
          !found.contains { $0.entity == companion.entity }
        }
    }
    if let pronoun = pronounSubject(before: trigger, clause: clause, types: types, gap: gap),
      pronoun.entity != excluding
    {
      return [pronoun]
    }
    if let relative = relativeAntecedent(before: trigger, clause: clause, types: types),
      relative.entity != excluding
    {
      return [relative]
    }
    return []
  }

  /// The subject of the first verb phrase of a clause whose second verb phrase, after "and",
  /// holds the trigger ("Turkey has delivered drones to Mali and agreed to supply Niger …"):
  /// the first argument of an allowed type in the clause, not inside a prepositional phrase and
  /// not a weapon's origin, when the argument before "and" is not that first one.
  private func sharedSubject(
    before last: RelationArgument, clause: Range<Int>, types: Set<String>
  ) -> RelationArgument? {
    guard
      let index = arguments.firstIndex(where: {
        $0.range.lowerBound >= clause.lowerBound && $0.type != "Agreement"
      }),
      arguments[index].range.lowerBound < last.range.lowerBound
    else { return nil }
    let first = arguments[index]
    guard types.contains(first.type), !isInPrepositionalPhrase(first), !modifiesWeapon(index),
      words.words(in: clause.lowerBound..<first.range.lowerBound).count <= 3
    else { return nil }
    return first
  }

  /// "Romania, a NATO member, is considering …": an argument right after a comma and "a"/"an"
  /// describes the subject before it and is not the subject itself.
  private func opensApposition(_ argument: RelationArgument) -> Bool {
    let index = words.firstWord(from: argument.range.lowerBound) - 1
    guard index >= 1, ["a", "an"].contains(words.lower(index)) else { return false }
    let gap = words.words[index - 1].upperBound..<words.words[index].lowerBound
    return bytes[gap].contains(0x2C)
  }

  /// "Mali and Niger, along with Burkina Faso, announced …": an argument after "along with",
  /// "together with" or "as well as" shares the subject's part.
  private func isCompanion(_ argument: RelationArgument) -> Bool {
    var index = words.firstWord(from: argument.range.lowerBound) - 1
    while index >= 0 && Self.determiners.contains(words.lower(index)) { index -= 1 }
    guard index >= 1 else { return false }
    // Word by word, not as arrays of words: this runs for every argument before a trigger.
    let last = words.lower(index)
    let before = words.lower(index - 1)
    if last == "with" && (before == "along" || before == "together") { return true }
    return index >= 2 && last == "as" && before == "well" && words.lower(index - 2) == "as"
  }

  /// "Baykar, the maker of the TB2": an argument followed by a comma and a determiner is the
  /// head of an apposition, whatever preposition governs it.
  private func isAppositive(_ argument: RelationArgument) -> Bool {
    guard argument.range.upperBound < bytes.count, bytes[argument.range.upperBound] == 0x2C
    else { return false }
    let index = words.firstWord(from: argument.range.upperBound)
    return index < words.words.count && ["the", "a", "an"].contains(words.lower(index))
  }

  /// Nouns for people sent somewhere: "mercenaries from the Wagner Group" are the group's.
  static let personnel: Set<String> = [
    "troops", "soldiers", "forces", "mercenaries", "fighters", "personnel", "instructors",
    "advisers", "advisors", "units", "marines", "contractors",
  ]

  /// Whether the argument is governed by "from" or "of" after a personnel noun ("troops from
  /// Chad", "mercenaries of the Wagner Group"): the actor of what those people do.
  private func namesPersonnel(_ argument: RelationArgument) -> Bool {
    var index = words.firstWord(from: argument.range.lowerBound) - 1
    while index >= 0 && Self.determiners.contains(words.lower(index)) { index -= 1 }
    guard index >= 1, ["from", "of"].contains(words.lower(index)) else { return false }
    return Self.personnel.contains(words.lower(index - 1))
  }

  /// "Poland, a NATO member": the argument before a comma and "a"/"an", and the argument right
  /// before the trigger (the subject and the object of an appositive `modifier` rule).
  func apposition(before trigger: Range<Int>) -> (RelationArgument, RelationArgument)? {
    guard let index = arguments.lastIndex(where: { $0.range.upperBound <= trigger.lowerBound }),
      index >= 1
    else { return nil }
    let object = arguments[index]
    let subject = arguments[index - 1]
    guard subject.range.upperBound <= object.range.lowerBound,
      words.words(in: object.range.upperBound..<trigger.lowerBound).isEmpty,
      !words.hasPunctuation(in: object.range.upperBound..<trigger.lowerBound)
    else { return nil }
    let gap = subject.range.upperBound..<object.range.lowerBound
    let between = words.lowerWords(in: gap)
    guard between.count == 1, ["a", "an", "fellow"].contains(between[0]),
      bytes[gap].first == 0x2C
    else { return nil }
    return (subject, object)
  }

  /// "NATO member states such as Poland and Romania": the argument right before a modifier
  /// trigger and the list after "such as" or "including" right after it.
  func examples(after trigger: Range<Int>) -> (RelationArgument, [RelationArgument])? {
    guard let index = arguments.firstIndex(where: { $0.range.lowerBound >= trigger.upperBound }),
      let object = arguments.last(where: { $0.range.upperBound <= trigger.lowerBound }),
      words.words(in: object.range.upperBound..<trigger.lowerBound).isEmpty
    else { return nil }
    let between = words.lowerWords(in: trigger.upperBound..<arguments[index].range.lowerBound)
    guard opensList(between) > 0, opensList(between) == between.count else { return nil }
    return (object, coordinated(from: index, forward: true, types: [arguments[index].type]))
  }

  /// The adjective or possessive argument right before a noun trigger, one adjective aside
  /// ("a Turkish offer", "Turkey's new offer").
  func modifier(before trigger: Range<Int>) -> RelationArgument? {
    guard let owner = arguments.last(where: { $0.range.upperBound <= trigger.lowerBound }),
      owner.isModifier
    else { return nil }
    let gap = owner.range.upperBound..<trigger.lowerBound
    guard words.lowerWords(in: gap).filter({ $0 != "s" }).count <= 1,
      !words.hasPunctuation(in: gap)
    else { return nil }
    return owner
  }

  /// The possessive argument right before a noun trigger, adjectives aside ("India's
  /// second-largest arms supplier").
  func possessor(before trigger: Range<Int>) -> RelationArgument? {
    guard let owner = arguments.last(where: { $0.range.upperBound <= trigger.lowerBound }),
      isPossessive(owner)
    else { return nil }
    let gap = owner.range.upperBound..<trigger.lowerBound
    guard words.words(in: gap).count <= 3, !words.hasPunctuation(in: gap) else { return nil }
    return owner
  }

  /// A pronoun subject within `gap` words of the trigger, standing for its antecedent.
  private func pronounSubject(
    before trigger: Range<Int>, clause: Range<Int>, types: Set<String>, gap: Int
  ) -> RelationArgument? {
    let span = words.words(in: clause.lowerBound..<trigger.lowerBound)
    var seen = 0
    for index in span.reversed() {
      let word = words.lower(index)
      if Self.subjectStops.contains(word) && word != "that" { return nil }
      if Self.pronouns.contains(word) {
        return antecedent(of: word, at: words.words[index], types: types)
      }
      if Self.governments.contains(word), index > span.lowerBound,
        words.lower(index - 1) == "the"
      {
        return antecedent(of: "the state", at: words.words[index], types: types)
      }
      seen += 1
      if seen > gap { return nil }
    }
    return nil
  }

  /// "Moscow - which has deployed …": the argument just before a clause that opens with
  /// "which" or "who".
  private func relativeAntecedent(
    before trigger: Range<Int>, clause: Range<Int>, types: Set<String>
  ) -> RelationArgument? {
    let span = words.words(in: clause.lowerBound..<trigger.lowerBound)
    guard let first = span.first, ["which", "who"].contains(words.lower(first)) else {
      return nil
    }
    guard
      let previous = arguments.last(where: { $0.range.upperBound <= clause.lowerBound }),
      types.contains(previous.type),
      words.words(in: previous.range.upperBound..<words.words[first].lowerBound).isEmpty
    else { return nil }
    return previous
  }

  /// The entity a pronoun stands for: the nearest earlier argument (in this sentence, then the
  /// two before) of a type the pronoun can name — a Person for "he"/"she", a State or
  /// Organization for "it"/"they"/"we", a State for "the state" ("the junta") — and the rule
  /// allows.
  func antecedent(
    of pronoun: String, at range: Range<Int>, types: Set<String>, excluding: String? = nil
  ) -> RelationArgument? {
    let named: Set<String> =
      pronoun == "he" || pronoun == "she"
      ? ["Person"] : pronoun == "the state" ? ["State"] : ["State", "Organization"]
    let allowed = named.intersection(types)
    let before = arguments.filter { $0.range.upperBound <= range.lowerBound }
    for candidate in (earlier + before).reversed()
    where allowed.contains(candidate.type) && candidate.entity != excluding
      && !candidate.isPronoun
    {
      return RelationArgument(
        range: range, entity: candidate.entity, type: candidate.type,
        isLexicon: candidate.isLexicon, isPronoun: true)
    }
    return nil
  }

  // MARK: - Objects

  /// Objects after the trigger in its clause: the first argument of an allowed type that follows
  /// one of the markers, or (with `direct`) the trigger itself, determiners and counts aside.
  /// A modifier is replaced by the head it modifies when that is an entity too ("Ukrainian
  /// Prime Minister Denys Shmyhal"); coordinated objects come along.
  func objects(
    after trigger: Range<Int>, clause: Range<Int>, types: Set<String>, markers: [[String]],
    direct: Bool, excluding: String?, compact: Bool = false
  ) -> (objects: [RelationArgument], marker: [String]?) {
    for index in arguments.indices where arguments[index].range.lowerBound >= trigger.upperBound {
      let argument = arguments[index]
      if argument.range.upperBound > clause.upperBound { break }
      let gapRange = trigger.upperBound..<argument.range.lowerBound
      // The words of the gap are counted first and made only for an argument of an allowed
      // type.
      let span = words.words(in: gapRange)
      if span.count > 15 { break }
      guard types.contains(argument.type), argument.entity != excluding else { continue }
      if argument.isModifier, let next = word(after: argument.range.upperBound),
        next == "counterpart" || next == "counterparts"
      {
        continue
      }
      var between = Array(words.lowered[span])
      while let last = between.last,
        Self.determiners.contains(last) || QuantityPhrase.number(last) != nil
          || QuantityPhrase.units[last] != nil
      {
        between.removeLast()
      }
      var accepted: [String]?
      for marker in markers where marker.count <= between.count {
        if between.suffix(marker.count).elementsEqual(marker) {
          accepted = marker
          break
        }
      }
      if accepted == nil && direct && between.count <= 1
        && !between.contains(where: Self.prepositions.contains)
        && !between.contains(where: Self.subjectStops.contains)
        && !words.hasPunctuation(in: gapRange)
      {
        accepted = []
      }
      if accepted == nil && direct && opensList(between) > 0 && between.count <= 7
        && bytes[gapRange].contains(0x2C)
      {
        accepted = []
      }
      guard let marker = accepted else { continue }
      if modifiesWeapon(index) && !(marker == ["for"] && isPossessive(argument)) { continue }
      if compact && (between.count - marker.count > 6 || words.hasPunctuation(in: gapRange)) {
        continue
      }
      var chosen = index
      if let head = head(of: index, types: types) { chosen = head }
      if arguments[chosen].entity == excluding { continue }
      if let listed = listed(after: chosen, types: types, excluding: excluding) {
        return (listed, marker.isEmpty ? nil : marker)
      }
      return (coordinated(from: chosen, forward: true, types: types), marker.isEmpty ? nil : marker)
    }
    if direct, let pronoun = pronounObject(after: trigger, types: types, excluding: excluding) {
      return ([pronoun], nil)
    }
    return ([], nil)
  }

  /// "several US defence firms, including Lockheed Martin and Raytheon": when the object found
  /// only modifies a common noun and the names follow after "including" or "such as",
  /// the names are the objects (one relation each), not the adjective's state.
  private func listed(after index: Int, types: Set<String>, excluding: String?)
    -> [RelationArgument]?
  {
    guard index + 1 < arguments.count else { return nil }
    let next = arguments[index + 1]
    guard types.contains(next.type), next.entity != excluding,
      next.range.lowerBound >= arguments[index].range.upperBound
    else { return nil }
    let between = words.lowerWords(in: arguments[index].range.upperBound..<next.range.lowerBound)
    let noun = between.dropLast(opensList(between)).filter { !Self.determiners.contains($0) }
    guard opensList(between) > 0, !noun.isEmpty, between.count <= 6 else { return nil }
    return coordinated(from: index + 1, forward: true, types: types)
  }

  /// Prepositions that make a noun trigger part of an adverbial phrase ("sanctioned the firms
  /// over earlier arms sales to Taiwan"): the sentence's subject is not the noun's agent.
  static let governing: Set<String> = [
    "over", "against", "about", "despite", "amid", "following", "after", "before", "on", "with",
    "without", "regarding", "concerning",
  ]

  /// For a noun trigger governed by one of `governing` (determiners, weapons and up to two
  /// adjectives aside, no other mention and no punctuation between): `.some(owner)` with the
  /// possessive owner right before the noun if any ("over Iran's arms sales"), `.some(nil)`
  /// without one; `nil` when no such preposition governs the noun.
  func governingPreposition(before trigger: Range<Int>) -> RelationArgument?? {
    let start = words.firstWord(from: trigger.lowerBound)
    var index = start - 1
    var owner: RelationArgument?
    var skipped = 0
    while index >= 0 && skipped < 4 {
      let range = words.words[index]
      if words.hasPunctuation(in: range.upperBound..<words.words[index + 1].lowerBound) {
        return nil
      }
      if let argument = arguments.first(where: { $0.range.contains(range.lowerBound) }) {
        if argument.type != "WeaponSystem" {
          guard isPossessive(argument), owner == nil else { return nil }
          owner = argument
        }
        index = words.firstWord(from: argument.range.lowerBound) - 1
        skipped += 1
        continue
      }
      let word = words.lower(index)
      if Self.governing.contains(word) { return .some(owner) }
      if Self.prepositions.contains(word) || Self.subjectStops.contains(word) { return nil }
      index -= 1
      skipped += 1
    }
    return nil
  }

  /// How many of the last words open a list of examples ("including", "such as"), or 0: the
  /// names after them are the objects of the noun phrase before ("several firms, including …").
  func opensList(_ between: [String]) -> Int {
    if between.suffix(1) == ["including"] { return 1 }
    return between.suffix(2) == ["such", "as"] ? 2 : 0
  }

  /// "Israel's" rather than "Israeli": a possessive names an owner ("missiles for Israel's Iron
  /// Dome" are for Israel), an adjective an origin.
  func isPossessive(_ argument: RelationArgument) -> Bool {
    argument.isModifier && argument.range.upperBound >= 2
      && (bytes[argument.range.upperBound - 1] == UInt8(ascii: "s")
        && (bytes[argument.range.upperBound - 2] == UInt8(ascii: "'")
          || bytes[argument.range.upperBound - 2] == 0x99))
  }

  /// "provide it with …": an object pronoun right after the trigger.
  private func pronounObject(
    after trigger: Range<Int>, types: Set<String>, excluding: String?
  ) -> RelationArgument? {
    let index = words.firstWord(from: trigger.upperBound)
    guard index < words.words.count else { return nil }
    let word = words.lower(index)
    guard word == "it" || word == "them" else { return nil }
    return antecedent(
      of: word == "it" ? "it" : "they", at: words.words[index], types: types,
      excluding: excluding)
  }

  /// The head a modifier belongs to: the next argument, of an allowed type, within three words
  /// and no punctuation ("US President Joe Biden").
  private func head(of index: Int, types: Set<String>) -> Int? {
    let argument = arguments[index]
    guard index + 1 < arguments.count else { return nil }
    let next = arguments[index + 1]
    guard argument.isModifier || (argument.type != "Person" && next.type == "Person"),
      types.contains(next.type)
    else { return nil }
    guard next.range.lowerBound >= argument.range.upperBound else { return nil }
    let gap = argument.range.upperBound..<next.range.lowerBound
    guard words.words(in: gap).count <= 3, !words.hasPunctuation(in: gap) else { return nil }
    if words.lowerWords(in: gap).contains(where: Self.prepositions.contains) { return nil }
    return index + 1
  }

  /// The argument at `index` and those joined to it by "and" or "or", or by commas in a list
  /// that "and" or "or" closes ("France, Germany and Poland"); a comma alone joins nothing
  /// ("In Moscow, Ms. Truss …").
  func coordinated(from index: Int, forward: Bool, types: Set<String>) -> [RelationArgument] {
    var chain = [arguments[index]]
    var closed = false
    var current = index
    while true {
      let next = forward ? current + 1 : current - 1
      guard next >= 0, next < arguments.count else { break }
      let (left, right) = forward ? (current, next) : (next, current)
      guard arguments[right].range.lowerBound >= arguments[left].range.upperBound else { break }
      let gap = arguments[left].range.upperBound..<arguments[right].range.lowerBound
      // The words of the gap other than determiners: only none or one can join, so counting
      // stops at the second (no array of the gap's words).
      var kept = 0
      var joiner = ""
      for word in words.words(in: gap) {
        let lower = words.lower(word)
        if Self.determiners.contains(lower) { continue }
        kept += 1
        if kept > 1 { break }
        joiner = lower
      }
      let joins = kept == 1 && (joiner == "and" || joiner == "or" || joiner == "&")
      let comma =
        kept == 0 && bytes[gap].allSatisfy { $0 == 0x20 || $0 == 0x2C }
        && bytes[gap].contains(0x2C)
      guard joins || comma, types.contains(arguments[next].type) else { break }
      if joins { closed = true }
      chain.append(arguments[next])
      current = next
      if joins && forward { break }
    }
    var result = [chain[0]]
    if closed {
      for argument in chain.dropFirst()
      where !result.contains(where: { $0.entity == argument.entity }) {
        result.append(argument)
      }
    }
    return forward ? result : result.reversed()
  }

  // MARK: - Words around

  /// Whether a preposition (determiners aside) stands right before the argument ("in the House
  /// of Commons").
  func isInPrepositionalPhrase(_ argument: RelationArgument) -> Bool {
    var index = words.firstWord(from: argument.range.lowerBound) - 1
    while index >= 0 && Self.determiners.contains(words.lower(index)) { index -= 1 }
    return index >= 0 && Self.prepositions.contains(words.lower(index))
  }

  /// Whether the argument is an adjective or possessive of a weapon mention right after it
  /// ("Iranian drones", "Russian-Iranian kamikaze drones"): the weapon's origin, not an actor.
  func modifiesWeapon(_ index: Int) -> Bool {
    guard arguments[index].isModifier else { return false }
    var next = index + 1
    while next < arguments.count && arguments[next].isModifier
      && arguments[next].range.lowerBound <= arguments[next - 1].range.upperBound + 1
    {
      next += 1
    }
    guard next < arguments.count, arguments[next].type == "WeaponSystem",
      arguments[next].range.lowerBound >= arguments[next - 1].range.upperBound
    else { return false }
    let gap = arguments[next - 1].range.upperBound..<arguments[next].range.lowerBound
    let between = words.lowerWords(in: gap).filter { $0 != "s" }
    return between.count <= 1 && !between.contains(where: Self.prepositions.contains)
      && !words.hasPunctuation(in: gap)
  }

  /// The lower-case word ending right before `offset`, if any.
  func word(before offset: Int) -> String? {
    let index = words.firstWord(from: offset) - 1
    return index >= 0 ? words.lower(index) : nil
  }

  /// The lower-case word starting right after `offset`, if any.
  func word(after offset: Int) -> String? {
    let index = words.firstWord(from: offset)
    return index < words.words.count ? words.lower(index) : nil
  }

  /// Whether the trigger is a passive participle: a form of "be" (adverbs aside) right before
  /// it, and not an "-ing" form ("were supplied", not "is supplying").
  func isPassive(_ trigger: Range<Int>) -> Bool {
    let triggerWords = words.words(in: trigger)
    guard let last = triggerWords.last, !words.lower(last).hasSuffix("ing") else { return false }
    var index = triggerWords.lowerBound - 1
    while index >= 0 && Self.adverbs.contains(words.lower(index)) { index -= 1 }
    return index >= 0 && Self.auxiliaries.contains(words.lower(index))
  }

  /// The agent of a passive: the first argument of an allowed type after "by" in the clause.
  func agent(after trigger: Range<Int>, clause: Range<Int>, types: Set<String>)
    -> RelationArgument?
  {
    for argument in arguments
    where argument.range.lowerBound >= trigger.upperBound
      && argument.range.upperBound <= clause.upperBound && types.contains(argument.type)
    {
      var index = words.firstWord(from: argument.range.lowerBound) - 1
      while index >= 0 && Self.determiners.contains(words.lower(index)) { index -= 1 }
      if index >= 0 && words.lower(index) == "by" { return argument }
    }
    return nil
  }

  /// Two arguments joined by a hyphen right before a noun trigger: "the Russia-US
  /// negotiations", "a NATO-Russia meeting".
  func hyphenPair(before trigger: Range<Int>) -> (RelationArgument, RelationArgument)? {
    guard let index = arguments.lastIndex(where: { $0.range.upperBound <= trigger.lowerBound }),
      index >= 1
    else { return nil }
    let second = arguments[index]
    let first = arguments[index - 1]
    guard words.words(in: second.range.upperBound..<trigger.lowerBound).count <= 1,
      first.range.upperBound + 1 == second.range.lowerBound,
      bytes[first.range.upperBound] == UInt8(ascii: "-")
    else { return nil }
    return (first, second)
  }

  /// The weapon of a trigger's clause: the first after the trigger, else the nearest before it
  /// when it is the trigger's grammatical subject (a passive, or "drones which Russia used").
  func weapon(near trigger: Range<Int>, clause: Range<Int>, passive: Bool = false)
    -> RelationArgument?
  {
    let inClause = arguments.filter {
      $0.type == "WeaponSystem" && $0.range.lowerBound >= clause.lowerBound
        && $0.range.upperBound <= clause.upperBound
    }
    if let after = inClause.first(where: { $0.range.lowerBound >= trigger.upperBound }) {
      return after
    }
    guard let before = inClause.last(where: { $0.range.upperBound <= trigger.lowerBound })
    else { return nil }
    let between = words.lowerWords(in: before.range.upperBound..<trigger.lowerBound)
    return passive || between.contains("which") || between.contains("that") ? before : nil
  }

  /// The count written before a weapon mention ("more than 300 kamikaze drones").
  func quantity(before weapon: RelationArgument, from start: Int) -> QuantityPhrase? {
    let lower = min(start, weapon.range.lowerBound)
    let before = words.lowerWords(in: lower..<weapon.range.lowerBound).suffix(6)
    return QuantityPhrase.parse(before: Array(before), skippable: 1)
  }
}
