import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct KnowledgeGraphTests {
  @Test func columnsThatMixTypesBecomeStrings() throws {
    let graph = try HostileGraph.make()
    let mixed = try #require(graph.schema.key(named: "mixed", in: .node))
    #expect(mixed.type == .string)
    #expect(graph.entity(withID: "markup")?.attributes["mixed"] == .string("7"))
    #expect(graph.schema.key(named: "mentions", in: .node)?.type == .integer)
  }

  @Test func attributeNamesGetSafeNamesByTheDocumentedRule() throws {
    let graph = try HostileGraph.make()
    #expect(graph.schema.key(named: "date of birth", in: .node)?.safeName == "date_of_birth")
    #expect(AttributeNaming.safeName(for: "2nd", avoiding: []) == "_2nd")
    #expect(AttributeNaming.safeName(for: "label", avoiding: ["label"]) == "label_2")
    #expect(AttributeNaming.safeName(for: "日付", avoiding: []) == "__")
  }

  @Test func entitiesAreSortedByCodePointsAndTwinsStayApart() throws {
    let graph = try HostileGraph.make()
    let ids = graph.entities.map(\.id)
    #expect(ids == ids.sorted { $0.precedesByScalars($1) })
    #expect(graph.entity(withID: "cafe-nfc")?.label.unicodeScalars.count == 4)
    #expect(graph.entity(withID: "cafe-nfd")?.label.unicodeScalars.count == 5)
  }

  @Test(arguments: ["a b", "", "x/y", "é"])
  func unsafeIDsAreRejected(id: String) {
    #expect(throws: NewsGraphError.self) {
      try KnowledgeGraph(name: "g", entities: [Entity(id: id, type: "Person", label: "x")], relations: [])
    }
  }

  @Test func edgesMustJoinExistingNodes() {
    #expect(throws: NewsGraphError.self) {
      try KnowledgeGraph(
        name: "g", entities: [Entity(id: "a", type: "Person", label: "A")],
        relations: [Relation(id: "r", source: "a", target: "b", type: "meets")])
    }
  }

  @Test func reservedColumnNamesAreRejectedAsAttributes() {
    #expect(throws: NewsGraphError.self) {
      try KnowledgeGraph(
        name: "g", entities: [Entity(id: "a", type: "Person", label: "A", attributes: ["label": .integer(1)])],
        relations: [])
    }
  }

  @Test func derivedIDsAreStableAndSafe() {
    let id = StableID.derived(from: "Café Müller & Co")
    #expect(id == StableID.derived(from: "Café Müller & Co"))
    #expect(StableID.isSafe(id))
    #expect(id.hasPrefix("Caf_M_ller_Co-"))
    #expect(StableID.derived(from: HostileGraph.cafeNFC) != StableID.derived(from: HostileGraph.cafeNFD))
  }

  @Test func cleaningReplacesForbiddenCharactersAndWarns() throws {
    let (cleaned, warnings) = try HostileGraph.make().cleanedForExport()
    #expect(warnings.count == 2)
    #expect(cleaned.entity(withID: "controls")?.label == "bell\u{FFFD} null\u{FFFD} escape\u{FFFD} nonchar\u{FFFD}\u{FFFD} end")
  }
}
