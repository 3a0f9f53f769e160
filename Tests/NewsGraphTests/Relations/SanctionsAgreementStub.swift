import NewsGraph

/// A stand-in for the agreement rules: a `sanctions` candidate carrying an `agreement`, spanning
/// the whole first body sentence, as `AgreementRelationExtractor` writes one for "sanctions on X".
struct SanctionsAgreementStub: RelationCandidateSource {
  let source: String
  let target: String
  let agreement: String

  func candidates(in document: ResolvedDocument) -> [RelationCandidate] {
    guard let sentence = document.sentences.last else { return [] }
    let relation = ExtractedRelation(
      type: "sanctions", source: source, target: target,
      attributes: [
        "agreement": .string(agreement), "rule": .string("sanctions-agreement"),
        "confidence": .double(0.7),
      ],
      provenance: Provenance(
        document: document.article.document, sentence: sentence.index,
        start: sentence.scalars.upperBound - 1, end: sentence.scalars.upperBound,
        evidence: "stub"))
    return [RelationCandidate(relation: relation, trigger: 0..<1)]
  }
}
