import NewsGraph
import NewsGraphTestSupport
import Testing

/// Python's `json` and NetworkX 3.6 (`node_link_graph`) judge the node-link JSON, in both
/// directions (see Tests/Interop/check_json.py).
@Suite struct JSONInteropTests {
  /// `{"graph"|"node"|"edge": {safe name: JSON member name}}`: the dump names columns by safe
  /// name, the JSON by the model's name (structural names renamed), so the checker needs both.
  static func memberNamesJSON(_ graph: KnowledgeGraph) -> String {
    let domains = AttributeDomain.allCases.map { domain in
      let keys = graph.schema.keys(for: domain)
      let members = NodeLinkJSONSerializer.memberNames(for: keys, in: domain)
      let pairs = zip(keys, members).map { key, member in
        var pair = ""
        JSONText.appendQuoted(key.safeName, to: &pair)
        pair += ":"
        JSONText.appendQuoted(member, to: &pair)
        return pair
      }
      return "\"\(domain.rawValue)\":{\(pairs.joined(separator: ","))}"
    }
    return "{\(domains.joined(separator: ","))}\n"
  }

  /// Writes the graph as it is (no cleaning), its dump and the names, and runs the checker.
  private func check(_ graph: KnowledgeGraph, _ what: String) throws {
    let folder = try Interop.temporaryFolder()
    let output = "\(folder)/graph.json"
    let dump = "\(folder)/expected.dump.txt"
    let names = "\(folder)/names.json"
    try NodeLinkJSONSerializer().write(graph, toFile: output)
    try TextDumpSerializer().write(graph, toFile: dump)
    try Interop.write(Self.memberNamesJSON(graph), to: names)
    Interop.expectSuccess(
      try Interop.python("check_json.py", ["check", output, dump, names]), what)
  }

  @Test func networkXReadsTheHostileGraphExactly() throws {
    let graph = try HostileGraph.make()
    let (output, dump) = try Interop.export(graph, as: .json)
    let (cleaned, _) = try graph.cleanedForExport()
    let names = output + ".names.json"
    try Interop.write(Self.memberNamesJSON(cleaned), to: names)
    Interop.expectSuccess(
      try Interop.python("check_json.py", ["check", output, dump, names]), "hostile graph")
  }

  /// The demonstration graph, and the graph `newsgraph build` extracts from the seeds.
  @Test(arguments: ["demonstration", "seeds"])
  func networkXReadsTheModelGraphsExactly(name: String) throws {
    let graph = name == "seeds" ? try SeedGraph.make() : try DemonstrationGraph.make()
    let (output, dump) = try Interop.export(graph, as: .json)
    let names = output + ".names.json"
    try Interop.write(Self.memberNamesJSON(graph), to: names)
    Interop.expectSuccess(
      try Interop.python("check_json.py", ["check", output, dump, names]), "\(name) graph")
  }

  /// JSON carries the characters XML cannot (U+0000, U+FFFE, …): the raw graph reads back too.
  @Test func networkXReadsTheUncleanedHostileGraphExactly() throws {
    try check(HostileGraph.make(), "uncleaned hostile graph")
  }

  /// Columns named like NetworkX's structural members keep their values under `_2` names, and
  /// NetworkX does not drop them.
  @Test func networkXKeepsColumnsWithStructuralNames() throws {
    let graph = try KnowledgeGraph(
      name: "structural",
      entities: [
        Entity(
          id: "a", type: "Person", label: "A",
          attributes: ["id": .string("x"), "id_2": .integer(2)]),
        Entity(id: "b", type: "Person", label: "B"),
      ],
      relations: [
        Relation(
          id: "r", source: "a", target: "b", type: "meets",
          attributes: ["source": .string("Reuters"), "target": .integer(1), "key": .boolean(false)])
      ], isDirected: false)
    try check(graph, "structural names")
  }

  /// A NetworkX graph full of hostile values goes through NewsGraph and comes back whole, under
  /// the documented rules (big integers and lists as strings, nulls dropped, ids mapped).
  @Test(arguments: ["edges", "links"])
  func networkXGraphsSurviveARoundTripThroughNewsGraph(variant: String) throws {
    let folder = try Interop.temporaryFolder()
    let made = try Interop.python("check_json.py", ["make-foreign", folder])
    Interop.expectSuccess(made, "writing the NetworkX graph")
    guard made?.status == 0 else { return }
    let input = "\(folder)/foreign-\(variant).json"
    let (graph, diagnostics) = try GraphInput.read(
      bytes: InputFile.bytes(atPath: input), file: input)
    #expect(graph.isDirected)
    #expect(graph.entities.count == 6 && graph.relations.count == 7)
    let messages = diagnostics.map(\.message)
    #expect(messages.contains { $0.contains("'count'") && $0.contains("beyond 64 bits") })
    #expect(messages.contains { $0.contains("'big'") && $0.contains("beyond 64 bits") })
    #expect(messages.contains { $0.contains("'gone'") && $0.contains("null") })
    #expect(messages.contains { $0.contains("lone surrogate") } == (variant == "edges"))
    // The streaming reader reads what NetworkX wrote exactly as the tree reader does, and the
    // mapped file reads as its bytes.
    let bytes = try InputFile.bytes(atPath: input)
    let streamed = try NodeLinkJSONReader().read(bytes: bytes, file: input)
    let tree = try NodeLinkJSONReader().readTree(bytes: bytes, file: input)
    func rows(_ foreign: ForeignGraph) -> [String] {
      func values(_ pairs: [(name: String, value: AttributeValue)]) -> String {
        pairs.map { "\($0.name)=\($0.value.type):\($0.value.lexicalForm)" }.sorted()
          .joined(separator: ",")
      }
      return foreign.nodes.map { "\($0.id ?? "-")|\(values($0.attributes))" }
        + foreign.edges.map { "\($0.id ?? "-")|\($0.source)|\($0.target)|\(values($0.attributes))" }
    }
    #expect(rows(streamed) == rows(tree) && rows(streamed).count == 13)
    #expect(streamed.diagnostics.map(\.message) == tree.diagnostics.map(\.message))
    let (mapped, mappedDiagnostics) = try GraphInput.read(contentsOf: input)
    #expect(mapped.relations.map(\.id) == graph.relations.map(\.id))
    #expect(mappedDiagnostics.map(\.message) == messages)
    let output = "\(folder)/roundtrip-\(variant).json"
    try NodeLinkJSONSerializer().write(graph, toFile: output)
    Interop.expectSuccess(
      try Interop.python("check_json.py", ["compare-foreign", variant, output]),
      "NetworkX round trip (\(variant))")
  }
}
