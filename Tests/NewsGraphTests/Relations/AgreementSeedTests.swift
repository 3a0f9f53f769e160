import NewsGraph
import NewsGraphTestSupport
import Testing

/// The role and agreement rules on the five seed articles, scored against the gold `holdsRole`,
/// `partyTo` and `sanctions` facts.
///
/// The mentions are the real matcher's (its `AgreementRule` marks the agreement phrases) as the
/// real resolver resolved them, so this measures the party, sanction and money rules on what
/// the pipeline gives them. Modality comes from `ModalityDetector` on each candidate's trigger,
/// standing in for `ClaimQualifier`; duplicates (same type, ends and modality) are merged here as
/// the pipeline does. The floors are what the rules reach now, less a small margin.
@Suite struct AgreementSeedTests {
  static let holdsRoleFloor = 0.95
  static let agreementFloor = 0.72

  /// The seeds read, matched and resolved.
  static func documents() throws -> (documents: [ResolvedDocument], entities: [Entity]) {
    let (read, resolution) = try EntityResolverSeedTests.resolveSeeds()
    var documents: [ResolvedDocument] = []
    for (position, (article, mentions)) in read.enumerated() {
      let sentences = SentenceSplitter().sentences(in: article)
      documents.append(
        ResolvedDocument(
          article: article, sentences: sentences, mentions: mentions,
          assignments: resolution.assignments[position]))
    }
    return (documents, resolution.graphEntities)
  }

  static func relations(of candidates: [RelationCandidate], in document: ResolvedDocument)
    throws -> [ExtractedRelation]
  {
    let detector = ModalityDetector(
      lexicon: try CueLexicon(folder: RepositoryPaths.root + "/ontology/cues"))
    return candidates.map { candidate in
      var relation = candidate.relation
      let sentence = document.sentences.first { $0.index == relation.provenance.sentence }!
      let finding = detector.modality(
        in: sentence.text(in: document.article), trigger: candidate.trigger)
      // A title presupposes the office whatever the sentence claims.
      let modality = relation.type == "holdsRole" ? .asserted : finding.modality
      relation.attributes["modality"] = .string(modality.rawValue)
      return relation
    }
  }

  @Test func seedRolesAndAgreementsScoreAboveTheFloor() throws {
    let (documents, entities) = try Self.documents()
    let roles = HoldsRoleExtractor(lexicon: AgreementTestDocument.lexicon)
    let agreements = AgreementRelationExtractor(lexicon: AgreementTestDocument.lexicon)
    var merged: [String: Relation] = [:]
    var order: [String] = []
    for document in documents {
      let candidates = roles.candidates(in: document) + agreements.candidates(in: document)
      for relation in try Self.relations(of: candidates, in: document) {
        let modality = relation.attributes["modality"]?.lexicalForm ?? ""
        let key = [relation.type, relation.source, relation.target, modality].joined(separator: " ")
        if merged[key] == nil {
          order.append(key)
          merged[key] = Relation(
            id: "r\(order.count)", source: relation.source, target: relation.target,
            type: relation.type, attributes: relation.attributes,
            provenance: [relation.provenance])
        } else {
          merged[key]!.provenance.append(relation.provenance)
        }
      }
    }
    let graph = try KnowledgeGraph(
      name: "seeds", entities: entities, relations: order.map { merged[$0]! })
    let evaluation = GoldEvaluator(gold: try GoldStandard.load()).evaluate(graph)
    print(evaluation.report())
    var combined = GoldScore()
    for type in ["holdsRole", "partyTo", "sanctions"] {
      let score = evaluation.relationScores[type] ?? GoldScore()
      print("\(type): P \(score.precision) R \(score.recall) F1 \(score.f1)")
      if type != "holdsRole" {
        combined = GoldScore(
          gold: combined.gold + score.gold, extracted: combined.extracted + score.extracted,
          matched: combined.matched + score.matched)
      }
    }
    print("partyTo+sanctions: P \(combined.precision) R \(combined.recall) F1 \(combined.f1)")
    #expect((evaluation.relationScores["holdsRole"] ?? GoldScore()).f1 >= Self.holdsRoleFloor)
    #expect(combined.f1 >= Self.agreementFloor)
  }
}
