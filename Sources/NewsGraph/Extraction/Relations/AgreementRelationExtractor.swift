/// Relations that come from Agreement mentions (deals, treaties, packages, partnerships,
/// sanctions) rather than from verbs, and the money such an agreement is worth.
///
/// For every Agreement mention:
/// - **parties** (`partyTo` party → agreement), first that applies:
///   `agreement-name`: states or organizations named inside the mention or right before it
///   ("Russia-Iran deal", "the UK's action plan", "US $275mn package"), plus those after
///   "with" ("agreement with the US and UK"); `agreement-between`: "a deal between Russia and
///   Iran"; `agreement-its`: "its sanctions" takes the nearest state before;
///   `agreement-subject`: the nearest state or organization before the mention that does not
///   follow a preposition, with the ones coordinated before it ("Germany and France signed a
///   tank deal"), or "the Biden administration" (the state the surname's holder led that day);
///   a noun modifier after "the" ("the Ukraine action plan") is taken as the plan's topic, not a
///   party, when a subject exists;
///   `agreement-anaphora`: "this deal", "their deal", "the package" with no party nearby take
///   the parties the same agreement has elsewhere in the document; `agreement-document-pair`:
///   failing that, a bilateral agreement ("their partnership") takes the document's two most
///   mentioned states (low confidence).
/// - **weapons covered** (not for sanctions): weapon mentions inside or right before the mention
///   ("tank deal"), or after it in the clause when a cue opens the words after it: "of" as the
///   first word, "including", "for", "with", "such as" within the first six. The
///   relation is `covers` agreement → weapon (rule `agreement-covers`).
/// - **sanctions** ("sanctions against/on X", rule `sanctions-agreement`): `sanctions` party →
///   target for each target, with the `agreement` column; a list of targets counts every state
///   or organization in it ("on a North Korean shipping company, a Chinese trading firm and two
///   Russian logistics firms"), up to a relative clause or a reason ("that", "over", "for").
/// - **contract sales** (rule `agreement-supply`): a contract, deal or agreement that covers
///   weapons, with one partner after "with" or a state after "from", is a sale by that partner
///   to the other party, `planned` (deliveries come later): "Poland signed a contract with
///   Hyundai Rotem for 180 K2 tanks" → `supplies hyundai-rotem → poland`.
/// - an agreement that "was expected" or "is due" is `planned`, its partyTo too.
/// - **money** in or next to the mention ("a $275mn package", "$275mn in lethal aid", "a package
///   worth €1bn"): `EntityFact`s `amount` and `currency` on the agreement entity.
/// - **package supply** (rule `package-supply`): a supply verb (send, give, provide, deliver,
///   supply, pledge, commit) before the agreement or before a sum of money, and "to X" or
///   "for X" after it: `supplies` party → X with `amount`, `currency`, `weapon` and `agreement`
///   ("The US will send an additional $275mn package to Ukraine"). The verb-pattern rules may
///   find the same fact; the rule id lets the pipeline merge them.
///
/// Candidates leave `modality` and `attributed_to` to `ClaimQualifier`; the trigger is the
/// agreement mention (the supply verb for `package-supply`).
public struct AgreementRelationExtractor: RelationCandidateSource {
  public let lexicon: Lexicon
  let names: AgreementLexicon

  static let bilateralNouns: Set<String> = [
    "deal", "deals", "agreement", "agreements", "treaty", "treaties", "pact", "pacts",
    "partnership", "alliance", "accord", "accords", "cooperation", "co-operation", "contract",
    "contracts",
  ]
  static let anaphoricWords: Set<String> = [
    "this", "that", "these", "those", "the", "their", "its", "such",
  ]
  static let prepositions: Set<String> = [
    "to", "against", "on", "from", "into", "for", "with", "of", "in", "at", "by", "between",
    "towards", "toward", "over", "about",
  ]
  static let supplyVerbs: Set<String> = [
    "send", "sends", "sending", "sent", "give", "gives", "giving", "gave", "given", "provide",
    "provides", "providing", "provided", "deliver", "delivers", "delivering", "delivered",
    "supply", "supplies", "supplying", "supplied", "pledge", "pledges", "pledging", "pledged",
    "commit", "commits", "committing", "committed", "donate", "donates", "donated", "transfer",
    "transfers", "transferred",
  ]
  /// Heads whose name may open with the state they are about ("the Ukraine action plan").
  static let topicHeads: Set<String> = [
    "plan", "plans", "strategy", "policy", "programme", "program",
  ]
  static let coverCues: Set<String> = ["of", "including", "for", "with", "such"]
  static let gapWords: Set<String> = [
    "a", "an", "the", "new", "additional", "latest", "further", "and", ",", "\"", "-", "–",
  ]

