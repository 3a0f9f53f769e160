import Testing

@testable import NewsGraph

/// The assembler finds a relation's earlier reading by `HashedRelationKey` (a hash of the
/// parts' bytes, made once) while every key is ASCII, and by `RelationKey` itself from the
/// first non-ASCII key on; provenance is compared by a scan until a fact has `scanLimit`
/// entries. Each must merge exactly as a table keyed by `RelationKey` and a plain "append
/// unless already listed" do: those references are written out here and compared on many
/// inputs.
@Suite struct GraphAssemblerMergeKeyTests {
  static func relation(
    _ type: String, _ source: String, _ target: String, attributes: [String: AttributeValue],
    document: String, sentence: Int, evidence: String = "e"
  ) -> ExtractedRelation {
    ExtractedRelation(
      type: type, source: source, target: target, attributes: attributes,
      provenance: Provenance(
        document: document, sentence: sentence, start: sentence * 3, end: sentence * 3 + 2,
        evidence: evidence))
  }

  /// What `add` must do, the plain way: relations keyed by `RelationKey` (canonical
  /// equivalence), provenance appended unless an equal entry is listed, attributes filled.
  static func referenceMerge(_ documents: [DocumentFacts]) -> [Relation] {
    var positions: [RelationKey: Int] = [:]
    var merged: [(id: String, relation: ExtractedRelation, provenance: [Provenance])] = []
    for facts in documents {
      for relation in facts.relations where relation.source != relation.target {
        let key = RelationKey(relation)
        guard let position = positions[key] else {
          positions[key] = merged.count
          merged.append((key.id, relation, [relation.provenance]))
          continue
        }
        if !merged[position].provenance.contains(relation.provenance) {
          merged[position].provenance.append(relation.provenance)
        }
        for (name, value) in relation.attributes
        where merged[position].relation.attributes[name] == nil {
          merged[position].relation.attributes[name] = value
        }
        if case .double(let new)? = relation.attributes["confidence"],
          case .double(let old)? = merged[position].relation.attributes["confidence"], new > old
        {
          merged[position].relation.attributes["confidence"] = .double(new)
        }
      }
    }
    return merged.map {
      Relation(
        id: $0.id, source: $0.relation.source, target: $0.relation.target,
        type: $0.relation.type, attributes: $0.relation.attributes, provenance: $0.provenance)
    }
  }

  /// Random documents over few parts, so that keys repeat often; with `accented`, some parts
  /// are non-ASCII, among them forms canonically equivalent to others (K and U+212A KELVIN
  /// SIGN, é precomposed and decomposed).
  static func documents(seed: UInt64, accented: Bool, count: Int = 40) -> [DocumentFacts] {
    var random = SeededRandom(seed: seed)
    let ids =
      accented
      ? ["iran", "K-1", "\u{212A}-1", "caf\u{E9}", "cafe\u{301}", "russia"]
      : ["iran", "russia", "ukraine", "nato", "a", "b-long-identifier-of-some-length"]
    let types = ["supplies", "meets", "sanctions"]
    let modalities = ["asserted", "planned", "denied", "negated", "surmised"]
    let weapons = accented ? ["", "shahed", "\u{212A}h-55", "Kh-55"] : ["", "shahed", "kh-55"]
    var documents: [DocumentFacts] = []
    for document in 0..<count {
      var relations: [ExtractedRelation] = []
      for sentence in 0..<(1 + random.next(12)) {
        var attributes: [String: AttributeValue] = [
          "modality": .string(modalities[random.next(modalities.count)]),
          "confidence": .double(Double(random.next(10)) / 10),
        ]
        let weapon = weapons[random.next(weapons.count)]
        if !weapon.isEmpty { attributes["weapon"] = .string(weapon) }
        if random.next(4) == 0 { attributes["status"] = .string("s\(random.next(3))") }
        // A sentence read twice now and then: the same provenance again.
        let place = random.next(5) == 0 ? 0 : sentence
        relations.append(
          relation(
            types[random.next(types.count)], ids[random.next(ids.count)],
            ids[random.next(ids.count)], attributes: attributes,
            document: "d\(document % 7).txt", sentence: place,
            evidence: random.next(9) == 0 ? "other" : "e"))
      }
      documents.append(DocumentFacts(relations: relations))
    }
    return documents
  }

