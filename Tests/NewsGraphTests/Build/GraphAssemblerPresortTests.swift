import Testing

@testable import NewsGraph

/// `GraphAssembler` hands `KnowledgeGraph` its entity and relation columns already in id order
/// (so the graph neither sorts nor gathers them at the end). Checked against the plain
/// reference (`referenceGraph`, which builds `Entity` and `Relation` values and lets
/// `KnowledgeGraph` sort them) on many generated inputs, in both column paths (with and
/// without the resolver's index); also the merge of repeated facts and the keys' qualifiers.
@Suite struct GraphAssemblerPresortTests {
  /// Ids in no particular order, some differing only in case, length or punctuation.
  static let idStems = ["russia", "Iran", "iran", "a", "a-2", "a.b", "zeta", "b", "B", "ukraine"]

  static func entities(_ generator: inout SeededRandom, count: Int) -> [ResolvedEntity] {
    var ids: [String] = []
    var seen = Set<String>()
    while ids.count < count {
      let id =
        idStems[generator.next(idStems.count)]
        + (generator.next(3) == 0 ? "" : "-\(generator.next(40))")
      // Ids are unique by scalars (`KnowledgeGraph` refuses repeats).
      if seen.insert(id).inserted { ids.append(id) }
    }
    let types = ["State", "Person", "WeaponSystem", "Organization"]
    return ids.map { id in
      ResolvedEntity(
        id: id, type: types[generator.next(types.count)], label: id.uppercased(),
        aliases: generator.next(2) == 0 ? [] : [id + " alias"],
        wikidata: generator.next(3) == 0 ? "Q\(generator.next(1000))" : nil,
        mentions: 1 + generator.next(9))
    }
  }

  static func facts(
    _ generator: inout SeededRandom, entities: [ResolvedEntity], documents: Int
  ) -> [DocumentFacts] {
    let types = ["supplies", "meets", "holdsRole", "sanctions"]
    let modalities = ["asserted", "planned", "denied", "alleged"]
    return (0..<documents).map { document in
      let relations = (0..<(1 + generator.next(12))).map { sentence -> ExtractedRelation in
        var attributes: [String: AttributeValue] = [
          "modality": .string(modalities[generator.next(modalities.count)]),
          "rule": .string("rule-\(generator.next(3))"),
        ]
        if generator.next(2) == 0 {
          attributes["confidence"] = .double(Double(generator.next(10)) / 10)
        }
        if generator.next(3) == 0 {
          attributes["weapon"] = .string(entities[generator.next(entities.count)].id)
        }
        if generator.next(4) == 0 { attributes["quantity"] = .integer(Int64(generator.next(500))) }
        if generator.next(5) == 0 { attributes["status"] = .string("delivered") }
        // An end that is not an entity now and then: such relations are left out.
        let target =
          generator.next(15) == 0 ? "nobody" : entities[generator.next(entities.count)].id
        return ExtractedRelation(
          type: types[generator.next(types.count)],
          source: entities[generator.next(entities.count)].id, target: target,
          attributes: attributes,
          provenance: Provenance(
            document: "d\(generator.next(documents)).txt", sentence: sentence,
            start: generator.next(50), end: 60, evidence: "sentence \(sentence) of \(document)"))
      }
      return DocumentFacts(relations: relations)
    }
  }

  static let lexicon = Lexicon(
    entries: [
      LexiconEntry(id: "russia", type: "State", label: "Russia", wikidata: "Q159"),
      LexiconEntry(id: "a-2", type: "WeaponSystem", label: "A-2", country: "russia"),
      LexiconEntry(id: "b", type: "WeaponSystem", label: "b"),
      LexiconEntry(id: "zeta", type: "WeaponSystem", label: "zeta"),
    ],
    offices: [])

  @Test(arguments: 1...12)
  func presortedColumnsGiveTheReferenceGraph(seed: Int) throws {
    var generator = SeededRandom(seed: UInt64(seed))
    let entities = Self.entities(&generator, count: 5 + generator.next(60))
    var assembler = GraphAssembler()
    for document in Self.facts(&generator, entities: entities, documents: 1 + generator.next(8)) {
      assembler.add(document)
    }
    let attributes: [String: AttributeValue] = ["documents": .integer(Int64(assembler.documents))]
    let reference = try assembler.referenceGraph(
      name: "g", entities: entities, lexicon: Self.lexicon, attributes: attributes)
    let expected = try TextDumpSerializer().serialize(reference)
    var index: [String: Int] = [:]
    for position in entities.indices { index[entities[position].id] = position }
    for workers in [1, 2] {
      let indexed = try assembler.graph(
        name: "g", entities: entities, index: index, lexicon: Self.lexicon,
        attributes: attributes, workers: workers)
      #expect(try TextDumpSerializer().serialize(indexed) == expected)
      #expect(Array(indexed.relations) == Array(reference.relations))
      #expect(Array(indexed.entities) == Array(reference.entities))
    }
    let plain = try assembler.graph(
      name: "g", entities: entities, lexicon: Self.lexicon, attributes: attributes)
    #expect(try TextDumpSerializer().serialize(plain) == expected)
    var taken = assembler
    let took = try taken.takeGraph(
      name: "g", entities: entities, index: index, lexicon: Self.lexicon, attributes: attributes,
      workers: 2)
    #expect(try TextDumpSerializer().serialize(took) == expected)
  }

