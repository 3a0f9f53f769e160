/// The verb-pattern relation engine: finds the triggers of `RelationPatternSet` in each
/// sentence and reads their arguments from the resolved mentions around them.
///
/// Per trigger and rule (see `RelationPatternKind`): the subject is the nearest mention of an
/// allowed class before the trigger in its clause, or the agent after "by" of a passive, or the
/// antecedent of a pronoun; the object follows the trigger directly or after a marker word.
/// Coordinated subjects and objects each give a relation ("the US and the UK supplied …").
/// Rules that take a weapon attach the clause's weapon mention and the count before it
/// (`QuantityPhrase`). Candidates leave modality and attribution to `ClaimQualifier`.
public struct PatternRelationExtractor: RelationCandidateSource {
  public let patterns: RelationPatternSet

  public init(patterns: RelationPatternSet) {
    self.patterns = patterns
  }

  public func candidates(in document: ResolvedDocument) -> [RelationCandidate] {
    candidates(in: document, texts: SentenceTexts(document))
  }

  /// `candidates(in:)` with the sentences' words and boundaries taken from `texts`, which
  /// `ClaimQualifier` then reads again.
  func candidates(in document: ResolvedDocument, texts: SentenceTexts) -> [RelationCandidate] {
    let text = document.bytes
    let sentences = document.sentences
    var result: [RelationCandidate] = []
    // A sentence's arguments are made when a trigger needs them, in it or in one of the two
    // sentences after it (pronoun antecedents): most sentences hold no trigger.
    var argumentsAt: [Int: [RelationArgument]] = [:]
    func arguments(at position: Int) -> [RelationArgument] {
      if let known = argumentsAt[position] { return known }
      let sentence = sentences[position]
      let made = document.mentions(inSentence: sentence.index).map {
        RelationArgument($0, sentenceStart: sentence.bytes.lowerBound)
      }
      argumentsAt[position] = made
      return made
    }
    for (position, sentence) in sentences.enumerated() {
      let matches = text.withUnsafeBufferPointer {
        patterns.automaton.matches(in: UnsafeBufferPointer(rebasing: $0[sentence.bytes]))
      }
      guard !matches.isEmpty else { continue }
      let view = PatternSentence(
        text: texts.text(of: sentence), arguments: arguments(at: position),
        earlier: (max(0, position - 2)..<position).flatMap { arguments(at: $0) })
      var seen = Set<FindingKey>()
      // The sentence as evidence: one string for all of its candidates.
      var evidence: String?
      for match in matches {
        let trigger = match.start..<match.end
        if view.overlapsArgument(trigger) { continue }
        for payload in patterns.automaton.payloads(of: match) {
          let pattern = patterns.patterns[Int(payload)]
          for finding in findings(of: pattern, at: trigger, in: view) {
            let key = FindingKey(
              relation: pattern.relation, source: finding.source.entity,
              target: finding.target.entity, trigger: trigger)
            guard seen.insert(key).inserted else { continue }
            if evidence == nil { evidence = String(decoding: view.bytes, as: UTF8.self) }
            result.append(
              candidate(
                pattern, finding, trigger: trigger, sentence: sentence, view: view,
                document: document, evidence: evidence!))
          }
        }
      }
    }
    return result
  }

