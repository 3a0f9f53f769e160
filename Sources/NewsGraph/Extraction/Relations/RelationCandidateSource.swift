/// Anything that reads relation candidates from a resolved document: the verb-pattern engine,
/// the agreement rules, the role rules. `RelationExtractor` runs every source and then qualifies
/// all candidates (modality, attribution) in one place.
public protocol RelationCandidateSource: Sendable {
  /// Candidates in text order; `modality` and `attributed_to` are left unset.
  func candidates(in document: ResolvedDocument) -> [RelationCandidate]
}