  @Test(arguments: [(1 as UInt64, false), (2, false), (3, true), (4, true), (5, true)])
  func mergesAsATableKeyedByRelationKeyDoes(seed: UInt64, accented: Bool) {
    let documents = Self.documents(seed: seed, accented: accented)
    var assembler = GraphAssembler()
    for facts in documents { assembler.add(facts) }
    let merged = assembler.mergedRelations
    let reference = Self.referenceMerge(documents)
    #expect(merged == reference)
    #expect(merged.count < documents.map(\.relations.count).reduce(0, +))
  }

  /// A non-ASCII key after many ASCII ones merges with the ASCII key it is canonically
  /// equivalent to (U+212A KELVIN SIGN is K), as a `RelationKey` table merges them.
  @Test func aKelvinSignKeyMeetsItsASCIITwinMadeEarlier() {
    var assembler = GraphAssembler()
    var documents: [DocumentFacts] = []
    for sentence in 0..<30 {
      documents.append(
        DocumentFacts(relations: [
          Self.relation(
            "meets", "K-\(sentence % 10)", "iran", attributes: [:], document: "a",
            sentence: sentence)
        ]))
    }
    documents.append(
      DocumentFacts(relations: [
        Self.relation("meets", "\u{212A}-3", "iran", attributes: [:], document: "b", sentence: 1)
      ]))
    for facts in documents { assembler.add(facts) }
    let merged = assembler.mergedRelations
    #expect(merged == Self.referenceMerge(documents))
    #expect(merged.count == 10)
    #expect(merged.first { $0.source == "K-3" }?.provenance.map(\.document).last == "b")
  }