  public init(lexicon: Lexicon) {
    self.init(lexicon: lexicon, names: AgreementLexicon(lexicon: lexicon))
  }

  /// With the lexicon's names already compiled (`BuildPipeline` compiles them on its own
  /// thread).
  init(lexicon: Lexicon, names: AgreementLexicon) {
    self.lexicon = lexicon
    self.names = names
  }

  public func candidates(in document: ResolvedDocument) -> [RelationCandidate] {
    facts(in: document).candidates
  }

  public func findings(in document: ResolvedDocument) -> (
    candidates: [RelationCandidate], entityFacts: [EntityFact]
  ) {
    facts(in: document)
  }

  /// The candidates (partyTo, covers, sanctions, supplies) and the agreements' money
  /// facts of one document, in text order.
  public func facts(in document: ResolvedDocument) -> (
    candidates: [RelationCandidate], entityFacts: [EntityFact]
  ) {
    let bytes = document.bytes
    let date = document.article.metadata?.published
    var readings: [AgreementReading] = []
    var moneyBySentence: [[MoneyAmount]] = []
    // Each sentence's mentions, copied out once for the three passes below.
    var mentionsBySentence: [Int: [ResolvedMention]] = [:]
    func mentionList(_ sentence: Sentence) -> [ResolvedMention] {
      if let known = mentionsBySentence[sentence.index] { return known }
      let found = Array(document.mentions(inSentence: sentence.index))
      mentionsBySentence[sentence.index] = found
      return found
    }
    for sentence in document.sentences {
      let money = MoneyAmount.amounts(in: bytes, range: sentence.bytes)
      moneyBySentence.append(money)
      // Most sentences name no agreement: their mentions are not copied.
      let slice = document.mentions(inSentence: sentence.index)
      guard slice.contains(where: { $0.type == "Agreement" }) else { continue }
      let mentions = mentionList(sentence)
      for index in mentions.indices where mentions[index].type == "Agreement" {
        readings.append(
          read(
            at: index, in: mentions, money: money, bytes: bytes, sentence: sentence, date: date))
      }
    }
    fillAnaphoricParties(&readings, document: document)

    var emitter = AgreementEmitter(document: document, bytes: bytes)
    for reading in readings {
      emitter.emit(reading)
      let sentenceMentions = mentionList(reading.sentence)
      if let sale = contractSupply(reading, mentions: sentenceMentions, bytes: bytes) {
        emitter.emitSupply(
          sale, in: reading.sentence, reading: reading, money: reading.money,
          weapons: reading.weapons, rule: "agreement-supply", modality: .planned)
      }
      if reading.partiesAct, !reading.isSanctions,
        let supply = packageSupply(
          after: reading.span, suppliers: reading.parties, mentions: sentenceMentions,
          bytes: bytes, sentence: reading.sentence, approving: true)
      {
        emitter.emitSupply(
          supply, in: reading.sentence, reading: reading, money: reading.money,
          weapons: reading.weapons, modality: supply.approved ? .planned : nil)
      }
    }
    for (position, sentence) in document.sentences.enumerated()
    where !moneyBySentence[position].isEmpty {
      let mentions = mentionList(sentence)
      for money in moneyBySentence[position]
      where !readings.contains(where: { $0.money?.bytes == money.bytes }) {
        let subject = self.subject(
          before: money.bytes.lowerBound, in: mentions, bytes: bytes, sentence: sentence,
          date: date)
        guard !subject.isEmpty,
          let supply = packageSupply(
            after: money.bytes, suppliers: subject, mentions: mentions, bytes: bytes,
            sentence: sentence)
        else { continue }
        let weapons = coveredWeapons(
          after: money.bytes, in: mentions, bytes: bytes, sentence: sentence)
        emitter.emitSupply(
          supply, in: sentence, reading: nil, money: money, weapons: weapons)
      }
    }
    return emitter.result()
  }

