import NewsGraph
import NewsGraphTestSupport
import Testing

/// The role and agreement rules on the five seed articles, scored against the gold `holdsRole`,
/// `partyTo` and `sanctions` facts.
///
/// Until the matcher marks Agreement mentions, the gold's agreement phrases are marked by hand
/// (`agreementPhrases`), so this measures the party, sanction and money rules given the
/// mentions. Modality comes from `ModalityDetector` on each candidate's trigger, standing in
/// for `ClaimQualifier`; duplicates (same type, ends and modality) are merged here as the
/// pipeline will. The floors are what the rules reach now, less a small margin.
@Suite struct AgreementSeedTests {
  static let holdsRoleFloor = 0.95
  static let agreementFloor = 0.72

  /// Gold agreement phrases per seed (prefix of the file name) and the gold id they denote.
  static let agreementPhrases: [String: [(phrase: String, id: String)]] = [
    "000": [("action plan", "uk-ukraine-action-plan"), ("the deal", "russia-iran-drone-deal")],
    "001": [
      ("this deal", "russia-iran-drone-deal"),
      ("full-fledged defense partnership", "russia-iran-defence-partnership"),
      ("sanctions against Iranian firms", "us-sanctions-iranian-firms"),
    ],
    "002": [
      ("full-scale defence partnership", "russia-iran-defence-partnership"),
      ("desperate alliance", "russia-iran-defence-partnership"),
      ("sordid deals", "russia-iran-drone-deal"), ("lethal aid", "us-lethal-aid-package"),
    ],
    "003": [
      ("sanctions against Russia", "uk-sanctions-against-russia"),
      ("the package", "uk-security-package"),
    ],
    "004": [("security package", "uk-security-package")],
  ]

  /// The seeds read, matched and resolved, with the agreement phrases marked.
  static func documents() throws -> (documents: [ResolvedDocument], entities: [Entity]) {
    let (read, resolution) = try EntityResolverSeedTests.resolveSeeds()
    var documents: [ResolvedDocument] = []
    var entities = resolution.graphEntities
    for (position, (article, mentions)) in read.enumerated() {
      let sentences = SentenceSplitter().sentences(in: article)
      let resolved = ResolvedDocument(
        article: article, sentences: sentences, mentions: mentions,
        assignments: resolution.assignments[position])
      let prefix = String(article.document.prefix(3))
      let marked = AgreementTestDocument.mark(
        Self.agreementPhrases[prefix] ?? [], in: article, sentences: sentences)
      let kept = resolved.mentions.filter { mention in
        !marked.contains { $0.mention.bytes.overlaps(mention.mention.bytes) }
      }
      let all = (kept + marked).sorted { $0.mention.bytes.lowerBound < $1.mention.bytes.lowerBound }
      documents.append(ResolvedDocument(article: article, sentences: sentences, mentions: all))
      for mention in marked where !entities.contains(where: { $0.id == mention.entity }) {
        entities.append(Entity(id: mention.entity, type: "Agreement", label: mention.mention.text))
      }
    }
    return (documents, entities)
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
