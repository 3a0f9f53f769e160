import Testing

@testable import NewsGraph

/// `GraphAssembler.graph` fills the graph's columns directly; `referenceGraph` builds the same
/// graph from `Entity` and `Relation` values. Both must give the same graph, byte for byte in
/// the dump, and `RelationKey.id` (hashed part by part) must equal the id joined then hashed.
@Suite struct GraphAssemblerColumnTests {
  static func relation(
    _ type: String, _ source: String, _ target: String, document: String = "a.txt",
    sentence: Int, start: Int? = nil, attributes: [String: AttributeValue] = [:]
  ) -> ExtractedRelation {
    let from = start ?? sentence * 10
    return ExtractedRelation(
      type: type, source: source, target: target, attributes: attributes,
      provenance: Provenance(
        document: document, sentence: sentence, start: from, end: from + 5,
        evidence: "sentence \(sentence) of \(document)"))
  }

  static let entities = [
    ResolvedEntity(
      id: "russia", type: "State", label: "Russia", aliases: ["Moscow", "Kremlin"],
      wikidata: "Q159", mentions: 7, documents: ["a.txt"]),
    ResolvedEntity(id: "iran", type: "State", label: "Iran", mentions: 3),
    ResolvedEntity(id: "shahed-136", type: "WeaponSystem", label: "Shahed-136", mentions: 1),
    ResolvedEntity(id: "tanks", type: "WeaponSystem", label: "tanks", mentions: 2),
    ResolvedEntity(id: "zeta-deal", type: "Agreement", label: "Zeta deal", mentions: 1),
    ResolvedEntity(id: "Alpha", type: "Person", label: "Álpha", aliases: ["A."], mentions: 1),
  ]

  static let lexicon = Lexicon(
    entries: [
      LexiconEntry(id: "russia", type: "State", label: "Russia", wikidata: "Q159"),
      LexiconEntry(id: "iran", type: "State", label: "Iran"),
      LexiconEntry(id: "shahed-136", type: "WeaponSystem", label: "Shahed-136", country: "iran"),
      LexiconEntry(id: "tanks", type: "WeaponSystem", label: "tanks"),
    ],
    offices: [])

  static func assembler() -> GraphAssembler {
    var assembler = GraphAssembler()
    assembler.add(
      DocumentFacts(
        relations: [
          relation(
            "supplies", "iran", "russia", sentence: 4,
            attributes: [
              "modality": .string("asserted"), "weapon": .string("shahed-136"),
              "confidence": .double(0.6), "quantity": .integer(400),
            ]),
          relation("meets", "russia", "russia", sentence: 1),
          relation("meets", "russia", "nobody", sentence: 2),
          relation(
            "partyTo", "russia", "zeta-deal", sentence: 3,
            attributes: ["agreement": .string("Zeta déal – “new”"), "rule": .string("x")]),
          relation(
            "sanctions", "Alpha", "iran", sentence: 5,
            attributes: ["modality": .string("denied"), "amount": .double(2.5)]),
          relation(
            "sanctions", "Alpha", "iran", sentence: 6,
            attributes: ["modality": .string("planned"), "amount": .string("two")]),
        ],
        entityFacts: [
          EntityFact(
            entity: "zeta-deal", name: "amount", value: .double(1e9),
            provenance: Provenance(document: "a.txt", sentence: 3, start: 0, end: 1, evidence: ""))
        ]))
    // The same supply again, earlier in an earlier-sorting document: provenance re-sorted.
    assembler.add(
      DocumentFacts(relations: [
        relation(
          "supplies", "iran", "russia", document: "0.txt", sentence: 9, start: 2,
          attributes: [
            "modality": .string("asserted"), "weapon": .string("shahed-136"),
            "confidence": .double(0.9), "status": .string("delivered"),
          ]),
        relation(
          "holdsRole", "Alpha", "russia", sentence: 1,
          attributes: ["role": .string("défense minister"), "valid_from": .integer(3)]),
      ]))
    return assembler
  }