  // MARK: - Reading one agreement

  func read(
    at index: Int, in mentions: [ResolvedMention], money: [MoneyAmount], bytes: [UInt8],
    sentence: Sentence, date: CalendarDate?
  ) -> AgreementReading {
    let agreement = mentions[index]
    let span = agreement.mention.bytes
    var reading = AgreementReading(agreement: agreement, sentence: sentence, span: span)
    let spanTokens = AgreementWords(bytes, span).tokens
    let spanWords = spanTokens.map(\.text)
    reading.isSanctions = spanWords.contains { $0.hasPrefix("sanction") }
    reading.bilateral = spanWords.contains { Self.bilateralNouns.contains($0) }

    // Inside the span: names before "against"/"on" are parties, after it targets.
    let inside = names.entities(in: bytes, range: span)
    let targetCue = spanTokens.first {
      ["against", "on", "targeting"].contains($0.text)
    }
    for entity in inside {
      if entity.form.type == "WeaponSystem" {
        Self.add(entity.form.id, to: &reading.weapons)
      } else if reading.isSanctions, let cue = targetCue,
        entity.bytes.lowerBound > cue.bytes.lowerBound
      {
        Self.add(entity.form.id, to: &reading.targets)
      } else {
        Self.add(entity.form.id, to: &reading.parties)
      }
    }
    if !reading.parties.isEmpty {
      reading.partyRule = "agreement-name"
      reading.partyConfidence = 0.85
    }

    // Right before the span: modifiers and possessives, across money and articles.
    let previousEnd =
      mentions[..<index].last { $0.mention.bytes.upperBound <= span.lowerBound }?.mention.bytes
      .upperBound ?? sentence.bytes.lowerBound
    // Only the last word before the span is read: the words from the last two runs without a
    // space, all of them when those are quotation marks only.
    var leading = AgreementWords(bytes, from: previousEnd, to: span.lowerBound, last: 2).tokens
      .filter { $0.text != "\"" }
    if leading.isEmpty {
      leading = AgreementWords(bytes, from: previousEnd, to: span.lowerBound).tokens.filter {
        $0.text != "\""
      }
    }
    let determiner = leading.last?.text ?? spanWords.first ?? ""
    let theirBefore =
      AgreementWords.mayContain("their", in: bytes, sentence.bytes.lowerBound..<span.lowerBound)
      && AgreementWords(bytes, from: sentence.bytes.lowerBound, to: span.lowerBound).texts
        .contains("their")
    reading.anaphoric =
      Self.anaphoricWords.contains(determiner)
      || (spanWords.first.map { Self.anaphoricWords.contains($0) } ?? false)
      || (reading.bilateral && theirBefore)
    let their = determiner == "their" || spanWords.first == "their" || theirBefore
    // "the Ukraine action plan": a single state opening a plan's name after "the" is its topic.
    var topic: [String] = []
    if determiner == "the", reading.parties.count == 1,
      spanWords.contains(where: { Self.topicHeads.contains($0) }),
      let first = inside.first(where: { $0.form.type != "WeaponSystem" }),
      AgreementWords(bytes, from: span.lowerBound, to: first.bytes.lowerBound).texts
        .allSatisfy({ $0 == "\"" })
    {
      topic = reading.parties
      reading.parties = []
      reading.anaphoric = false
    }
    var adjacent: [Int] = []
    var cursor = span.lowerBound
    var before = index - 1
    while before >= 0 {
      let candidate = mentions[before]
      if candidate.mention.bytes.upperBound > cursor {
        // A mention nested in or overlapping the agreement's span is no modifier before it.
        before -= 1
        continue
      }
      let gap = AgreementWords(bytes, from: candidate.mention.bytes.upperBound, to: cursor).tokens
        .filter {
          token in !money.contains { $0.bytes.overlaps(token.bytes) }
        }
      if candidate.type == "WeaponSystem" && gap.isEmpty {
        Self.add(candidate.entity, to: &reading.weapons)
      } else if candidate.type == "State" || candidate.type == "Organization",
        gap.count <= 3, gap.allSatisfy({ Self.gapWords.contains($0.text) })
      {
        adjacent.insert(before, at: 0)
      } else {
        break
      }
      cursor = candidate.mention.bytes.lowerBound
      before -= 1
    }
    if let first = adjacent.first {
      reading.span = mentions[first].mention.bytes.lowerBound..<reading.span.upperBound
    }
    let articleBeforeModifier: Bool = {
      guard let first = adjacent.first, adjacent.allSatisfy({ !mentions[$0].mention.possessive })
      else { return false }
      let start =
        first > 0 ? mentions[first - 1].mention.bytes.upperBound : sentence.bytes.lowerBound
      let words = AgreementWords(bytes, from: start, to: mentions[first].mention.bytes.lowerBound)
        .texts
      return words.last == "the"
    }()

    // After the span: "between X and Y", "with X and Y", "against X".
    let following = mentions[(index + 1)...].filter {
      $0.mention.bytes.lowerBound >= span.upperBound
    }
    // Only the first six words after the phrase are read (cue, "with", "was expected").
    let after = AgreementWords(
      bytes, from: span.upperBound, to: sentence.bytes.upperBound, limit: 6
    ).tokens
    if let cue = after.first?.text {
      // The list is read only after a cue that takes it.
      let takesList = cue == "between" || reading.isSanctions
      let list =
        takesList
        ? coordinated(after: span.upperBound, in: Array(following), bytes: bytes, skip: 1) : []
      if cue == "between" && !list.isEmpty {
        reading.parties = []
        for id in list { Self.add(id, to: &reading.parties) }
        reading.partyRule = "agreement-between"
        reading.partyConfidence = 0.85
      } else if reading.isSanctions && ["against", "on", "targeting"].contains(cue) {
        for id in list { Self.add(id, to: &reading.targets) }
        for id in listedTargets(after: span.upperBound, in: Array(following), bytes: bytes) {
          Self.add(id, to: &reading.targets)
        }
      }
    }

    if reading.parties.isEmpty {
      let modifiers = adjacent.map { mentions[$0].entity } + topic
      let modifierIsTopic = articleBeforeModifier || !topic.isEmpty
      if !modifiers.isEmpty && !modifierIsTopic {
        for position in adjacent { Self.add(mentions[position].entity, to: &reading.parties) }
        reading.partyRule = "agreement-name"
        reading.partyConfidence = 0.8
        reading.partiesAct = true
      } else if determiner == "its" {
        if let nearest = mentions[..<index].last(where: { Self.isActor($0) }) {
          reading.parties = [nearest.entity]
          reading.partyRule = "agreement-its"
          reading.partyConfidence = 0.7
          reading.partiesAct = true
        }
      } else if !reading.anaphoric || their && reading.bilateral {
        let subject = self.subject(
          before: reading.span.lowerBound, in: mentions, bytes: bytes, sentence: sentence,
          date: date)
        let usable = their ? (subject.count >= 2 ? subject : []) : subject
        if !usable.isEmpty {
          reading.parties = usable
          reading.partyRule = "agreement-subject"
          reading.partyConfidence = 0.65
          reading.partiesAct = true
        } else if modifierIsTopic {
          for id in modifiers { Self.add(id, to: &reading.parties) }
          reading.partyRule = "agreement-name"
          reading.partyConfidence = 0.6
          reading.partiesAct = true
        }
      }
    }
    reading.parties.removeAll { reading.targets.contains($0) }
    let withCue =
      after.first?.text == "with"
      || (after.count > 1 && AgreementRule.participles.contains(after[0].text)
        && after[1].text == "with")
    if withCue {
      let skip = after.first?.text == "with" ? 1 : 2
      let partners = coordinated(
        after: span.upperBound, in: Array(following), bytes: bytes, skip: skip)
      if reading.parties.isEmpty, !partners.isEmpty, reading.bilateral {
        // "a framework agreement signed with Seoul": the partner is named, the other side is
        // the document's main state.
        reading.partyRule = "agreement-with"
        reading.partyConfidence = 0.6
        reading.needsCounterparty = true
      }
      if !reading.parties.isEmpty || reading.needsCounterparty {
        for id in partners { Self.add(id, to: &reading.parties) }
        reading.partners = partners
      }
    }

    // "a separate contract … was expected": the agreement is still to come.
    let predicate = after.prefix(6).map(\.text)
    if let verb = predicate.firstIndex(where: { ["expected", "due"].contains($0) }), verb > 0,
      ["is", "was", "are", "were"].contains(predicate[verb - 1])
    {
      reading.expected = true
    }
    if reading.isSanctions {
      // Sanctions name what they punish ("firms involved in the transfer of drones"), not
      // weapons they cover.
      reading.weapons = []
    } else {
      for weapon in coveredWeapons(after: span, in: mentions, bytes: bytes, sentence: sentence) {
        Self.add(weapon, to: &reading.weapons)
      }
    }
    reading.money = self.money(near: span, in: money, bytes: bytes)
    if let found = reading.money {
      reading.span =
        min(
          found.bytes.lowerBound, reading.span.lowerBound)..<max(
          found.bytes.upperBound, reading.span.upperBound)
    }
    return reading
  }