  /// The columns handed to `KnowledgeGraph` are in id order already: it has nothing to sort.
  @Test(arguments: 1...6)
  func columnsComeInIDOrder(seed: Int) {
    var generator = SeededRandom(seed: UInt64(seed) &* 977)
    let entities = Self.entities(&generator, count: 20 + generator.next(40))
    var assembler = GraphAssembler()
    for document in Self.facts(&generator, entities: entities, documents: 6) {
      assembler.add(document)
    }
    var index: [String: Int] = [:]
    for position in entities.indices { index[entities[position].id] = position }
    for workers in [1, 2] {
      let (entityTable, relationTable) = assembler.columns(
        entities: entities, index: index, lexicon: Self.lexicon, workers: workers)
      #expect(entityTable.ids.rowsStrictlyAscend)
      #expect(relationTable.ids.rowsStrictlyAscend)
      #expect(relationTable.count > 0)
      // The ends point at the rows of the same entities.
      for row in 0..<relationTable.count {
        #expect(entityTable.ids[relationTable.sources[row]] != "nobody")
        #expect(index[entityTable.ids[relationTable.targets[row]]] != nil)
      }
    }
  }

  /// A repeated fact fills only the attributes still missing and keeps the highest confidence,
  /// whatever the order of the readings.
  @Test func mergeFillsMissingAttributesAndRaisesConfidence() {
    func supply(_ attributes: [String: AttributeValue], sentence: Int) -> ExtractedRelation {
      ExtractedRelation(
        type: "supplies", source: "iran", target: "russia", attributes: attributes,
        provenance: Provenance(
          document: "a.txt", sentence: sentence, start: 0, end: 5, evidence: "s\(sentence)"))
    }
    var assembler = GraphAssembler()
    assembler.add(
      DocumentFacts(relations: [
        supply(["modality": .string("asserted"), "confidence": .double(0.5)], sentence: 1),
        supply(["confidence": .double(0.4), "quantity": .integer(3)], sentence: 2),
        supply(["confidence": .double(0.8), "quantity": .integer(9)], sentence: 3),
        supply(["confidence": .string("high"), "status": .string("delivered")], sentence: 4),
        supply(["confidence": .double(0.7)], sentence: 5),
      ]))
    let merged = assembler.mergedRelations
    #expect(merged.count == 1)
    #expect(
      merged.first?.attributes
        == [
          "modality": .string("asserted"), "confidence": .double(0.8), "quantity": .integer(3),
          "status": .string("delivered"),
        ])
    // A confidence that is not a number is never raised, and a number never replaces it.
    var other = GraphAssembler()
    other.add(
      DocumentFacts(relations: [
        supply(["confidence": .string("high")], sentence: 1),
        supply(["confidence": .double(0.9), "quantity": .integer(2)], sentence: 2),
      ]))
    #expect(
      other.mergedRelations.first?.attributes
        == ["confidence": .string("high"), "quantity": .integer(2)])
  }

  /// The key's qualifiers are the values of `distinguishingAttributes` ("" where absent),
  /// whichever of them a relation has (those with none share one array).
  @Test func keyQualifiersAreTheDistinguishingValues() {
    let values: [String: AttributeValue] = [
      "weapon": .string("shahed-136"), "role": .string("défense minister"),
      "agreement": .integer(7), "modality": .string("planned"), "rule": .string("r"),
    ]
    let names = Array(values.keys)
    for mask in 0..<(1 << names.count) {
      var attributes: [String: AttributeValue] = [:]
      for (bit, name) in names.enumerated() where mask & (1 << bit) != 0 {
        attributes[name] = values[name]
      }
      let relation = ExtractedRelation(
        type: "supplies", source: "iran", target: "russia", attributes: attributes,
        provenance: Provenance(document: "a", sentence: 0, start: 0, end: 1, evidence: ""))
      let key = RelationKey(relation)
      #expect(
        key.qualifiers
          == RelationKey.distinguishingAttributes.map { attributes[$0]?.lexicalForm ?? "" })
      #expect(
        key.polarity
          == RelationKey.polarity(of: attributes["modality"]?.lexicalForm ?? "asserted"))
      #expect(key.id == key.referenceID)
    }
  }
}
