/// Anything that reads relation candidates from a resolved document: the verb-pattern engine,
/// the agreement rules, the role rules. `RelationExtractor` runs every source and then qualifies
/// all candidates (modality, attribution) in one place.
public protocol RelationCandidateSource: Sendable {
  /// Candidates in text order; `modality` and `attributed_to` are left unset.
  func candidates(in document: ResolvedDocument) -> [RelationCandidate]

  /// The candidates and the entity attributes read along the way (an agreement's value).
  func findings(in document: ResolvedDocument) -> (
    candidates: [RelationCandidate], entityFacts: [EntityFact]
  )

  /// Rule ids whose relations the text presupposes rather than claims: a title ("Defence
  /// Secretary Ben Wallace") states an office whatever the verb of the sentence does, so its
  /// `holdsRole` is asserted and attributed to nobody.
  var presupposedRules: Set<String> { get }
}

extension RelationCandidateSource {
  public func findings(in document: ResolvedDocument) -> (
    candidates: [RelationCandidate], entityFacts: [EntityFact]
  ) {
    (candidates(in: document), [])
  }

  public var presupposedRules: Set<String> { [] }
}