  /// Words that end a list of sanctions targets: a relative clause or the reason starts.
  static let targetListEnds: Set<String> = [
    "that", "which", "who", "over", "for", "because", "after", "in", "said", "accused",
  ]

  /// The states and organizations of a list of targets after "sanctions on/against" whose
  /// items are noun phrases ("on a North Korean shipping company, a Chinese trading firm and
  /// two Russian logistics firms"), up to the end of the list, at most 25 words on.
  func listedTargets(after position: Int, in mentions: [ResolvedMention], bytes: [UInt8])
    -> [String]
  {
    var result: [String] = []
    var cursor = position
    var words = 0
    for mention in mentions {
      let gap = AgreementWords(bytes, from: cursor, to: mention.mention.bytes.lowerBound).texts
      words += gap.count
      guard words <= 25,
        !gap.contains(where: {
          AgreementWords.isClauseBreak($0) || Self.targetListEnds.contains($0)
        })
      else { break }
      if Self.isActor(mention) { Self.add(mention.entity, to: &result) }
      cursor = mention.mention.bytes.upperBound
    }
    return result
  }

  static func add(_ id: String, to list: inout [String]) {
    if !list.contains(id) { list.append(id) }
  }

  static func isActor(_ mention: ResolvedMention) -> Bool {
    mention.type == "State" || mention.type == "Organization"
  }

