import NewsGraph
import NewsGraphTestSupport
import Testing

/// NewsGraph's JSON export read back by `GraphInput` is the same graph: the text dump of the
/// result equals the dump of what was written, byte for byte.
@Suite struct JSONRoundTripTests {
  private func roundTrip(_ graph: KnowledgeGraph) throws -> (KnowledgeGraph, [Diagnostic]) {
    let text = try NodeLinkJSONSerializer().serialize(graph)
    return try GraphInput.read(bytes: Array(text.utf8), file: "round-trip.json")
  }

  private func dump(_ graph: KnowledgeGraph) throws -> [UInt8] {
    Array(try TextDumpSerializer().serialize(graph).utf8)
  }

  @Test func hostileGraphRoundTripsLosslessly() throws {
    let (cleaned, _) = try HostileGraph.make().cleanedForExport()
    let (back, notes) = try roundTrip(cleaned)
    #expect(notes.isEmpty, "\(notes)")
    #expect(try dump(back) == dump(cleaned))
  }

  /// JSON can carry the characters XML cannot, so even the raw graph comes back unchanged.
  @Test func rawHostileGraphRoundTripsLosslessly() throws {
    let raw = try HostileGraph.make()
    let (back, notes) = try roundTrip(raw)
    #expect(notes.isEmpty, "\(notes)")
    #expect(try dump(back) == dump(raw))
  }

  @Test func demonstrationGraphRoundTripsLosslessly() throws {
    let graph = try DemonstrationGraph.make()
    let (back, notes) = try roundTrip(graph)
    #expect(notes.isEmpty, "\(notes)")
    #expect(try dump(back) == dump(graph))
  }

  @Test func undirectedGraphsStayUndirected() throws {
    let graph = try KnowledgeGraph(
      name: "u", entities: [Entity(id: "a", type: "Person", label: "A")],
      relations: [Relation(id: "r", source: "a", target: "a", type: "meets")], isDirected: false)
    let (back, _) = try roundTrip(graph)
    #expect(back.isDirected == false)
    #expect(try dump(back) == dump(graph))
  }

  /// The documented one-way rename: a node column named `id` comes back as `id_2`, values intact.
  @Test func structuralColumnNamesComeBackRenamed() throws {
    let graph = try KnowledgeGraph(
      name: "s",
      entities: [Entity(id: "a", type: "Person", label: "A", attributes: ["id": .integer(7)])],
      relations: [
        Relation(
          id: "r", source: "a", target: "a", type: "meets", attributes: ["key": .string("k")])
      ])
    let (back, _) = try roundTrip(graph)
    #expect(back.entities.first?.attributes == ["id_2": .integer(7)])
    #expect(back.relations.first?.attributes == ["key_2": .string("k")])
    #expect(back.relations.first?.id == "r")
  }

  @Test func aSecondRoundTripChangesNothing() throws {
    let text = try NodeLinkJSONSerializer().serialize(HostileGraph.make())
    let (once, _) = try GraphInput.read(bytes: Array(text.utf8), file: "once.json")
    let again = try NodeLinkJSONSerializer().serialize(once)
    #expect(Array(again.utf8) == Array(text.utf8))
  }
}
