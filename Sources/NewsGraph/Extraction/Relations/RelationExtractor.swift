/// Relation extraction for one resolved document: every candidate source (the verb patterns
/// of `ontology/relations`, and whatever other rules are plugged in), then one `ClaimQualifier`
/// for all their candidates.
public struct RelationExtractor: Sendable {
  public let sources: [any RelationCandidateSource]
  public let qualifier: ClaimQualifier

  public init(
    patterns: RelationPatternSet, cues: CueLexicon,
    extraSources: [any RelationCandidateSource] = []
  ) {
    sources = [PatternRelationExtractor(patterns: patterns)] + extraSources
    qualifier = ClaimQualifier(cues: cues)
  }

  /// The relations of one document, in text order (sentence, then span), each with `modality`,
  /// `rule` and `confidence`, and `attributed_to` and `reporting_verb` when attributed.
  public func facts(in document: ResolvedDocument) -> DocumentFacts {
    let candidates = sources.flatMap { $0.candidates(in: document) }
    let relations = qualifier.qualify(candidates, in: document)
    let ordered = relations.enumerated().sorted { left, right in
      let a = left.element.provenance
      let b = right.element.provenance
      if a.sentence != b.sentence { return a.sentence < b.sentence }
      if a.start != b.start { return a.start < b.start }
      if a.end != b.end { return a.end < b.end }
      return left.offset < right.offset
    }
    return DocumentFacts(relations: ordered.map(\.element))
  }
}