  /// States and organizations listed after `position`: the first one within `skip` + 2 words,
  /// then any joined to it by "and" or a comma ("between Russia and Iran", "with the US and
  /// UK", "against Russian companies and individuals").
  func coordinated(
    after position: Int, in mentions: [ResolvedMention], bytes: [UInt8], skip: Int
  ) -> [String] {
    var result: [String] = []
    var cursor = position
    for mention in mentions {
      // Longer gaps fail both tests: the first `skip` + 3 tokens, or 3, are enough.
      let gap = AgreementWords(
        bytes, from: cursor, to: mention.mention.bytes.lowerBound,
        limit: result.isEmpty ? skip + 3 : 3
      ).texts
      if result.isEmpty {
        guard gap.count <= skip + 2, !gap.contains(where: AgreementWords.isClauseBreak) else {
          break
        }
      } else {
        guard gap == ["and"] || gap == [","] || gap == [",", "and"] else { break }
      }
      guard Self.isActor(mention) else { break }
      cursor = mention.mention.bytes.upperBound
      if mention.mention.possessive, mention.type == "State" {
        // "with South Korea's Hyundai Rotem": the company is the partner.
        if let owned = mentions.first(where: { $0.mention.bytes.lowerBound >= cursor }),
          owned.type == "Organization",
          AgreementWords.count(bytes, from: cursor, to: owned.mention.bytes.lowerBound, limit: 1)
            == 0
        {
          Self.add(owned.entity, to: &result)
          cursor = owned.mention.bytes.upperBound
          continue
        }
      }
      Self.add(mention.entity, to: &result)
    }
    return result
  }

