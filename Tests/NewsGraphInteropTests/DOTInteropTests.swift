import NewsGraph
import NewsGraphTestSupport
import Testing

/// Graphviz judges the DOT output: `dot -Tsvg` and `-Tcanon` without a word on stderr, and
/// `dot -Tjson0` giving back every node, edge and value of the reference dump
/// (Tests/Interop/check_dot.py).
@Suite struct DOTInteropTests {
  /// Graphs that have broken DOT writers, each a separate case so a failure names its graph.
  enum Case: String, CaseIterable, CustomTestStringConvertible {
    case hostile
    case demonstration
    case seeds
    case keywords
    case entities
    case undirected

    var testDescription: String { rawValue }

    func graph() throws -> KnowledgeGraph {
      switch self {
      case .hostile: try HostileGraph.make()
      case .demonstration: try DemonstrationGraph.make()
      case .seeds: try SeedGraph.make()
      case .keywords: try DOTTestGraphs.keywords()
      case .entities: try DOTTestGraphs.entityReferences()
      case .undirected: try DOTTestGraphs.undirected()
      }
    }
  }

  @Test(arguments: Case.allCases)
  func graphvizReadsBackEveryNodeEdgeAndValue(_ graphCase: Case) throws {
    let (output, dump) = try Interop.export(try graphCase.graph(), as: .dot)
    Interop.expectSuccess(try Interop.python("check_dot.py", [output, dump]), "check_dot.py")
  }

  /// The writer is safe on a graph nobody cleaned: Graphviz still reads it and writes valid SVG,
  /// with U+FFFD where XML-forbidden characters were.
  @Test func anUncleanedGraphIsStillSafe() throws {
    let graph = try HostileGraph.make()
    let folder = try Interop.temporaryFolder()
    let output = "\(folder)/raw.dot"
    let dump = "\(folder)/raw.dump.txt"
    try DOTSerializer(ontology: try RepositoryPaths.ontology()).write(graph, toFile: output)
    try TextDumpSerializer().write(graph, toFile: dump)
    Interop.expectSuccess(try Interop.python("check_dot.py", [output, dump]), "check_dot.py")
  }

  /// The checker must fail on a file that loses data, or its success means nothing.
  @Test func theCheckerRejectsAFileThatLosesAValue() throws {
    let (output, dump) = try Interop.export(try DemonstrationGraph.make(), as: .dot)
    let text = try String(contentsOfFile: output, encoding: .utf8)
    let broken = text.replacingOccurrences(of: "data_label=\"NATO\"", with: "data_label=\"NAT0\"")
    #expect(broken != text)
    try Interop.write(broken, to: output)
    let result = try #require(try Interop.python("check_dot.py", [output, dump]))
    #expect(result.status == 1)
    #expect(result.stdout.contains("NAT0"))
  }

  /// A string of over 100 kB (split into `" + "` pieces) comes back from Graphviz exactly.
  @Test func theLongLabelSurvivesGraphvizWhole() throws {
    let (output, _) = try Interop.export(try HostileGraph.make(), as: .dot)
    let result = try #require(try Interop.run("dot", ["-Tjson0", output]))
    #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    let expected = HostileGraph.long.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\n", with: "\\n")
    let json = try JSONParser.parse(Array(result.stdout.utf8)).value
    guard case .array(let objects)? = json["objects"] else {
      Issue.record("json0 output has no objects")
      return
    }
    var found = false
    for object in objects {
      guard case .string("long")? = object["name"], case .string(let label)? = object["data_label"]
      else { continue }
      found = true
      #expect(label.unicodeScalars.elementsEqual(expected.unicodeScalars))
      #expect(
        DOTString.unescaped(label)?.unicodeScalars.elementsEqual(HostileGraph.long.unicodeScalars)
          == true)
    }
    #expect(found)
  }
}

/// Small graphs aimed at DOT's own traps, beside `HostileGraph`.
enum DOTTestGraphs {
  /// DOT keywords, numerals and port syntax as ids, labels and attribute names.
  static func keywords() throws -> KnowledgeGraph {
    let entities = [
      Entity(id: "graph", type: "State", label: "a:b", aliases: ["node", "EDGE"]),
      Entity(id: "Digraph", type: "Person", label: "1abc", attributes: ["x-y": .string("a:b")]),
      Entity(id: "SUBGRAPH", type: "Organization", label: "-->", attributes: ["1st": .integer(1)]),
      Entity(id: "1abc", type: "Location", label: "{ } [ ] ; , = /* c */ // d # e"),
      Entity(id: "-1.5", type: "Agreement", label: "-1.5", attributes: ["color": .string("red")]),
      Entity(
        id: "edge", type: "WeaponSystem", label: "strict", attributes: ["pos": .string("1,2!")]),
      Entity(id: "a.b_c-d", type: "Entity", label: "subgraph { x }"),
    ]
    let relations = [
      Relation(
        id: "node", source: "graph", target: "Digraph", type: "edge",
        attributes: ["weight": .double(2), "URL": .string("http://x/\"><script>")]),
      Relation(id: "strict", source: "1abc", target: "-1.5", type: "->"),
      Relation(id: "e.1-2", source: "edge", target: "a.b_c-d", type: "--"),
      Relation(id: "Graph", source: "SUBGRAPH", target: "SUBGRAPH", type: "meets"),
    ]
    return try KnowledgeGraph(
      name: "strict", entities: entities, relations: relations,
      attributes: ["label": .string("graph label"), "a:b": .boolean(true)])
  }

  /// HTML entity references in labels, tooltips, the graph name and a class name: Graphviz
  /// decodes or copies them into SVG, where `&#1;` would break the XML.
  static func entityReferences() throws -> KnowledgeGraph {
    let entities = [
      Entity(
        id: "a", type: "<&>\"Ship", label: "&#1; &#xFFFE; &lt;b&gt; &amp; &", aliases: ["&#0;"]),
      Entity(id: "b", type: "Person", label: "&#x1B;", attributes: ["note": .string("&#1;")]),
    ]
    let relations = [
      Relation(
        id: "r", source: "a", target: "b", type: "&#1;",
        attributes: ["modality": .string("negated")],
        provenance: [
          Provenance(document: "&#1;", sentence: 0, start: 0, end: 1, evidence: "&#2; x")
        ])
    ]
    return try KnowledgeGraph(name: "&#1; &amp; name", entities: entities, relations: relations)
  }

  /// An undirected graph with parallel edges and a loop.
  static func undirected() throws -> KnowledgeGraph {
    let entities = [
      Entity(id: "a", type: "State", label: "A"), Entity(id: "b", type: "State", label: "B"),
    ]
    let relations = [
      Relation(id: "r1", source: "a", target: "b", type: "meets"),
      Relation(id: "r2", source: "a", target: "b", type: "meets"),
      Relation(id: "r3", source: "b", target: "b", type: "meets"),
    ]
    return try KnowledgeGraph(name: "", entities: entities, relations: relations, isDirected: false)
  }
}
