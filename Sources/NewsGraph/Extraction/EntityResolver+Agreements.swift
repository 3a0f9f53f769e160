extension EntityResolver {
  /// An agreement phrase: its own id (parties, value, head) when `AgreementRule` found parties;
  /// a definite one without ("the deal") refers back to the last agreement with its head noun in
  /// the document, else to the last one of its family (deal, agreement, contract, treaty, pact and
  /// accord are one family: "a contract … the deal"), else, for two-party heads (deal, pact,
  /// partnership…), is named after the states of the sentence before it when there are at least
  /// two (two sentences when that one names fewer than two; more than two are narrowed to those
  /// the phrase's own sentence also names); with none it is dropped.
  ///
  /// A phrase with a sum of money is the document's earlier agreement of its family with the
  /// same sum ("a $6.5bn deal" in the title, "a contract worth about $6.5 billion" in the text):
  /// the amount pins the agreement whatever noun and parties the sentence names. A two-party
  /// agreement that names only the partner ("a framework agreement signed with Seoul") takes the
  /// document's most mentioned state as the other side, when one state is mentioned most.
  func resolveAgreement(
    _ mention: Mention, in mentions: [Mention], state: inout ResolutionState
  ) -> String? {
    guard var phrase = mention.agreement else { return nil }
    let alias = Self.agreementAlias(of: phrase)
    var reason = MergeReason.slug
    let family = AgreementRule.families[phrase.head].map { "family " + $0 }
    if let key = Self.valueKey(of: phrase), let existing = state.documentAgreements[key] {
      state.merge(into: existing, alias: alias, mention: mention, reason: .antecedent)
      Self.addLongAlias(of: phrase, to: existing, mention: mention, state: &state)
      return existing
    }
    if phrase.isAnaphoric {
      if let antecedent = state.documentAgreements[phrase.head]
        ?? family.flatMap({ state.documentAgreements[$0] }),
        Self.fits(mention, antecedent: antecedent, in: mentions, state: state)
      {
        state.merge(into: antecedent, alias: alias, mention: mention, reason: .antecedent)
        Self.addLongAlias(of: phrase, to: antecedent, mention: mention, state: &state)
        return antecedent
      }
      let parties = Self.contextStates(before: mention, in: mentions)
      guard parties.count >= 2, AgreementRule.bilateralHeads.contains(phrase.head) else {
        state.drop(mention, .noAntecedent, detail: phrase.head)
        return nil
      }
      phrase.parties = parties.map(\.id)
      phrase.partyNames = parties.map { lexicon.entry(id: $0.id)?.label ?? $0.name }
      phrase.isAnaphoric = false
      reason = .contextParties
    }
    if phrase.needsCounterparty, phrase.parties.count == 1,
      let home = state.documentMostMentionedState,
      home != phrase.parties[0], home != phrase.target
    {
      phrase.parties.insert(home, at: 0)
      phrase.partyNames.insert(lexicon.entry(id: home)?.label ?? home, at: 0)
    }
    guard var id = AgreementRule.id(of: phrase) else {
      state.drop(mention, .noAntecedent, detail: phrase.head)
      return nil
    }
    if let existing = state.index[id], state.entities[existing].type != "Agreement" {
      id += "-agreement"
    }
    let label =
      state.index[id] == nil
      ? AgreementRule.label(of: phrase) : state.entities[state.index[id]!].label
    state.add(
      slug: id, type: "Agreement", label: label, alias: alias, mention: mention, reason: reason)
    state.documentAgreements[phrase.head] = id
    if let family {
      state.documentAgreements[family] = id
    }
    if let key = Self.valueKey(of: phrase) { state.documentAgreements[key] = id }
    Self.addLongAlias(of: phrase, to: id, mention: mention, state: &state)
    return id
  }

  /// The phrase with what follows its head ("contract for K9 howitzers") as a second alias.
  static func addLongAlias(
    of phrase: AgreementPhrase, to id: String, mention: Mention, state: inout ResolutionState
  ) {
    guard let long = phrase.longName, let position = state.index[id] else { return }
    let alias = aliasText(long)
    if alias != state.entities[position].label, !state.entities[position].aliases.contains(alias) {
      state.entities[position].aliases.append(alias)
    }
  }

  /// Whether a definite phrase may refer back to `antecedent`: a weapon named in it ("the
  /// submarine contract") must be named in the antecedent's label or aliases, else it is
  /// another agreement ("a deal for 26 Rafale jets … the submarine contract").
  static func fits(
    _ mention: Mention, antecedent: String, in mentions: [Mention], state: ResolutionState
  ) -> Bool {
    guard let position = state.index[antecedent] else { return true }
    // The antecedent's names are lower-cased only when the phrase names a weapon (rarely).
    var lowered: [String]?
    for weapon in sentenceMentions(mention.sentence...mention.sentence, in: mentions)
    where weapon.type == "WeaponSystem" && weapon.sentence == mention.sentence
      && weapon.bytes.lowerBound >= mention.bytes.lowerBound
      && weapon.bytes.upperBound <= mention.bytes.upperBound
    {
      let entity = state.entities[position]
      let names = lowered ?? ([entity.label] + entity.aliases).map { $0.lowercased() }
      lowered = names
      let text = aliasText(weapon.text).lowercased()
      if !names.contains(where: { $0.contains(text) }) { return false }
    }
    return true
  }

  /// The name a reader would use for the agreement out of context: the phrase as written, with
  /// its sum when the sum stands before it ("$6.5bn deal"); a bare head noun ("deal", "the
  /// sanctions") refers back and names nothing, so it is no alias ("" adds none).
  static func agreementAlias(of phrase: AgreementPhrase) -> String {
    var name = aliasText(phrase.name)
    if let value = phrase.value, !phrase.valueFollows, !name.contains(value) {
      name = value + " " + name
    }
    let bare = name.lowercased()
    if AgreementRule.heads[bare] != nil { return "" }
    return name
  }

  /// "value <currency> <amount> <family> <target>" for a phrase with a sum of money, nil without
  /// one.
  static func valueKey(of phrase: AgreementPhrase) -> String? {
    guard let value = phrase.value, let money = MoneyAmount.amounts(in: value).first else {
      return nil
    }
    let family = AgreementRule.families[phrase.head] ?? phrase.head
    return "value \(money.currency) \(money.amount) \(family) \(phrase.target ?? "")"
  }

  /// The states (single lexicon candidates) of the sentence before the mention, or of the two
  /// before it when one names fewer than two, in first-seen order; more than two are narrowed to
  /// those the mention's own sentence names too, when at least one is.
  static func contextStates(before mention: Mention, in mentions: [Mention])
    -> [(id: String, name: String)]
  {
    func states(in sentences: ClosedRange<Int>) -> [(id: String, name: String)] {
      var found: [(id: String, name: String)] = []
      for other in sentenceMentions(sentences, in: mentions)
      where sentences.contains(other.sentence) && other.type == "State"
        && other.candidates.count == 1 && !found.contains(where: { $0.id == other.candidates[0] })
      {
        found.append((other.candidates[0], aliasText(other.text)))
      }
      return found
    }
    guard mention.sentence > 0 else { return [] }
    var found = states(in: (mention.sentence - 1)...(mention.sentence - 1))
    if found.count < 2 && mention.sentence > 1 {
      found = states(in: (mention.sentence - 2)...(mention.sentence - 1))
    }
    if found.count > 2 {
      let own = Set(states(in: mention.sentence...mention.sentence).map(\.id))
      let narrowed = found.filter { own.contains($0.id) }
      if !narrowed.isEmpty { found = narrowed }
    }
    return found
  }

  /// The mentions of a range of sentences, found by binary search: mentions are in text order,
  /// so a long document costs a logarithm per look-up, not a scan of everything before.
  static func sentenceMentions(_ sentences: ClosedRange<Int>, in mentions: [Mention])
    -> ArraySlice<Mention>
  {
    let start = mentions.partitionPoint { $0.sentence < sentences.lowerBound }
    let end = mentions[start...].partitionPoint { $0.sentence <= sentences.upperBound }
    return mentions[start..<end]
  }
}
