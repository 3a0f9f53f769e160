import NewsGraph
import NewsGraphTestSupport
import Testing

/// The evaluator's rules, on the committed gold with one defect at a time (expected scores
/// worked out by hand) and on small golds written in the test.
@Suite struct GoldEvaluatorTests {
  let gold: GoldStandard
  let perfect: KnowledgeGraph

  init() throws {
    gold = try GoldStandard.load()
    perfect = try gold.graph()
  }

  func graph<E: Sequence, R: Sequence>(entities: E, relations: R) throws -> KnowledgeGraph where E.Element == Entity, R.Element == Relation {
    try KnowledgeGraph(name: "test", entities: entities, relations: relations)
  }

  /// 72 gold entities, 71 extracted, all right: P = 1, R = 71/72; relations untouched.
  @Test func oneEntityMissing() throws {
    let entities = perfect.entities.filter { $0.id != "goldman-sachs" }
    let evaluation = GoldEvaluator(gold: gold).evaluate(
      try graph(entities: entities, relations: perfect.relations))
    #expect(evaluation.entities == GoldScore(gold: 72, extracted: 71, matched: 71))
    #expect(evaluation.entities.precision == 1)
    #expect(evaluation.entities.recall == 71.0 / 72.0)
    #expect(abs(evaluation.entities.f1 - 142.0 / 143.0) < 1e-12)
    #expect(
      evaluation.entityScores["Organization"] == GoldScore(gold: 18, extracted: 17, matched: 17))
    #expect(evaluation.entityScores["Person"] == GoldScore(gold: 18, extracted: 18, matched: 18))
    #expect(evaluation.missedEntities.map(\.id) == ["goldman-sachs"])
    #expect(evaluation.spuriousEntities.isEmpty)
    #expect(evaluation.relations.f1 == 1)
    #expect(evaluation.report().contains("Organization goldman-sachs (Goldman Sachs)"))
  }

  /// "Ukraine is not part of NATO" extracted as an asserted membership: the relation matches
  /// nothing (spurious) and the negated fact is missed, so P = R = 54/55.
  @Test func oneRelationWithTheWrongModality() throws {
    let relations = perfect.relations.map { relation in
      guard relation.type == "memberOf" else { return relation }
      var wrong = relation
      wrong.attributes["modality"] = .string("asserted")
      return wrong
    }
    let evaluation = GoldEvaluator(gold: gold).evaluate(
      try graph(entities: perfect.entities, relations: relations))
    #expect(evaluation.relations == GoldScore(gold: 55, extracted: 55, matched: 54))
    #expect(evaluation.relations.precision == 54.0 / 55.0)
    #expect(evaluation.relations.recall == 54.0 / 55.0)
    #expect(evaluation.relationScores["memberOf"] == GoldScore(gold: 1, extracted: 1, matched: 0))
    #expect(evaluation.relationScores["memberOf"]?.f1 == 0)
    #expect(evaluation.missedFacts.map(\.summary) == ["memberOf ukraine -> nato [negative]"])
    #expect(evaluation.spuriousRelations.count == 1)
    #expect(evaluation.entities.f1 == 1)
    let report = evaluation.report()
    #expect(report.contains("no gold fact memberOf ukraine -> nato [asserted]"))
    #expect(report.contains("Ukraine is not part of NATO"))
  }

  /// A modality of the same polarity still matches: "negated" written as "denied".
  @Test func modalityWithinOnePolarityMatches() throws {
    let relations = perfect.relations.map { relation in
      var changed = relation
      if relation.type == "memberOf" { changed.attributes["modality"] = .string("denied") }
      if relation.type == "develops" { changed.attributes["modality"] = .string("planned") }
      return changed
    }
    let evaluation = GoldEvaluator(gold: gold).evaluate(
      try graph(entities: perfect.entities, relations: relations))
    #expect(evaluation.relations.f1 == 1)
  }

  /// One relation too many: P = 55/56, R = 1.
  @Test func oneSpuriousRelation() throws {
    let extra = Relation(
      id: "extra", source: "united-kingdom", target: "ukraine", type: "deploys",
      attributes: ["modality": .string("asserted")])
    let evaluation = GoldEvaluator(gold: gold).evaluate(
      try graph(entities: perfect.entities, relations: perfect.relations + [extra]))
    #expect(evaluation.relations == GoldScore(gold: 55, extracted: 56, matched: 55))
    #expect(evaluation.relations.precision == 55.0 / 56.0)
    #expect(evaluation.relations.recall == 1)
    #expect(evaluation.relationScores["deploys"] == GoldScore(gold: 4, extracted: 5, matched: 4))
    #expect(evaluation.spuriousRelations.map(\.relation.id) == ["extra"])
    #expect(evaluation.missedFacts.isEmpty)
  }

  // MARK: small golds

  static let entities = """
    id\ttype\tlabel\taliases\tdocuments
    united-kingdom\tState\tUnited Kingdom\tBritain|the UK\ta.txt
    russia\tState\tRussia\tMoscow\ta.txt
    ukraine\tState\tUkraine\tKiev\ta.txt
    nato\tOrganization\tNATO\t\ta.txt
    ben-wallace\tPerson\tBen Wallace\tWallace\ta.txt
    sergei-shoigu\tPerson\tSergei Shoigu\t\ta.txt

    """
  static let header = """
    type\tsource\ttarget\tmodality\tattributed_to\tweapon\tquantity\tquantity_qualifier\t\
    amount\tcurrency\trole\tdocument\tevidence

    """
  static let relations =
    header + """
      meets\tben-wallace\tsergei-shoigu\tplanned\t\t\t\t\t\t\t\ta.txt\tto meet
      memberOf\tukraine\tnato\tnegated\t\t\t\t\t\t\t\ta.txt\tnot part of NATO
      supplies\tunited-kingdom\tukraine\tasserted\t\t\t2000\t\t\t\t\ta.txt\tsupplied
      supplies\tunited-kingdom\tukraine\tasserted\t\t\t\t\t\t\t\tb.txt\tbegun supplying

      """

  func small() throws -> GoldEvaluator {
    GoldEvaluator(gold: try GoldStandard(entities: Self.entities, relations: Self.relations))
  }

  @Test func factsMergeAcrossDocuments() throws {
    let gold = try GoldStandard(entities: Self.entities, relations: Self.relations)
    #expect(gold.relations.count == 4)
    #expect(gold.facts.count == 3)
    #expect(gold.facts[2].statements.map(\.document) == ["a.txt", "b.txt"])
    #expect(gold.facts[2].statements[0].quantity == 2000)
  }

  @Test(arguments: [
    ("The UK", "uk"), ("Britain’s", "britain"), ("Britain's", "britain"), ("Belarus'", "belarus"),
    ("the Kremlin", "kremlin"), ("NATO", "nato"), ("Theresa", "theresa"),
  ])
  func normalizedNames(name: String, expected: String) {
    #expect(GoldEvaluator.normalizedName(name) == expected)
  }

  /// Names match across ids when the type agrees; one gold entity takes one extracted entity.
  @Test func entitiesMatchByNameAndTypeOneToOne() throws {
    let extracted = try graph(
      entities: [
        Entity(id: "e1", type: "State", label: "Britain’s"),
        Entity(id: "e2", type: "Organization", label: "Russia"),
        Entity(id: "e3", type: "Person", label: "Wallace"),
        Entity(id: "e4", type: "Person", label: "Mr Wallace", aliases: ["Ben Wallace"]),
        Entity(id: "e5", type: "State", label: "Kyiv", aliases: ["the Kiev"]),
      ], relations: [])
    let evaluation = try small().evaluate(extracted)
    #expect(evaluation.entityMatches["united-kingdom"] == "e1")
    #expect(evaluation.entityMatches["russia"] == nil)
    #expect(evaluation.entityMatches["ukraine"] == "e5")
    #expect(evaluation.entityMatches["ben-wallace"] == "e4")
    #expect(evaluation.spuriousEntities.map(\.id) == ["e2", "e3"])
    #expect(evaluation.entities == GoldScore(gold: 6, extracted: 5, matched: 3))
    #expect(evaluation.entityScores["Organization"] == GoldScore(gold: 1, extracted: 1, matched: 0))
  }

  /// Symmetric meets, missing modality read as asserted, duplicates and unmatched ends spurious,
  /// and an asserted membership where the gold says it does not hold.
  @Test func relationRules() throws {
    let extracted = try graph(
      entities: [
        Entity(id: "uk", type: "State", label: "UK"),
        Entity(id: "ua", type: "State", label: "Ukraine"),
        Entity(id: "nato", type: "Organization", label: "NATO"),
        Entity(id: "wallace", type: "Person", label: "Wallace"),
        Entity(id: "shoigu", type: "Person", label: "Sergei Shoigu"),
        Entity(id: "x", type: "State", label: "Atlantis"),
      ],
      relations: [
        Relation(
          id: "r1", source: "shoigu", target: "wallace", type: "meets",
          attributes: ["modality": .string("intended")]),
        Relation(id: "r2", source: "uk", target: "ua", type: "supplies"),
        Relation(
          id: "r3", source: "uk", target: "ua", type: "supplies",
          attributes: ["modality": .string("asserted")]),
        Relation(
          id: "r4", source: "ua", target: "nato", type: "memberOf",
          attributes: ["modality": .string("asserted")]),
        Relation(id: "r5", source: "x", target: "ua", type: "supplies"),
        Relation(
          id: "r6", source: "uk", target: "ua", type: "trains",
          attributes: ["modality": .string("rumoured")]),
      ])
    let evaluation = try small().evaluate(extracted)
    #expect(evaluation.relations == GoldScore(gold: 3, extracted: 6, matched: 2))
    #expect(evaluation.relationScores["meets"] == GoldScore(gold: 1, extracted: 1, matched: 1))
    #expect(evaluation.relationScores["supplies"] == GoldScore(gold: 1, extracted: 3, matched: 1))
    #expect(evaluation.relationScores["memberOf"] == GoldScore(gold: 1, extracted: 1, matched: 0))
    #expect(evaluation.relationScores["trains"] == GoldScore(gold: 0, extracted: 1, matched: 0))
    #expect(evaluation.relationScores["trains"]?.precision == 0)
    #expect(evaluation.missedFacts.map(\.summary) == ["memberOf ukraine -> nato [negative]"])
    let reasons = Dictionary(
      uniqueKeysWithValues: evaluation.spuriousRelations.map { ($0.relation.id, $0.reason) })
    #expect(reasons["r3"] == "duplicate of a fact already matched")
    #expect(reasons["r4"] == "no gold fact memberOf ukraine -> nato [asserted]")
    #expect(reasons["r5"] == "an end is not a matched gold entity")
    #expect(reasons["r6"] == "unknown modality 'rumoured'")
    #expect(evaluation.report().contains("meets"))
  }

  @Test func emptyScores() {
    #expect(GoldScore().precision == 1 && GoldScore().recall == 1)
    #expect(GoldScore(gold: 2).precision == 0 && GoldScore(gold: 2).f1 == 0)
    #expect(GoldScore(extracted: 2).recall == 0)
  }

  // MARK: strict loading

  @Test(arguments: [
    (Self.entities + "russia\tState\tRussia\t\ta.txt\n", "entities.tsv", 8, "appears twice"),
    (Self.entities + "x\tCountry\tX\t\ta.txt\n", "entities.tsv", 8, "unknown entity type"),
    (Self.entities + "x\tState\tX\t\n", "entities.tsv", 8, "expected 5"),
    (Self.entities + "x\tState\tX\t\t\n", "entities.tsv", 8, "names no document"),
    ("id\ttype\tlabel\taliases\n", "entities.tsv", 1, "header must be"),
  ])
  func malformedEntities(text: String, file: String, line: Int, message: String) throws {
    let error = try #require(throws: NewsGraphError.self) {
      try GoldStandard(entities: text, relations: Self.header)
    }
    #expect(error.location?.file == file)
    #expect(error.location?.line == line)
    #expect(error.message.contains(message), "\(error.message)")
  }

  @Test(arguments: [
    ("owns\tukraine\tnato\tasserted\t\t\t\t\t\t\t\ta.txt\te", "unknown relation type"),
    ("memberOf\tukraine\tnato\tmaybe\t\t\t\t\t\t\t\ta.txt\te", "unknown modality"),
    ("memberOf\tukraine\tnatoo\tasserted\t\t\t\t\t\t\t\ta.txt\te", "'natoo' is not an entity"),
    ("supplies\tukraine\tnato\tasserted\t\tnlaw\t\t\t\t\t\ta.txt\te", "'nlaw' is not an entity"),
    ("supplies\tukraine\tnato\tasserted\t\t\tmany\t\t\t\t\ta.txt\te", "quantity 'many'"),
    ("supplies\tukraine\tnato\tasserted\t\t\t\t\t\tUSD\t\ta.txt\te", "currency without"),
    ("supplies\tukraine\tnato\tasserted\t\t\t\t\t\t\t\ta.txt\t", "evidence is empty"),
    ("supplies\tukraine\tnato\tasserted\t\t\t\t\t\ta.txt\te", "expected 13"),
  ])
  func malformedRelations(line: String, message: String) throws {
    let error = try #require(throws: NewsGraphError.self) {
      try GoldStandard(entities: Self.entities, relations: Self.header + line + "\n")
    }
    #expect(error.location?.file == "relations.tsv")
    #expect(error.location?.line == 2)
    #expect(error.message.contains(message), "\(error.message)")
  }
}
