import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct GraphImporterTests {
  typealias Node = ForeignGraph.Element
  typealias Edge = ForeignGraph.Link

  private func importGraph(
    nodes: [Node], edges: [Edge] = [], attributes: [(name: String, value: AttributeValue)] = []
  ) throws -> (KnowledgeGraph, [Diagnostic]) {
    try GraphImporter().importGraph(
      ForeignGraph(attributes: attributes, nodes: nodes, edges: edges), name: "file-name",
      file: "in.json")
  }

  private func edgeIDs(_ edges: [Edge]) throws -> [String] {
    let (graph, _) = try importGraph(
      nodes: [Node(id: "a"), Node(id: "b"), Node(id: "c")], edges: edges)
    // The relation made from each foreign edge, in foreign order.
    return edges.map { edge in
      graph.relations.first { relation in
        let original = relation.attributes["original_id"]?.stringValue
        let sameKey =
          edge.id.map { original == $0 || (original == nil && relation.id == $0) } ?? true
        let sameAttributes = edge.attributes.allSatisfy { relation.attributes[$0.name] == $0.value }
        return sameKey && sameAttributes && relation.source == edge.source
          && relation.target == edge.target
      }?.id ?? "?"
    }
  }

  @Test func unsafeNodeIDsAreMappedDeterministicallyAndKeptInOriginalID() throws {
    let originals = ["a b", "1", "Caf\u{E9}", "Cafe\u{301}", "x/y", ""]
    let (graph, _) = try importGraph(nodes: originals.map { Node(id: $0) })
    let (again, _) = try importGraph(nodes: originals.reversed().map { Node(id: $0) })
    #expect(graph.entities.map(\.id) == again.entities.map(\.id))
    for original in originals {
      let entity = try #require(
        graph.entities.first {
          ($0.attributes["original_id"]?.stringValue ?? $0.id).equalsByScalars(original)
        }, "\(original)")
      #expect(StableID.isSafe(entity.id))
      if StableID.isSafe(original) {
        #expect(entity.id == original && entity.attributes["original_id"] == nil)
      } else {
        #expect(entity.id == StableID.derived(from: original))
      }
      #expect(entity.label.equalsByScalars(original))
    }
    #expect(graph.entities.count == originals.count)
  }

  @Test func twoNodesWithOneIDAreAnError() {
    #expect(throws: NewsGraphError.self) {
      try importGraph(nodes: [Node(id: "a"), Node(id: "a")])
    }
  }

  @Test func aSafeIDKeepsItsNameWhenADerivedIDWouldTakeIt() throws {
    let derived = StableID.derived(from: "a b")
    let (graph, _) = try importGraph(nodes: [Node(id: "a b"), Node(id: derived)])
    #expect(graph.entity(withID: derived)?.attributes["original_id"] == nil)
    #expect(graph.entity(withID: derived + "-2")?.attributes["original_id"] == .string("a b"))
  }

  @Test func nodesAndEdgesHaveSeparateIDSpaces() throws {
    let (graph, _) = try importGraph(
      nodes: [Node(id: "a"), Node(id: "b")], edges: [Edge(id: "a", source: "a", target: "b")])
    #expect(graph.relations.map(\.id) == ["a"])
    #expect(graph.relations[0].attributes["original_id"] == nil)
  }

  @Test func edgesWithoutKeysGetContentDerivedIDsThatOtherEdgesDoNotChange() throws {
    let first = Edge(id: nil, source: "a", target: "b", attributes: [("w", .integer(1))])
    let second = Edge(id: nil, source: "a", target: "b", attributes: [("w", .integer(2))])
    let other = Edge(id: nil, source: "b", target: "c")
    let alone = try edgeIDs([first])
    let many = try edgeIDs([other, second, first])
    #expect(alone[0] == many[2])
    #expect(Set(many).count == 3 && many.allSatisfy(StableID.isSafe))
    #expect(try edgeIDs([second, other]) == Array(many.prefix(2).reversed()))
  }

  @Test func identicalParallelEdgesWithoutKeysAreToldApart() throws {
    let edge = Edge(id: nil, source: "a", target: "b", attributes: [("w", .integer(1))])
    let (graph, _) = try importGraph(
      nodes: [Node(id: "a"), Node(id: "b")], edges: [edge, edge, edge])
    let ids = graph.relations.map(\.id)
    #expect(Set(ids).count == 3)
    let base = try #require(ids.min { $0.count < $1.count })
    #expect(Set(ids) == [base, base + "-2", base + "-3"])
  }

  /// NetworkX numbers keys per node pair, so most edges in a node-link file have key 0.
  @Test func repeatedKeysAreDerivedFromTheirEndsAndKept() throws {
    let edges = [
      Edge(id: "0", source: "a", target: "b"), Edge(id: "1", source: "a", target: "b"),
      Edge(id: "0", source: "b", target: "c"),
    ]
    let ids = try edgeIDs(edges)
    #expect(ids[1] == "1")
    #expect(ids[0] != "0" && ids[2] != "0" && ids[0] != ids[2])
    let withMore = try edgeIDs([Edge(id: "0", source: "c", target: "a")] + edges)
    #expect(Array(withMore.dropFirst()) == ids)
    let (graph, _) = try importGraph(
      nodes: [Node(id: "a"), Node(id: "b"), Node(id: "c")], edges: edges)
    #expect(graph.relations.filter { $0.attributes["original_id"] == .string("0") }.count == 2)
  }

  @Test func unsafeEdgeKeysAreMapped() throws {
    let (graph, _) = try importGraph(
      nodes: [Node(id: "a")], edges: [Edge(id: "key with spaces", source: "a", target: "a")])
    let relation = try #require(graph.relations.first)
    #expect(StableID.isSafe(relation.id))
    #expect(relation.attributes["original_id"] == .string("key with spaces"))
  }

  @Test func reservedColumnsAreConsumedWhenTheyHoldWhatNewsGraphWrites() throws {
    let node = Node(
      id: "a",
      attributes: [
        ("label", .string("Alpha")), ("name", .string("Alpha")), ("type", .string("Person")),
        ("aliases", .string(#"["A","Al"]"#)), ("wikidata", .string("Q42")), ("x", .integer(1)),
      ])
    let edge = Edge(
      id: "r", source: "a", target: "a",
      attributes: [("relation", .string("meets")), ("interaction", .string("meets"))])
    let (graph, notes) = try importGraph(nodes: [node], edges: [edge])
    let entity = try #require(graph.entities.first)
    #expect(entity.label == "Alpha" && entity.type == "Person" && entity.aliases == ["A", "Al"])
    #expect(entity.wikidata == "Q42" && entity.attributes == ["x": .integer(1)])
    #expect(
      graph.relations.first?.type == "meets" && graph.relations.first?.attributes.isEmpty == true)
    #expect(notes.isEmpty)
  }

  @Test func reservedColumnsHoldingSomethingElseAreRenamed() throws {
    let node = Node(
      id: "a",
      attributes: [
        ("label", .integer(5)), ("name", .string("Other")), ("aliases", .string("A, B")),
        ("wikidata", .string("not an item")), ("aliases_2", .string("taken")),
      ])
    let edge = Edge(
      id: "r", source: "a", target: "a",
      attributes: [
        ("relation", .string("meets")), ("interaction", .string("pp")), ("document", .string("d")),
        ("start", .string("zero")),
      ])
    let (graph, notes) = try importGraph(nodes: [node], edges: [edge])
    let entity = try #require(graph.entities.first)
    #expect(entity.label == "Other")
    #expect(entity.attributes["label_2"] == .integer(5))
    #expect(entity.attributes["name"] == nil)
    #expect(entity.attributes["aliases_3"] == .string("A, B"))
    #expect(entity.attributes["aliases_2"] == .string("taken"))
    #expect(entity.attributes["wikidata_2"] == .string("not an item"))
    #expect(entity.aliases.isEmpty && entity.wikidata == nil)
    let relation = try #require(graph.relations.first)
    #expect(relation.type == "meets" && relation.provenance.isEmpty)
    #expect(relation.attributes["interaction_2"] == .string("pp"))
    #expect(relation.attributes["document_2"] == .string("d"))
    #expect(relation.attributes["start_2"] == .string("zero"))
    #expect(notes.filter { $0.message.contains("does not derive") }.count == 6)
  }

  @Test func cytoscapeNameWithoutLabelBecomesTheLabel() throws {
    let (graph, _) = try importGraph(
      nodes: [Node(id: "n1", attributes: [("name", .string("Ben Wallace"))])],
      edges: [
        Edge(id: "e", source: "n1", target: "n1", attributes: [("interaction", .string("pp"))])
      ])
    #expect(graph.entities.first?.label == "Ben Wallace")
    #expect(graph.entities.first?.attributes.isEmpty == true)
    #expect(graph.relations.first?.type == "pp")
    #expect(graph.relations.first?.attributes.isEmpty == true)
  }

  @Test func defaultsForMissingColumns() throws {
    let (graph, _) = try importGraph(
      nodes: [Node(id: "a b")], edges: [Edge(id: "e", source: "a b", target: "a b")])
    #expect(graph.entities.first?.label == "a b" && graph.entities.first?.type == "Entity")
    #expect(graph.relations.first?.type == "relatedTo")
    #expect(graph.name == "file-name")
  }

  @Test func undeclaredEndpointsBecomeNodesWithANote() throws {
    let (graph, notes) = try importGraph(
      nodes: [Node(id: "a")], edges: [Edge(id: "e", source: "a", target: "elsewhere")])
    #expect(graph.entities.map(\.id) == ["a", "elsewhere"])
    #expect(notes.contains { $0.message.contains("'elsewhere' is not a declared node") })
  }

  @Test func attributeNamesThatAreCanonicalTwinsAreBothKept() throws {
    let (graph, notes) = try importGraph(
      nodes: [
        Node(
          id: "a",
          attributes: [(HostileGraph.cafeNFC, .integer(1)), (HostileGraph.cafeNFD, .integer(2))])
      ])
    let attributes = try #require(graph.entities.first?.attributes)
    #expect(attributes.count == 2)
    #expect(attributes[HostileGraph.cafeNFD + "_2"] == .integer(2))
    #expect(notes.contains { $0.message.contains("Unicode normalization") })
  }

  @Test func anExistingOriginalIDIsNotOverwritten() throws {
    let (graph, notes) = try importGraph(
      nodes: [Node(id: "a b", attributes: [("original_id", .string("older"))])])
    let attributes = try #require(graph.entities.first?.attributes)
    #expect(attributes["original_id"] == .string("older"))
    #expect(attributes["original_id_2"] == .string("a b"))
    #expect(notes.contains { $0.message.contains("original_id_2") })
  }

  @Test func graphNameIsTakenFromTheNameColumn() throws {
    let (named, _) = try importGraph(
      nodes: [], attributes: [("name", .string("My graph")), ("year", .integer(1))])
    #expect(named.name == "My graph" && named.attributes == ["year": .integer(1)])
    let (odd, _) = try importGraph(nodes: [], attributes: [("name", .integer(3))])
    #expect(odd.name == "file-name" && odd.attributes == ["name_2": .integer(3)])
  }

  @Test func provenanceRoundTripsThroughItsColumns() throws {
    let single = Provenance(
      document: "d.txt", sentence: 2, start: 10, end: 20, evidence: "quote \"x\"")
    let other = Provenance(
      document: "a.txt", sentence: 0, start: 0, end: 5, evidence: "first\nline")
    let original = try KnowledgeGraph(
      name: "p",
      entities: [Entity(id: "a", type: "Person", label: "A")],
      relations: [
        Relation(id: "one", source: "a", target: "a", type: "meets", provenance: [single]),
        Relation(id: "two", source: "a", target: "a", type: "meets", provenance: [single, other]),
        Relation(id: "none", source: "a", target: "a", type: "meets"),
      ])
    let text = try NodeLinkJSONSerializer().serialize(original)
    let (graph, notes) = try GraphInput.read(bytes: Array(text.utf8), file: "p.json")
    #expect(notes.isEmpty)
    #expect(graph.relations.map(\.provenance) == original.relations.map(\.provenance))
    #expect(graph.relations.allSatisfy { $0.attributes.isEmpty })
  }

  @Test func provenanceColumnsThatDisagreeAreKeptAsColumns() throws {
    let edge = Edge(
      id: "r", source: "a", target: "a",
      attributes: [
        ("document", .string("d.txt")), ("start", .integer(1)), ("end", .integer(4)),
        ("evidence", .string("quote")), ("support", .integer(3)),
      ])
    let (graph, _) = try importGraph(nodes: [Node(id: "a")], edges: [edge])
    let relation = try #require(graph.relations.first)
    #expect(relation.provenance.isEmpty)
    #expect(relation.attributes["support_2"] == .integer(3))
    #expect(relation.attributes["document_2"] == .string("d.txt"))
  }

  /// Only the exact text NewsGraph writes is read back as provenance; any other spelling of the
  /// same JSON (spaces, another member or entry order) stays the string it was.
  @Test func aProvenanceArrayIsTakenOnlyInItsCanonicalSpelling() throws {
    let canonical =
      #"[{"document":"a.txt","sentence":0,"start":0,"end":5,"evidence":"ñ \"x\""},"#
      + #"{"document":"d.txt","sentence":2,"start":10,"end":20,"evidence":"y"}]"#
    let spaced =
      #"[{"document":"a.txt", "sentence":0,"start":0,"end":5,"evidence":"ñ \"x\""},"#
      + #"{"document":"d.txt","sentence":2,"start":10,"end":20,"evidence":"y"}]"#
    let reordered =
      #"[{"document":"d.txt","sentence":2,"start":10,"end":20,"evidence":"y"},"#
      + #"{"document":"a.txt","sentence":0,"start":0,"end":5,"evidence":"ñ \"x\""}]"#
    // The flat columns repeat the first entry, as NewsGraph writes them beside the array.
    let edges = [canonical, spaced, reordered].enumerated().map { index, text in
      Edge(
        id: "r\(index)", source: "a", target: "a",
        attributes: [
          ("document", .string("a.txt")), ("sentence", .integer(0)), ("start", .integer(0)),
          ("end", .integer(5)), ("evidence", .string("ñ \"x\"")), ("support", .integer(2)),
          ("provenance", .string(text)),
        ])
    }
    let (graph, _) = try importGraph(nodes: [Node(id: "a")], edges: edges)
    let relations = graph.relations
    #expect(relations.map(\.id) == ["r0", "r1", "r2"])
    #expect(relations[0].provenance.map(\.evidence) == ["ñ \"x\"", "y"])
    #expect(relations[0].provenance.map(\.document) == ["a.txt", "d.txt"])
    for (relation, text) in zip(relations.dropFirst(), [spaced, reordered]) {
      #expect(relation.provenance.isEmpty)
      #expect(relation.attributes.values.contains(.string(text)))
    }
  }
}