  /// The acting side before `position`: the nearest state or organization that does not follow
  /// a preposition, with those coordinated before it; or the state of "<Surname>
  /// administration|government", whichever is nearer.
  func subject(
    before position: Int, in mentions: [ResolvedMention], bytes: [UInt8], sentence: Sentence,
    date: CalendarDate?
  ) -> [String] {
    var found: [String] = []
    var foundAt = -1
    var index = mentions.lastIndex { $0.mention.bytes.upperBound <= position } ?? -1
    while index >= 0 {
      let mention = mentions[index]
      let start =
        index > 0 ? mentions[index - 1].mention.bytes.upperBound : sentence.bytes.lowerBound
      // Only the last word is read, or the whole gap when it is one token: two are enough.
      let before = AgreementWords(
        bytes, from: start, to: mention.mention.bytes.lowerBound, last: 2
      ).texts
      if Self.isActor(mention) && !(before.last.map { Self.prepositions.contains($0) } ?? false) {
        found = [mention.entity]
        foundAt = mention.mention.bytes.lowerBound
        var previous = index - 1
        var last = before
        while previous >= 0, last == ["and"] || last == [","], Self.isActor(mentions[previous]) {
          found.insert(mentions[previous].entity, at: 0)
          let from =
            previous > 0
            ? mentions[previous - 1].mention.bytes.upperBound : sentence.bytes.lowerBound
          last =
            AgreementWords(
              bytes, from: from, to: mentions[previous].mention.bytes.lowerBound, last: 2
            ).texts
          previous -= 1
        }
        break
      }
      index -= 1
    }
    if let (state, at) = administration(
      before: position, bytes: bytes, sentence: sentence, date: date),
      at > foundAt
    {
      return [state]
    }
    return found
  }

  /// "the Biden administration", "the Sunak government": the state whose head of government
  /// (or state) that day has the surname.
  func administration(
    before position: Int, bytes: [UInt8], sentence: Sentence, date: CalendarDate?
  ) -> (String, Int)? {
    // Most sentences hold neither word: their words before `position` are not made.
    let before = sentence.bytes.lowerBound..<max(sentence.bytes.lowerBound, position)
    guard
      AgreementWords.mayContain("administration", in: bytes, before)
        || AgreementWords.mayContain("government", in: bytes, before)
    else { return nil }
    let tokens = AgreementWords(bytes, from: sentence.bytes.lowerBound, to: position).tokens
    for offset in stride(from: tokens.count - 1, to: 0, by: -1)
    where tokens[offset].text == "administration" || tokens[offset].text == "government" {
      let word = String(decoding: bytes[tokens[offset - 1].bytes], as: UTF8.self)
      guard let people = names.personsBySurname[word] else { continue }
      var states: [String] = []
      for person in people {
        for office in lexicon.offices(of: person)
        where office.role == "head of government" || office.role == "head of state" {
          if date.map({ office.isHeld(on: $0) }) ?? true { Self.add(office.state, to: &states) }
        }
      }
      if states.count == 1 { return (states[0], tokens[offset - 1].bytes.lowerBound) }
    }
    return nil
  }

  /// Weapon mentions after `span` in its clause, behind a cue word ("including", "of", "for",
  /// "with", "such as"), at most 15 words on.
  func coveredWeapons(
    after span: Range<Int>, in mentions: [ResolvedMention], bytes: [UInt8], sentence: Sentence
  ) -> [String] {
    var result: [String] = []
    for mention in mentions
    where mention.type == "WeaponSystem" && mention.mention.bytes.lowerBound >= span.upperBound {
      // "anti-tank" is not a tank: a weapon glued to a word by a hyphen is part of a compound.
      let start = mention.mention.bytes.lowerBound
      if start > 0 && bytes[start - 1] == UInt8(ascii: "-") { continue }
      // A gap of more than 15 tokens fails: 16 are enough to tell.
      let gap = AgreementWords(
        bytes, from: span.upperBound, to: mention.mention.bytes.lowerBound, limit: 16
      ).texts
      guard gap.count <= 15, !gap.contains(where: AgreementWords.isClauseBreak) else { break }
      // The cue must open the words after the agreement: "package of 50 tanks", "package to
      // Ukraine, including …"; not "deals have seen Iran send hundreds of drones".
      if let cue = gap.firstIndex(where: { Self.coverCues.contains($0) }), cue <= 5,
        gap[cue] != "of" || cue == 0
      {
        Self.add(mention.entity, to: &result)
      }
    }
    return result
  }

