import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

/// rapper and rdflib judge the RDF/XML: they must read it without a warning, agree with each
/// other and with NewsGraph's own triples, and give back every value of the graph
/// (Tests/Interop/check_rdf.py).
@Suite struct RDFInteropTests {
  /// Strings the hostile graph lacks: empty and blank literals, a Wikidata id that needs
  /// percent-encoding, an empty and a non-ASCII type, attribute names that need safe names.
  static func awkwardGraph() throws -> KnowledgeGraph {
    try KnowledgeGraph(
      name: "",
      entities: [
        Entity(
          id: "empty", type: "", label: "", aliases: ["", " ", "\n"],
          wikidata: "Q1 <x>|{y}^`\\%\"é#/", attributes: ["2nd": .integer(2), "日付": .string("  ")]),
        Entity(id: "b", type: "Schiff", label: " padded ", attributes: ["2nd": .integer(-0)]),
      ],
      relations: [
        Relation(
          id: "r.1", source: "empty", target: "b", type: "説明",
          attributes: ["weapon": .string("empty"), "attributed_to": .string("nobody")]),
        Relation(
          id: "r_2", source: "b", target: "empty", type: "supplies",
          attributes: ["weapon": .string("b")]),
      ])
  }

  static let cases:
    [(name: String, make: @Sendable () throws -> KnowledgeGraph, supplies: [String])] = [
      ("hostile", HostileGraph.make, ["node,Edge,markup,markup"]),
      (
        "demo", DemonstrationGraph.make,
        ["iran,shahed-136,russia,ben-wallace", "russia,su-35,iran,john-kirby"]
      ),
      ("awkward", awkwardGraph, []),
      ("seeds", SeedGraph.make, []),
    ]

  @Test(arguments: cases.map(\.name))
  func rapperAndRDFLibReadEveryValueBack(graphName: String) throws {
    let testCase = Self.cases.first { $0.name == graphName }!
    let graph = try testCase.make()
    let (output, dump) = try Interop.export(graph, as: .rdfXML)
    let (cleaned, _) = try graph.cleanedForExport()
    let triples = RDFTripleBuilder(graph: cleaned, ontology: try RepositoryPaths.ontology())
      .triples()
    let triplesPath = (output as NSString).deletingLastPathComponent + "/builder.nt"
    try Interop.write(triples.map { "\($0)\n" }.joined(), to: triplesPath)
    let supplies = graphName == "seeds" ? Self.attributedSupplies(in: cleaned) : testCase.supplies
    let result = try Interop.python(
      "check_rdf.py",
      [output, dump, RepositoryPaths.ontologyFile, triplesPath]
        + supplies.flatMap { ["--supply", $0] })
    Interop.expectSuccess(result, "check_rdf.py on the \(graphName) graph")
  }

  /// What the checker's SPARQL query must find: every supply with a weapon and a speaker, as
  /// `supplier,weapon,recipient,speaker`.
  static func attributedSupplies(in graph: KnowledgeGraph) -> [String] {
    graph.relations.compactMap { relation in
      guard relation.type == "supplies", case .string(let weapon)? = relation.attributes["weapon"],
        case .string(let speaker)? = relation.attributes["attributed_to"]
      else { return nil }
      return [relation.source, weapon, relation.target, speaker].joined(separator: ",")
    }
  }

  /// The checker must fail on a file that lost a value, or it proves nothing.
  @Test func checkerRejectsAFileThatLostAValue() throws {
    let (output, dump) = try Interop.export(try DemonstrationGraph.make(), as: .rdfXML)
    let triplesPath = (output as NSString).deletingLastPathComponent + "/builder.nt"
    let triples = RDFTripleBuilder(
      graph: try DemonstrationGraph.make(), ontology: try RepositoryPaths.ontology()
    )
    .triples()
    try Interop.write(triples.map { "\($0)\n" }.joined(), to: triplesPath)
    let text = try String(contentsOfFile: output, encoding: .utf8)
    let damaged = text.replacingOccurrences(of: ">300</ng:quantity>", with: ">301</ng:quantity>")
    #expect(damaged != text)
    try Interop.write(damaged, to: output)
    let result = try #require(
      try Interop.python(
        "check_rdf.py",
        [
          output, dump, RepositoryPaths.ontologyFile, triplesPath, "--supply",
          "iran,shahed-136,russia,ben-wallace",
          "--supply", "russia,su-35,iran,john-kirby",
        ]))
    #expect(result.status == 1)
    #expect(result.stdout.contains("quantity: expected 300, got 301"))
    #expect(result.stdout.contains("rdflib read"))
  }
}