  /// Every relation one rule reads around one trigger.
  func findings(
    of pattern: RelationPattern, at trigger: Range<Int>, in view: PatternSentence
  ) -> [PatternFinding] {
    let clause = view.clause(containing: trigger)
    var sources: [RelationArgument] = []
    var targets: [RelationArgument] = []
    /// The mentions before the trigger (its grammatical subject) and after it (the marked or
    /// direct object), of the given classes: a `verb` rule's source and target, an `inverse`
    /// rule's target and source.
    func around(before beforeTypes: Set<String>, after afterTypes: Set<String>) -> (
      before: [RelationArgument], after: [RelationArgument]
    ) {
      let before = view.subjects(
        before: trigger, clause: clause, types: beforeTypes, gap: pattern.gap)
      guard !before.isEmpty else { return ([], []) }
      let after = view.objects(
        after: trigger, clause: clause, types: afterTypes, markers: pattern.markers,
        direct: pattern.allowsDirectObject,
        excluding: before.count == 1 ? before[0].entity : nil
      ).objects
      return (before, after)
    }
    switch pattern.kind {
    case .verb where view.isPassive(trigger):
      guard
        let agent = view.agent(after: trigger, clause: clause, types: pattern.subjectTypes)
      else { return [] }
      sources = [agent]
      targets =
        view.objects(
          after: trigger, clause: clause, types: pattern.objectTypes, markers: pattern.markers,
          direct: false, excluding: agent.entity
        ).objects
    case .verb:
      (sources, targets) = around(before: pattern.subjectTypes, after: pattern.objectTypes)
      guard !sources.isEmpty else { return [] }
    case .noun:
      if let (first, second) = view.hyphenPair(before: trigger),
        pattern.subjectTypes.contains(first.type), pattern.objectTypes.contains(second.type)
      {
        sources = [first]
        targets = [second]
        break
      }
      if let owner = view.governingPreposition(before: trigger) {
        sources = owner.map { [$0] } ?? []
      } else {
        sources = view.subjects(
          before: trigger, clause: clause, types: pattern.subjectTypes, gap: pattern.gap)
      }
      if sources.isEmpty,
        let agent = view.agent(after: trigger, clause: clause, types: pattern.subjectTypes)
      {
        sources = [agent]
      }
      let found = view.objects(
        after: trigger, clause: clause, types: pattern.objectTypes, markers: pattern.markers,
        direct: pattern.allowsDirectObject, excluding: sources.count == 1 ? sources[0].entity : nil,
        compact: true)
      targets = found.objects
      if sources.isEmpty && found.marker == ["between"] && targets.count >= 2 {
        sources = [targets.removeFirst()]
      }
    case .inverse:
      (targets, sources) = around(before: pattern.objectTypes, after: pattern.subjectTypes)
      guard !targets.isEmpty else { return [] }
    case .modifier:
      if let (subject, object) = view.apposition(before: trigger),
        pattern.objectTypes.contains(object.type), pattern.subjectTypes.contains(subject.type)
      {
        sources = [subject]
        targets = [object]
        break
      }
      if let (object, listed) = view.examples(after: trigger),
        pattern.objectTypes.contains(object.type),
        listed.allSatisfy({ pattern.subjectTypes.contains($0.type) })
      {
        sources = listed
        targets = [object]
        break
      }
      guard
        let object = view.arguments.last(where: { $0.range.upperBound <= trigger.lowerBound }),
        let subject = view.arguments.first(where: { $0.range.lowerBound >= trigger.upperBound }),
        pattern.objectTypes.contains(object.type), pattern.subjectTypes.contains(subject.type),
        view.words.words(in: object.range.upperBound..<trigger.lowerBound).isEmpty,
        view.words.words(in: trigger.upperBound..<subject.range.lowerBound).isEmpty,
        !view.words.hasPunctuation(in: object.range.upperBound..<subject.range.lowerBound)
      else { return [] }
      sources = [subject]
      targets = [object]
    case .offer:
      guard let owner = view.modifier(before: trigger), pattern.subjectTypes.contains(owner.type)
      else { return [] }
      sources = [owner]
      targets = view.subjects(
        before: owner.range, clause: clause, types: pattern.objectTypes, gap: pattern.gap,
        excluding: owner.entity)
    case .possessor:
      guard let owner = view.possessor(before: trigger), pattern.objectTypes.contains(owner.type)
      else { return [] }
      targets = [owner]
      sources = view.subjects(
        before: owner.range, clause: clause, types: pattern.subjectTypes, gap: pattern.gap,
        excluding: owner.entity)
      guard !sources.isEmpty else { return [] }
      sources +=
        view.objects(
          after: trigger, clause: clause, types: pattern.subjectTypes, markers: pattern.markers,
          direct: false, excluding: owner.entity, compact: true
        ).objects
    }
    if pattern.relation == "meets" && targets.isEmpty && sources.count >= 2 {
      targets = Array(sources.dropFirst())
      sources = [sources[0]]
    }
    guard !sources.isEmpty, !targets.isEmpty else { return [] }
    guard satisfies(pattern, trigger: trigger, in: view, clause: clause) else { return [] }
    var weapon: RelationArgument?
    var quantity: QuantityPhrase?
    if pattern.takesWeapon,
      let found = view.weapon(near: trigger, clause: clause, passive: view.isPassive(trigger))
    {
      weapon = found
      let from =
        found.range.lowerBound >= trigger.upperBound ? trigger.upperBound : clause.lowerBound
      quantity = view.quantity(before: found, from: from)
    }
    if pattern.takesCount { quantity = count(before: pattern.requires, after: trigger, in: view) }
    var result: [PatternFinding] = []
    for source in sources {
      for target in targets where source.entity != target.entity {
        result.append(
          PatternFinding(source: source, target: target, weapon: weapon, quantity: quantity))
      }
    }
    return result
  }