  /// The sum of money inside the span, or the nearest one at most three words before it
  /// ("$275mn in lethal aid") or two words after it ("a package worth $1bn").
  func money(near span: Range<Int>, in amounts: [MoneyAmount], bytes: [UInt8]) -> MoneyAmount? {
    if let inside = amounts.first(where: { span.contains($0.bytes.lowerBound) }) { return inside }
    if let before = amounts.last(where: { $0.bytes.upperBound <= span.lowerBound }),
      AgreementWords.count(bytes, from: before.bytes.upperBound, to: span.lowerBound, limit: 4)
        <= 3
    {
      return before
    }
    if let after = amounts.first(where: { $0.bytes.lowerBound >= span.upperBound }),
      AgreementWords.count(bytes, from: span.upperBound, to: after.bytes.lowerBound, limit: 3)
        <= 2
    {
      return after
    }
    return nil
  }

  /// Verbs by which a government decides on a package it will deliver ("approved a $1.1bn arms
  /// package for Taiwan"): the supply is `planned`.
  static let approvalVerbs: Set<String> = [
    "approve", "approves", "approved", "approving", "announce", "announces", "announced",
    "unveil", "unveils", "unveiled", "authorize", "authorizes", "authorized", "authorise",
    "authorises", "authorised",
  ]

  /// A supply verb (with `approving`, an approval verb too) before `object` in its clause, and
  /// a recipient after it ("to X", "for X"), or right after the verb ("give Ukraine a package").
  func packageSupply(
    after object: Range<Int>, suppliers: [String], mentions: [ResolvedMention], bytes: [UInt8],
    sentence: Sentence, approving: Bool = false
  ) -> AgreementSupply? {
    // The verb must be among the last eight tokens before the object: only those are read.
    let before = AgreementWords(
      bytes, from: sentence.bytes.lowerBound, to: object.lowerBound, last: 8
    ).tokens
    guard
      let verbIndex = before.lastIndex(where: {
        Self.supplyVerbs.contains($0.text) || approving && Self.approvalVerbs.contains($0.text)
      }),
      before.count - verbIndex <= 8,
      !before[verbIndex...].contains(where: { AgreementWords.isClauseBreak($0.text) })
    else { return nil }
    let verb = before[verbIndex].bytes
    var recipient: ResolvedMention?
    if let direct = mentions.first(where: {
      $0.mention.bytes.lowerBound >= verb.upperBound
        && $0.mention.bytes.upperBound <= object.lowerBound
    }), Self.isActor(direct),
      AgreementWords.count(
        bytes, from: verb.upperBound, to: direct.mention.bytes.lowerBound, limit: 1) == 0
    {
      recipient = direct
    } else {
      let after = AgreementWords(
        bytes, from: object.upperBound, to: sentence.bytes.upperBound, limit: 10
      ).tokens
      if let cue = after.prefix(10).firstIndex(where: { $0.text == "to" || $0.text == "for" }),
        !after[..<cue].contains(where: { AgreementWords.isClauseBreak($0.text) || $0.text == "," })
      {
        let from = after[cue].bytes.upperBound
        if let next = mentions.first(where: { $0.mention.bytes.lowerBound >= from }),
          Self.isActor(next),
          AgreementWords.count(bytes, from: from, to: next.mention.bytes.lowerBound, limit: 5)
            <= 4
        {
          recipient = next
        }
      }
    }
    guard let recipient else { return nil }
    let sources = suppliers.filter { $0 != recipient.entity }
    guard !sources.isEmpty else { return nil }
    return AgreementSupply(
      suppliers: sources, recipient: recipient.entity, verb: verb,
      approved: Self.approvalVerbs.contains(before[verbIndex].text),
      span: min(
        verb.lowerBound, object.lowerBound)..<max(
          object.upperBound, recipient.mention.bytes.upperBound))
  }

  /// Purchase heads: a contract or deal that covers weapons is a sale.
  static let purchaseHeads: Set<String> = [
    "contract", "contracts", "deal", "deals", "agreement", "agreements",
  ]

