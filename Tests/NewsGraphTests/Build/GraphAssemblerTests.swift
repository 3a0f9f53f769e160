import NewsGraph
import NewsGraphTestSupport
import Testing

/// Merging per-sentence relations into graph relations.
@Suite struct GraphAssemblerTests {
  static func relation(
    _ type: String, _ source: String, _ target: String, document: String, sentence: Int,
    attributes: [String: AttributeValue] = [:]
  ) -> ExtractedRelation {
    ExtractedRelation(
      type: type, source: source, target: target, attributes: attributes,
      provenance: Provenance(
        document: document, sentence: sentence, start: sentence * 10, end: sentence * 10 + 5,
        evidence: "sentence \(sentence)"))
  }

  static let entities = [
    ResolvedEntity(id: "iran", type: "State", label: "Iran", mentions: 3),
    ResolvedEntity(id: "russia", type: "State", label: "Russia", mentions: 2),
    ResolvedEntity(id: "shahed-136", type: "WeaponSystem", label: "Shahed-136", mentions: 1),
  ]

  static func graph(_ documents: [DocumentFacts]) throws -> KnowledgeGraph {
    var assembler = GraphAssembler()
    for facts in documents { assembler.add(facts) }
    return try assembler.graph(
      name: "test", entities: entities, lexicon: EntityMatcherTests.lexicon)
  }

  @Test func theSameFactInTwoArticlesIsOneRelationWithTwoProvenanceEntries() throws {
    let supply: [String: AttributeValue] = [
      "modality": .string("asserted"), "weapon": .string("shahed-136"),
      "confidence": .double(0.6),
    ]
    var second = supply
    second["quantity"] = .integer(400)
    second["confidence"] = .double(0.9)
    second["attributed_to"] = .string("russia")
    let graph = try Self.graph([
      DocumentFacts(relations: [
        Self.relation("supplies", "iran", "russia", document: "a.txt", sentence: 2, attributes: supply)
      ]),
      DocumentFacts(relations: [
        Self.relation("supplies", "iran", "russia", document: "b.txt", sentence: 5, attributes: second),
        Self.relation("supplies", "iran", "russia", document: "b.txt", sentence: 5, attributes: second),
      ]),
    ])
    #expect(graph.relations.count == 1)
    let merged = try #require(graph.relations.first)
    #expect(merged.provenance.map(\.document) == ["a.txt", "b.txt"])
    #expect(merged.attributes["quantity"] == .integer(400))
    #expect(merged.attributes["confidence"] == .double(0.9))
    #expect(merged.attributes["attributed_to"] == .string("russia"))
  }

  @Test func modalityWeaponAndRoleKeepFactsApart() throws {
    func supply(_ modality: String, _ weapon: String?) -> ExtractedRelation {
      var attributes: [String: AttributeValue] = ["modality": .string(modality)]
      if let weapon { attributes["weapon"] = .string(weapon) }
      return Self.relation("supplies", "iran", "russia", document: "a.txt", sentence: 1, attributes: attributes)
    }
    let graph = try Self.graph([
      DocumentFacts(relations: [
        supply("asserted", "shahed-136"), supply("denied", "shahed-136"), supply("asserted", nil),
      ])
    ])
    #expect(graph.relations.count == 3)
    #expect(Set(graph.relations.map(\.id)).count == 3)
  }

  @Test func hedgesOfOnePossibleFactMergeAndKeepTheFirstModality() throws {
    func supply(_ modality: String, _ sentence: Int) -> ExtractedRelation {
      Self.relation(
        "supplies", "iran", "russia", document: "a.txt", sentence: sentence,
        attributes: ["modality": .string(modality)])
    }
    let graph = try Self.graph([
      DocumentFacts(relations: [supply("considering", 1), supply("planned", 2), supply("negated", 3)])
    ])
    #expect(graph.relations.count == 2)
    let hedged = try #require(graph.relations.first { $0.id.contains(".unrealized-") })
    #expect(hedged.attributes["modality"] == .string("considering"))
    #expect(hedged.provenance.map(\.sentence) == [1, 2])
  }

  @Test func idsDependOnTheFactAloneNotOnWhatElseWasRead() throws {
    let fact = Self.relation(
      "supplies", "iran", "russia", document: "a.txt", sentence: 1,
      attributes: ["modality": .string("denied"), "role": .string("défense & co")])
    let alone = try Self.graph([DocumentFacts(relations: [fact])])
    let withOthers = try Self.graph([
      DocumentFacts(relations: [
        Self.relation("meets", "russia", "iran", document: "0.txt", sentence: 0)
      ]),
      DocumentFacts(relations: [fact]),
    ])
    let id = try #require(alone.relations.first?.id)
    #expect(withOthers.relations.contains { $0.id == id })
    #expect(StableID.isSafe(id))
    #expect(id.hasPrefix("iran.supplies.russia.defense-co.negative-"))
  }

  @Test func selfLoopsAndUnknownEndsAreLeftOut() throws {
    let graph = try Self.graph([
      DocumentFacts(relations: [
        Self.relation("meets", "iran", "iran", document: "a.txt", sentence: 1),
        Self.relation("meets", "iran", "nobody", document: "a.txt", sentence: 1),
      ])
    ])
    #expect(graph.relations.isEmpty)
  }

  @Test func entitiesGetTheirCountryAndTheFactsReadAboutThem() throws {
    let provenance = Provenance(document: "a.txt", sentence: 0, start: 0, end: 1, evidence: "x")
    let graph = try Self.graph([
      DocumentFacts(entityFacts: [
        EntityFact(entity: "russia", name: "amount", value: .double(2.5e9), provenance: provenance),
        EntityFact(entity: "russia", name: "amount", value: .double(1), provenance: provenance),
      ])
    ])
    let weapon = try #require(graph.entities.first { $0.id == "shahed-136" })
    #expect(weapon.attributes["country"] == .string("iran"))
    #expect(weapon.attributes["mentions"] == .integer(1))
    #expect(graph.entities.first { $0.id == "russia" }?.attributes["amount"] == .double(2.5e9))
  }

  @Test func genericWeaponClassesNoRelationIsAboutAreLeftOut() throws {
    var assembler = GraphAssembler()
    assembler.add(
      DocumentFacts(relations: [
        Self.relation(
          "supplies", "iran", "russia", document: "a.txt", sentence: 1,
          attributes: ["weapon": .string("drone")])
      ]))
    let entities = Self.entities + [
      ResolvedEntity(id: "drone", type: "WeaponSystem", label: "drone", mentions: 4),
      ResolvedEntity(id: "tank", type: "WeaponSystem", label: "tank", mentions: 1),
      ResolvedEntity(id: "t-90", type: "WeaponSystem", label: "T-90", mentions: 1),
    ]
    let graph = try assembler.graph(
      name: "test", entities: entities, lexicon: EntityMatcherTests.lexicon)
    let ids = Set(graph.entities.map(\.id))
    #expect(ids.contains("drone"))
    #expect(!ids.contains("tank"))
    #expect(ids.contains("t-90"))
    #expect(ids.contains("shahed-136"))
  }
}