  /// The rule's `requires` and `excludes` words, looked for in the twelve words after the
  /// trigger in its clause; `@weapon` asks for a weapon in the clause.
  private func satisfies(
    _ pattern: RelationPattern, trigger: Range<Int>, in view: PatternSentence,
    clause: Range<Int>
  ) -> Bool {
    guard !pattern.requires.isEmpty || !pattern.excludes.isEmpty else { return true }
    let after = view.words.lowerWords(
      in: trigger.upperBound..<max(trigger.upperBound, clause.upperBound))
    let between = Set(after.prefix(12))
    if !pattern.excludes.isDisjoint(with: between) { return false }
    guard !pattern.requires.isEmpty else { return true }
    if !pattern.requires.isDisjoint(with: between) { return true }
    return pattern.requires.contains("@weapon")
      && view.weapon(near: trigger, clause: clause) != nil
  }

  /// The count before the first of `nouns` among the twelve words after the trigger
  /// ("deployed more than 100,000 troops").
  private func count(
    before nouns: Set<String>, after trigger: Range<Int>, in view: PatternSentence
  ) -> QuantityPhrase? {
    let start = view.words.firstWord(from: trigger.upperBound)
    let end = min(view.words.words.count, start + 12)
    guard start < end else { return nil }
    for index in start..<end where nouns.contains(view.words.lower(index)) {
      let before = (max(start, index - 6)..<index).map(view.words.lower)
      return QuantityPhrase.parse(before: before, skippable: 2)
    }
    return nil
  }

  private func candidate(
    _ pattern: RelationPattern, _ finding: PatternFinding, trigger: Range<Int>,
    sentence: Sentence, view: PatternSentence, document: ResolvedDocument, evidence: String
  ) -> RelationCandidate {
    // Room for every attribute this and `ClaimQualifier` set, so that none of them regrows
    // (and rehashes) the dictionary.
    var attributes = [String: AttributeValue](minimumCapacity: 8)
    attributes["rule"] = .string(pattern.id)
    if let modality = pattern.modality { attributes["modality"] = .string(modality.rawValue) }
    var confidence = pattern.confidence
    let ends = [finding.source, finding.target]
    if ends.contains(where: { !$0.isLexicon }) { confidence *= 0.9 }
    if ends.contains(where: \.isPronoun) { confidence *= 0.85 }
    let lower = min(
      trigger.lowerBound, finding.source.range.lowerBound, finding.target.range.lowerBound)
    let upper = max(
      trigger.upperBound, finding.source.range.upperBound, finding.target.range.upperBound)
    if view.words.words(in: lower..<upper).count > 15 { confidence *= 0.9 }
    attributes["confidence"] = .double((confidence * 100).rounded() / 100)
    if let weapon = finding.weapon { attributes["weapon"] = .string(weapon.entity) }
    if finding.weapon != nil || pattern.takesCount {
      if let value = finding.quantity?.value { attributes["quantity"] = .integer(value) }
      if let qualifier = finding.quantity?.qualifier {
        attributes["quantity_qualifier"] = .string(qualifier)
      }
    }
    let provenance = Provenance(
      document: document.article.document, sentence: sentence.index,
      start: sentence.scalars.lowerBound + Self.scalarCount(view.bytes[..<lower]),
      end: sentence.scalars.lowerBound + Self.scalarCount(view.bytes[..<upper]),
      evidence: evidence)
    return RelationCandidate(
      relation: ExtractedRelation(
        type: pattern.relation, source: finding.source.entity, target: finding.target.entity,
        attributes: attributes, provenance: provenance),
      trigger: trigger)
  }

  /// What makes a finding new in its sentence: the relation, its ends and its trigger.
  private struct FindingKey: Hashable {
    var relation: String
    var source: String
    var target: String
    var trigger: Range<Int>
  }

  /// Code points in UTF-8 bytes: every byte that is not a continuation byte starts one.
  static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
    bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
  }
}
