/// Relation extraction for one resolved document: every candidate source (the verb patterns
/// of `ontology/relations`, and whatever other rules are plugged in), then one `ClaimQualifier`
/// for all their candidates.
public struct RelationExtractor: Sendable {
  public let sources: [any RelationCandidateSource]
  public let qualifier: ClaimQualifier
  /// The rules of every source whose relations are presupposed, not claimed.
  public let presupposedRules: Set<String>
  /// Government bodies and the states they act for (`ActingState`): the source of a
  /// `supplies`, `sanctions`, `deploys`, `trains` or `suspends` relation.
  public let actingStates: [String: String]

  public init(
    patterns: RelationPatternSet, cues: CueLexicon,
    extraSources: [any RelationCandidateSource] = [], actingStates: [String: String] = [:]
  ) {
    sources = [PatternRelationExtractor(patterns: patterns)] + extraSources
    qualifier = ClaimQualifier(cues: cues)
    presupposedRules = sources.reduce(into: []) { $0.formUnion($1.presupposedRules) }
    self.actingStates = actingStates
  }

  /// The pattern rules of `ontology/relations` plus the role and agreement rules: the extractor
  /// `newsgraph build` uses.
  public init(patterns: RelationPatternSet, cues: CueLexicon, lexicon: Lexicon) {
    self.init(
      patterns: patterns, cues: cues, lexicon: lexicon,
      agreementNames: AgreementLexicon(lexicon: lexicon), actingStates: ActingState.map(lexicon))
  }

  /// The extractor `newsgraph build` uses, from tables of the lexicon already built
  /// (`BuildPipeline` builds them side by side).
  init(
    patterns: RelationPatternSet, cues: CueLexicon, lexicon: Lexicon,
    agreementNames: AgreementLexicon, actingStates: [String: String]
  ) {
    self.init(
      patterns: patterns, cues: cues,
      extraSources: [
        HoldsRoleExtractor(lexicon: lexicon),
        AgreementRelationExtractor(lexicon: lexicon, names: agreementNames),
      ], actingStates: actingStates)
  }

  /// The relations of one document, in text order (sentence, then span), each with `modality`,
  /// `rule` and `confidence`, and `attributed_to` and `reporting_verb` when attributed. The same
  /// relation with the same modality read twice in one sentence (by two triggers: "using drones
  /// to target Ukraine", or by a sanctions verb and the agreement rules) is kept once, the first.
  /// A relation read both with an `agreement` (from "sanctions on X") and without one (from a
  /// verb) in the document loses the agreement everywhere, so that the graph holds one edge, not
  /// two that differ only in their agreement; the agreement stays linked by `partyTo`.
  public func facts(in document: ResolvedDocument) -> DocumentFacts {
    var candidates: [RelationCandidate] = []
    var entityFacts: [EntityFact] = []
    // The pattern rules and the qualifier read mostly the same sentences: one set of words
    // and clause boundaries per sentence for both.
    let texts = SentenceTexts(document)
    for source in sources {
      if let patterns = source as? PatternRelationExtractor {
        candidates += patterns.candidates(in: document, texts: texts)
        continue
      }
      let found = source.findings(in: document)
      candidates += found.candidates
      entityFacts += found.entityFacts
    }
    var relations = qualifier.qualify(
      &candidates, in: document, presupposed: presupposedRules, texts: texts)
    if !actingStates.isEmpty {
      for index in relations.indices where ActingState.types.contains(relations[index].type) {
        if let state = actingStates[relations[index].source], state != relations[index].target {
          relations[index].source = state
        }
      }
    }
    // Positions are sorted, not the relations: a swap of two relations would copy (retain and
    // release) every string and the attribute dictionary of both.
    let spans = relations.map {
      (sentence: $0.provenance.sentence, start: $0.provenance.start, end: $0.provenance.end)
    }
    let ordered = spans.indices.sorted { left, right in
      let a = spans[left]
      let b = spans[right]
      if a.sentence != b.sentence { return a.sentence < b.sentence }
      if a.start != b.start { return a.start < b.start }
      if a.end != b.end { return a.end < b.end }
      return left < right
    }
    var seen: [SentenceFactKey: Int] = [:]
    seen.reserveCapacity(relations.count)
    var unique: [ExtractedRelation] = []
    unique.reserveCapacity(relations.count)
    for position in ordered {
      let relation = relations[position]
      let key = SentenceFactKey(relation)
      if let kept = seen[key] {
        if unique[kept].attributes["agreement"] != relation.attributes["agreement"] {
          unique[kept].attributes["agreement"] = nil
        }
        continue
      }
      seen[key] = unique.count
      unique.append(relation)
    }
    Self.unifyAgreements(&unique)
    return DocumentFacts(relations: unique, entityFacts: entityFacts)
  }

  /// Drops `agreement` from relations whose type, ends and modality also occur without one in
  /// the document.
  static func unifyAgreements(_ relations: inout [ExtractedRelation]) {
    func key(_ relation: ExtractedRelation) -> SentenceFactKey {
      var key = SentenceFactKey(relation)
      key.sentence = 0
      return key
    }
    guard relations.contains(where: { $0.attributes["agreement"] != nil }) else { return }
    let bare = Set(relations.filter { $0.attributes["agreement"] == nil }.map(key))
    guard !bare.isEmpty else { return }
    for index in relations.indices
    where relations[index].attributes["agreement"] != nil && bare.contains(key(relations[index])) {
      relations[index].attributes["agreement"] = nil
    }
  }
}