  /// Equal ASCII keys hash alike; the hash tells the keys of many different facts apart, and
  /// a part with a byte above 0x7F anywhere (in the tail or in a whole word) is not ASCII.
  @Test func hashedKeysOfASCIIPartsHashAlikeWhenEqual() {
    var random = SeededRandom(seed: 42)
    var hashes: [UInt64: RelationKey] = [:]
    var keys = 0
    for _ in 0..<2_000 {
      let length = 1 + random.next(30)
      let source = String((0..<length).map { _ in Character(UnicodeScalar(97 + random.next(26))!) })
      let relation = Self.relation(
        "supplies", source, "t\(random.next(50))", attributes: ["role": .string("r")],
        document: "a", sentence: 0)
      let key = RelationKey(relation)
      let hashed = HashedRelationKey(key)
      #expect(hashed.isASCII)
      #expect(hashed == HashedRelationKey(RelationKey(relation)))
      #expect(hashed.hashValue == HashedRelationKey(RelationKey(relation)).hashValue)
      if let earlier = hashes[hashed.byteHash] {
        #expect(earlier == key)
      } else {
        hashes[hashed.byteHash] = key
        keys += 1
      }
    }
    #expect(keys > 1_900)
    for text in ["\u{E9}", "abcdefgh\u{E9}", "\u{E9}abcdefghijklmno", "\u{212A}"] {
      let relation = Self.relation("meets", text, "b", attributes: [:], document: "a", sentence: 0)
      #expect(!HashedRelationKey(RelationKey(relation)).isASCII)
    }
    // Parts are told apart by their lengths too: "ab" + "c" is not "a" + "bc".
    let left = Self.relation("t", "ab", "c", attributes: [:], document: "a", sentence: 0)
    let right = Self.relation("t", "a", "bc", attributes: [:], document: "a", sentence: 0)
    #expect(
      HashedRelationKey(RelationKey(left)).byteHash
        != HashedRelationKey(RelationKey(right)).byteHash)
  }

  /// A fact read many times, with repeats before and after the scan gives way to the table of
  /// spots: each whole provenance value is kept once, in first-seen order.
  @Test(arguments: [5, 15, 16, 17, 60])
  func provenanceIsKeptOnceAcrossTheScanLimit(readings: Int) {
    var random = SeededRandom(seed: UInt64(readings))
    var relations: [ExtractedRelation] = []
    for _ in 0..<(readings * 3) {
      relations.append(
        Self.relation(
          "supplies", "iran", "russia", attributes: [:], document: "d\(random.next(2))",
          sentence: random.next(readings), evidence: random.next(6) == 0 ? "twin" : "e"))
    }
    var assembler = GraphAssembler()
    assembler.add(DocumentFacts(relations: relations))
    let reference = Self.referenceMerge([DocumentFacts(relations: relations)])
    #expect(assembler.mergedRelations == reference)
    #expect(reference.first.map { $0.provenance.count >= min(readings, 5) } == true)
  }

  /// `Provenance.precedes` (one `memcmp` for the documents), which the assembler's order check
  /// uses, orders every pair by documents in scalar order, then start, end and sentence,
  /// documents equal or not, ASCII or not (NFC and NFD spellings apart).
  @Test func provenancePrecedesByScalarsThenPosition() {
    func reference(_ left: Provenance, _ right: Provenance) -> Bool {
      let a = left.document.unicodeScalars.map(\.value)
      let b = right.document.unicodeScalars.map(\.value)
      if a != b { return a.lexicographicallyPrecedes(b) }
      return (left.start, left.end, left.sentence) < (right.start, right.end, right.sentence)
    }
    let documents = ["a", "b", "ab", "caf\u{E9}", "cafe\u{301}", "", "a/b.txt"]
    var entries: [Provenance] = []
    for document in documents {
      for start in [0, 3] {
        for sentence in [1, 2] {
          entries.append(
            Provenance(
              document: document, sentence: sentence, start: start, end: start + 1,
              evidence: ""))
        }
      }
    }
    for left in entries {
      for right in entries {
        #expect(Provenance.precedes(left, right) == reference(left, right))
      }
    }
  }

  /// With the resolver's index of the entities (entity and relation columns made at once on
  /// two cores), the graph is the one made without it.
  @Test(arguments: [1, 2])
  func theGraphWithTheResolverIndexIsTheGraphWithout(workers: Int) throws {
    let assembler = GraphAssemblerColumnTests.assembler()
    let entities = GraphAssemblerColumnTests.entities
    let index = Dictionary(uniqueKeysWithValues: entities.indices.map { (entities[$0].id, $0) })
    let lexicon = GraphAssemblerColumnTests.lexicon
    let with = try assembler.graph(
      name: "g", entities: entities, index: index, lexicon: lexicon,
      attributes: ["documents": .integer(2)], workers: workers)
    let without = try assembler.graph(
      name: "g", entities: entities, lexicon: lexicon, attributes: ["documents": .integer(2)])
    #expect(try TextDumpSerializer().serialize(with) == TextDumpSerializer().serialize(without))
    #expect(with.relations.count == 5)
    #expect(Array(with.relations) == Array(without.relations))
  }

  /// The same on a larger assembly: random facts over entities the lexicon holds, weapons
  /// among them that no relation is about (left out), relations with an unknown end (left out).
  @Test func theGraphWithTheIndexIsTheGraphWithoutOnManyFacts() throws {
    let documents = Self.documents(seed: 9, accented: false, count: 80)
    var assembler = GraphAssembler()
    for facts in documents { assembler.add(facts) }
    var entities = ["iran", "russia", "ukraine", "nato", "a"].map {
      ResolvedEntity(id: $0, type: "State", label: $0.uppercased(), mentions: 2)
    }
    entities += ["shahed", "kh-55", "unused"].map {
      ResolvedEntity(id: $0, type: "WeaponSystem", label: $0, mentions: 1)
    }
    let lexicon = Lexicon(
      entries: ["shahed", "kh-55", "unused"].map {
        LexiconEntry(id: $0, type: "WeaponSystem", label: $0)
      })
    let index = Dictionary(uniqueKeysWithValues: entities.indices.map { (entities[$0].id, $0) })
    let with = try assembler.graph(
      name: "g", entities: entities, index: index, lexicon: lexicon, workers: 2)
    let without = try assembler.graph(name: "g", entities: entities, lexicon: lexicon)
    let reference = try assembler.referenceGraph(name: "g", entities: entities, lexicon: lexicon)
    #expect(try TextDumpSerializer().serialize(with) == TextDumpSerializer().serialize(without))
    #expect(try TextDumpSerializer().serialize(with) == TextDumpSerializer().serialize(reference))
    #expect(!with.entities.contains { $0.id == "unused" })
    #expect(with.entities.contains { $0.id == "shahed" })
    #expect(with.relations.count > 10)
    #expect(with.relations.count < assembler.mergedRelations.count)
    // What the pipeline calls: the same graph, and the assembler left empty but for its count
    // of documents (the merged relations freed beside the sort).
    var taken = assembler
    let graph = try taken.takeGraph(
      name: "g", entities: entities, index: index, lexicon: lexicon, workers: 2)
    #expect(try TextDumpSerializer().serialize(graph) == TextDumpSerializer().serialize(with))
    #expect(taken.mergedRelations.isEmpty)
    #expect(taken.documents == documents.count)
    #expect(!assembler.mergedRelations.isEmpty)
  }
}