  /// A contract or deal that covers weapons, with a seller: the partner after "with" ("a
  /// contract with Hyundai Rotem for 180 K2 tanks", "an agreement with France to buy 26
  /// Rafale jets") or the state after "from" ("a $6.5bn deal for 180 K2 tanks from South
  /// Korea"); the buyer is the one other party. The deliveries are still to come: `planned`
  /// (rule `agreement-supply`).
  func contractSupply(
    _ reading: AgreementReading, mentions sentence: [ResolvedMention], bytes: [UInt8]
  ) -> AgreementSupply? {
    guard !reading.isSanctions, !reading.weapons.isEmpty else { return nil }
    let span = reading.agreement.mention.bytes
    guard AgreementWords(bytes, span).texts.contains(where: { Self.purchaseHeads.contains($0) })
    else { return nil }
    guard reading.partners.count <= 1 else { return nil }
    var seller = reading.partners.first
    var sellerEnd = span.upperBound
    if seller == nil {
      let after = AgreementWords(
        bytes, from: span.upperBound, to: reading.sentence.bytes.upperBound, limit: 1
      ).tokens
      if after.first?.text == "from" {
        let from = after[0].bytes.upperBound
        let mentions = sentence.filter {
          $0.mention.bytes.lowerBound >= from && Self.isActor($0)
        }
        if let next = mentions.first,
          AgreementWords.count(bytes, from: from, to: next.mention.bytes.lowerBound, limit: 2)
            <= 1
        {
          seller = next.entity
          sellerEnd = next.mention.bytes.upperBound
        }
      }
    }
    guard let seller else { return nil }
    let buyers = reading.parties.filter { $0 != seller && !reading.partners.contains($0) }
    guard buyers.count == 1 else { return nil }
    return AgreementSupply(
      suppliers: [seller], recipient: buyers[0], verb: span,
      span: min(reading.span.lowerBound, span.lowerBound)..<max(sellerEnd, reading.span.upperBound))
  }

  // MARK: - Anaphora

  /// Parties for mentions that found none: the same agreement's parties elsewhere in the
  /// document; for an anaphoric bilateral agreement, else the document's two most mentioned
  /// states.
  func fillAnaphoricParties(_ readings: inout [AgreementReading], document: ResolvedDocument) {
    var known: [String: [String]] = [:]
    for reading in readings where !reading.parties.isEmpty {
      for party in reading.parties {
        Self.add(party, to: &known[reading.agreement.entity, default: []])
      }
    }
    // The document's main state and dominant pair, worked out only when a reading needs them
    // (most documents' agreements name their parties).
    var home: String??
    for index in readings.indices where readings[index].needsCounterparty {
      guard readings[index].parties.count == 1 else { continue }
      if home == nil { home = .some(mainState(in: document)) }
      if let home = home ?? nil, home != readings[index].parties[0] {
        readings[index].parties.insert(home, at: 0)
      }
    }
    var pair: [String]??
    for index in readings.indices where readings[index].parties.isEmpty {
      if let parties = known[readings[index].agreement.entity] {
        readings[index].parties = parties
        readings[index].partyRule = "agreement-anaphora"
        readings[index].partyConfidence = 0.5
        continue
      }
      guard readings[index].anaphoric, readings[index].bilateral else { continue }
      if pair == nil { pair = .some(dominantPair(in: document)) }
      if let pair = pair ?? nil {
        readings[index].parties = pair
        readings[index].partyRule = "agreement-document-pair"
        readings[index].partyConfidence = 0.4
      }
    }
  }

  /// The state mentioned most often in the document, nil on a tie.
  func mainState(in document: ResolvedDocument) -> String? {
    var counts: [String: Int] = [:]
    for mention in document.mentions where mention.type == "State" {
      counts[mention.entity, default: 0] += 1
    }
    guard let best = counts.values.max() else { return nil }
    let top = counts.filter { $0.value == best }
    return top.count == 1 ? top.first?.key : nil
  }

  /// The two states named together in the most sentences of the document (at least twice),
  /// ties broken by ids; nil when no pair is.
  func dominantPair(in document: ResolvedDocument) -> [String]? {
    var counts: [[String]: Int] = [:]
    for sentence in document.sentences {
      var states: [String] = []
      for mention in document.mentions(inSentence: sentence.index) where mention.type == "State" {
        Self.add(mention.entity, to: &states)
      }
      states.sort { $0.precedesByScalars($1) }
      for first in states.indices {
        for second in states.indices where second > first {
          counts[[states[first], states[second]], default: 0] += 1
        }
      }
    }
    let best = counts.filter { $0.value >= 2 }.sorted { left, right in
      if left.value != right.value { return left.value > right.value }
      if left.key[0] != right.key[0] { return left.key[0].precedesByScalars(right.key[0]) }
      return left.key[1].precedesByScalars(right.key[1])
    }
    return best.first?.key
  }
}