  @Test func columnsGiveTheGraphTheValuesGive() throws {
    let assembler = Self.assembler()
    let attributes: [String: AttributeValue] = ["documents": .integer(2)]
    let graph = try assembler.graph(
      name: "g", entities: Self.entities, lexicon: Self.lexicon, attributes: attributes)
    let reference = try assembler.referenceGraph(
      name: "g", entities: Self.entities, lexicon: Self.lexicon, attributes: attributes)
    let dump = try TextDumpSerializer().serialize(graph)
    #expect(dump == (try TextDumpSerializer().serialize(reference)))
    #expect(Array(graph.entities) == Array(reference.entities))
    #expect(Array(graph.relations) == Array(reference.relations))
    // What the comparison covers: the unlinked class is out, the unknown end and the self loop
    // are out, provenance is re-sorted, and a column of mixed values became strings.
    #expect(!graph.entities.contains { $0.id == "tanks" })
    #expect(graph.entities.map(\.id) == ["Alpha", "iran", "russia", "shahed-136", "zeta-deal"])
    #expect(graph.relations.count == 5)
    let supply = try #require(graph.relations.first { $0.type == "supplies" })
    #expect(supply.provenance.map(\.document) == ["0.txt", "a.txt"])
    #expect(supply.attributes["confidence"] == .double(0.9))
    let weapon = graph.entities.first { $0.id == "shahed-136" }
    #expect(weapon?.attributes["country"] == .string("iran"))
    #expect(graph.entities.first { $0.id == "zeta-deal" }?.attributes["amount"] == .double(1e9))
    let amounts = graph.relations.compactMap { $0.attributes["amount"] }
    #expect(amounts.count == 2)
    #expect(amounts.allSatisfy { $0.type == .string })
  }

  @Test func provenanceIsSortedOnlyWhenOutOfOrder() {
    func entry(_ document: String, _ start: Int, _ evidence: String = "") -> Provenance {
      Provenance(document: document, sentence: 0, start: start, end: start + 1, evidence: evidence)
    }
    let ordered = [entry("a", 1), entry("a", 1, "twin"), entry("a", 4), entry("b", 0)]
    #expect(GraphAssembler.inProvenanceOrder(ordered) == ordered)
    #expect(GraphAssembler.inProvenanceOrder([entry("b", 0)]) == [entry("b", 0)])
    #expect(GraphAssembler.inProvenanceOrder([]) == [])
    let shuffled = [entry("b", 0), entry("a", 4), entry("a", 1, "twin"), entry("a", 1)]
    #expect(
      GraphAssembler.inProvenanceOrder(shuffled)
        == [entry("a", 1, "twin"), entry("a", 1), entry("a", 4), entry("b", 0)])
    #expect(
      GraphAssembler.inProvenanceOrder(shuffled) == shuffled.sorted(by: Provenance.precedes))
  }

  @Test func emptyAssemblyGivesTheEntitiesAlone() throws {
    let assembler = GraphAssembler()
    let graph = try assembler.graph(name: "g", entities: Self.entities, lexicon: Self.lexicon)
    let reference = try assembler.referenceGraph(
      name: "g", entities: Self.entities, lexicon: Self.lexicon)
    #expect(try TextDumpSerializer().serialize(graph) == TextDumpSerializer().serialize(reference))
    #expect(graph.relations.count == 0)
  }

  @Test(arguments: [
    [:], ["modality": "denied"], ["modality": "planned", "weapon": "shahed-136"],
    ["modality": "surmised"], ["role": "défense minister"],
    ["agreement": "“Zeta” deal", "role": "x"],
    ["weapon": "日本"], ["role": ""],
  ] as [[String: String]])
  func idsEqualTheJoinedAndHashedOnes(_ values: [String: String]) {
    let relation = ExtractedRelation(
      type: "supplies", source: "iran", target: "russia",
      attributes: values.mapValues { .string($0) },
      provenance: Provenance(document: "a", sentence: 0, start: 0, end: 1, evidence: ""))
    let key = RelationKey(relation)
    #expect(key.id == key.referenceID)
    #expect(StableID.isSafe(key.id))
  }
}
