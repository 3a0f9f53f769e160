import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct GraphMLReaderTests {
  /// Written by `nx.write_graphml` (NetworkX 3.6) for a MultiDiGraph with an integer node id,
  /// int/float/bool/str attributes, NaN and infinity, parallel edges and a graph name. Note
  /// the graph's `<data>` after the edges, `True`/`False`, `nan`/`inf` and the single quotes
  /// of the declaration.
  static let networkXFile = """
    <?xml version='1.0' encoding='utf-8'?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
      <key id="d7" for="edge" attr.name="note" attr.type="string" />
      <key id="d6" for="edge" attr.name="amount" attr.type="double" />
      <key id="d5" for="edge" attr.name="relation" attr.type="string" />
      <key id="d4" for="node" attr.name="flag" attr.type="boolean" />
      <key id="d3" for="node" attr.name="count" attr.type="long" />
      <key id="d2" for="node" attr.name="weight" attr.type="double" />
      <key id="d1" for="node" attr.name="label" attr.type="string" />
      <key id="d0" for="graph" attr.name="name" attr.type="string" />
      <graph edgedefault="directed">
        <node id="1">
          <data key="d1">Alpha</data>
          <data key="d2">1.5</data>
          <data key="d3">3</data>
          <data key="d4">True</data>
        </node>
        <node id="b">
          <data key="d1">Beta &amp; &lt;co&gt;</data>
          <data key="d2">nan</data>
          <data key="d3">-7</data>
          <data key="d4">False</data>
        </node>
        <edge source="1" target="b" id="k1">
          <data key="d5">supplies</data>
          <data key="d6">2.5</data>
        </edge>
        <edge source="1" target="b" id="k2">
          <data key="d5">funds</data>
          <data key="d6">inf</data>
        </edge>
        <edge source="b" target="b" id="k3">
          <data key="d7">line1
    line2</data>
        </edge>
        <data key="d0">nx demo</data>
      </graph>
    </graphml>

    """

  func read(_ text: String) throws -> ForeignGraph {
    try GraphMLReader().read(bytes: Array(text.utf8), file: "test.graphml")
  }

  /// A flat document: the keys, then a directed graph holding `body`.
  func document(keys: String = "", _ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
    \(keys)
    <graph id="G" edgedefault="directed">
    \(body)
    </graph>
    </graphml>

    """
  }

  func failure(_ text: String) -> NewsGraphError? {
    do {
      _ = try read(text)
      return nil
    } catch let error as NewsGraphError {
      return error
    } catch {
      Issue.record("unexpected error type: \(error)")
      return nil
    }
  }

  func names(_ attributes: [(name: String, value: AttributeValue)]) -> [String] {
    attributes.map(\.name)
  }

  func value(_ name: String, _ attributes: [(name: String, value: AttributeValue)])
    -> AttributeValue?
  {
    attributes.first { $0.name.equalsByScalars(name) }?.value
  }

  // MARK: Round trips

  /// GraphMLSerializer → GraphMLReader → GraphImporter gives back the same graph: `convert`
  /// of a NewsGraph file loses nothing (dates, mapped names, provenance, NFC/NFD twins, -0.0).
  @Test(arguments: ExportOptions.GraphMLProfile.allCases)
  func newsGraphFilesConvertBackToTheSameGraph(profile: ExportOptions.GraphMLProfile) throws {
    let ontology = try RepositoryPaths.ontology()
    for original in [try HostileGraph.make(), try DemonstrationGraph.make()] {
      let (graph, _) = try original.cleanedForExport()
      let text = try GraphMLSerializer(ontology: ontology, profile: profile).serialize(graph)
      let (back, notes) = try GraphInput.read(bytes: Array(text.utf8), file: "graph.graphml")
      #expect(notes.isEmpty, "\(notes)")
      let expected = try TextDumpSerializer().serialize(graph)
      let actual = try TextDumpSerializer().serialize(back)
      #expect(actual.utf8.elementsEqual(expected.utf8), "\(graph.name) changed on the way")
      #expect(back.schema == graph.schema)
    }
  }

  @Test func mappedNamesAndDatesComeBack() throws {
    let ontology = try RepositoryPaths.ontology()
    let text = try GraphMLSerializer(ontology: ontology).serialize(HostileGraph.make())
    let foreign = try read(text)
    let markup = try #require(foreign.nodes.first { $0.id == "markup" })
    #expect(
      value("date of birth", markup.attributes)
        == .date(CalendarDate(year: 1940, month: 2, day: 10)!))
    #expect(value("date_of_birth", markup.attributes) == nil)
  }

  // MARK: Other tools' files

  @Test func networkXFilesAreReadWithTheirTypes() throws {
    let graph = try read(Self.networkXFile)
    #expect(graph.isDirected)
    #expect(graph.diagnostics.isEmpty)
    #expect(names(graph.attributes) == ["name"])
    #expect(value("name", graph.attributes) == .string("nx demo"))
    #expect(graph.nodes.map(\.id) == ["1", "b"])
    let alpha = graph.nodes[0].attributes
    #expect(names(alpha) == ["flag", "count", "weight", "label"], "key declaration order")
    #expect(value("flag", alpha) == .boolean(true))
    #expect(value("count", alpha) == .integer(3))
    #expect(value("weight", alpha) == .double(1.5))
    #expect(value("label", alpha) == .string("Alpha"))
    let beta = graph.nodes[1].attributes
    #expect(value("flag", beta) == .boolean(false))
    #expect(value("weight", beta) == .double(.nan))
    #expect(value("label", beta) == .string("Beta & <co>"))
    #expect(graph.edges.map(\.id) == ["k1", "k2", "k3"])
    #expect(graph.edges.map(\.source) == ["1", "1", "b"])
    #expect(names(graph.edges[0].attributes) == ["amount", "relation"])
    #expect(value("amount", graph.edges[1].attributes) == .double(.infinity))
    #expect(value("note", graph.edges[2].attributes) == .string("line1\nline2"))
  }

  @Test func networkXFilesConvert() throws {
    let (graph, _) = try GraphInput.read(bytes: Array(Self.networkXFile.utf8), file: "nx.graphml")
    #expect(graph.name == "nx demo")
    #expect(graph.entities.map(\.id) == ["1", "b"])
    let alpha = try #require(graph.entity(withID: "1"))
    #expect(alpha.label == "Alpha")
    #expect(alpha.type == "Entity")
    #expect(alpha.attributes["count"] == .integer(3))
    #expect(graph.relations.map(\.type) == ["supplies", "funds", "relatedTo"])
    #expect(graph.relations[2].attributes["note"] == .string("line1\nline2"))
  }

  @Test func anOldDoctypeNamingTheDTDIsReadWithoutLoadingIt() throws {
    // A DTD that is not even well-formed: loading it would fail the parse.
    let folder = try Interop.temporaryFolder()
    try Interop.write("<!ELEMENT graphml (((\n<!ENTITY oops \"x\">", to: "\(folder)/graphml.dtd")
    for system in [
      "http://graphml.graphdrawing.org/dtds/graphml.dtd", "file://\(folder)/graphml.dtd",
    ] {
      let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE graphml SYSTEM "\(system)">
        <graphml>
          <key id="k" for="node" attr.name="k" attr.type="int"/>
          <graph edgedefault="undirected">
            <node id="a"><data key="k">1</data></node>
          </graph>
        </graphml>
        """
      let graph = try read(text)
      #expect(!graph.isDirected)
      #expect(value("k", graph.nodes[0].attributes) == .integer(1))
    }
  }

  @Test func yFilesDataAndForeignElementsAreSkipped() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:x="urn:other">
        <key for="graphml" id="d0" yfiles.type="resources"/>
        <key for="node" id="d1" yfiles.type="nodegraphics"/>
        <key for="node" id="d2" attr.name="label" attr.type="string"/>
        <graph id="G" edgedefault="directed">
          <x:extension><node id="ghost"/></x:extension>
          <node id="n0">
            <data key="d1"><y:ShapeNode><y:NodeLabel>shown</y:NodeLabel></y:ShapeNode></data>
            <data key="d2">kept <x:mark>skipped</x:mark>whole</data>
          </node>
        </graph>
        <data key="d0"><y:Resources/></data>
      </graphml>
      """
    let graph = try read(text)
    #expect(graph.nodes.map(\.id) == ["n0"])
    #expect(names(graph.nodes[0].attributes) == ["label"])
    #expect(value("label", graph.nodes[0].attributes) == .string("kept whole"))
  }

  // MARK: Keys

  @Test func keysWithoutNameOrTypeAndForAllAndDefaults() throws {
    let text = document(
      keys: """
        <key id="color" for="node"><default>yellow</default></key>
        <key id="w" for="all" attr.name="weight" attr.type="float"><default>1.0</default></key>
        """,
      """
      <node id="a"><data key="color">green</data></node>
      <node id="b"/>
      <edge source="a" target="b"><data key="w">2</data></edge>
      <edge source="b" target="a"/>
      """)
    let graph = try read(text)
    #expect(names(graph.nodes[0].attributes) == ["color", "weight"])
    #expect(value("color", graph.nodes[0].attributes) == .string("green"))
    #expect(value("color", graph.nodes[1].attributes) == .string("yellow"))
    #expect(value("weight", graph.nodes[1].attributes) == .double(1))
    #expect(graph.edges[0].id == nil)
    #expect(value("weight", graph.edges[0].attributes) == .double(2))
    #expect(value("weight", graph.edges[1].attributes) == .double(1))
  }

  @Test func descRestoresOnlyNamesNewsGraphMapped() {
    #expect(GraphMLReader.restoredName("date_of_birth", desc: "date of birth") == "date of birth")
    #expect(GraphMLReader.restoredName("a_b_2", desc: "a_b") == "a_b")
    #expect(GraphMLReader.restoredName("_2nd", desc: "2nd") == "2nd")
    #expect(GraphMLReader.restoredName("weight", desc: "The weight of the edge") == "weight")
    #expect(GraphMLReader.restoredName("a_b_02", desc: "a b") == "a_b_02")
    #expect(GraphMLReader.restoredName("x", desc: nil) == "x")
    #expect(GraphMLReader.restoredName("_", desc: "") == "")
    #expect(GraphMLReader.restoredName("x", desc: "") == "x")
  }

  @Test func twoKeysWithOneNameForOneDomainAreRefused() throws {
    let text = document(
      keys: """
        <key id="a" for="node" attr.name="w" attr.type="double"/>
        <key id="b" for="all" attr.name="w" attr.type="string"/>
        """, "<node id=\"n\"/>")
    let error = try #require(failure(text))
    #expect(error.kind == .malformedGraphML("two keys for node data are named 'w'"))
    #expect(error.location?.line == 4)
  }

  // MARK: Values

  @Test(arguments: [
    ("int", " 42\n", AttributeValue.integer(42)), ("long", "+7", .integer(7)),
    ("long", "-9223372036854775808", .integer(.min)),
    ("double", "NaN", .double(.nan)), ("double", "nan", .double(.nan)),
    ("double", "INF", .double(.infinity)), ("double", "-INF", .double(-.infinity)),
    ("double", "Infinity", .double(.infinity)), ("double", "-infinity", .double(-.infinity)),
    ("float", "inf", .double(.infinity)), ("double", "-0.0", .double(-0.0)),
    ("double", ".5", .double(0.5)), ("double", "5.", .double(5)), ("double", "1E3", .double(1000)),
    ("double", "1e400", .double(.infinity)), ("double", " 2.5 ", .double(2.5)),
    ("boolean", "TRUE", .boolean(true)), ("boolean", "false", .boolean(false)),
    ("boolean", "1", .boolean(true)), ("boolean", " 0 ", .boolean(false)),
    ("string", "  padded\t", .string("  padded\t")),
  ])
  func valuesParseAsTheirKeyType(type: String, text: String, expected: AttributeValue) throws {
    let graph = try read(
      document(
        keys: "<key id=\"k\" for=\"node\" attr.name=\"k\" attr.type=\"\(type)\"/>",
        "<node id=\"a\"><data key=\"k\">\(text)</data></node>"))
    let got = value("k", graph.nodes[0].attributes)
    #expect(got == expected)
    if case .double(let number) = expected, number == 0 {
      #expect(
        got.map { if case .double(let x) = $0 { x.sign == number.sign } else { false } } == true)
    }
  }

  @Test(arguments: [
    ("int", "3.0"), ("int", ""), ("long", "1_000"), ("long", "0x10"), ("double", "0x1p3"),
    ("double", "1_0.5"), ("double", "e5"), ("double", "1e"), ("double", "nan1"),
    ("boolean", "yes"), ("boolean", "2"),
  ])
  func badValuesAreErrorsNamingTheLine(type: String, text: String) throws {
    let error = try #require(
      failure(
        document(
          keys: "<key id=\"k\" for=\"node\" attr.name=\"k\" attr.type=\"\(type)\"/>",
          "\n<node id=\"a\">\n<data key=\"k\">\(text)</data></node>")))
    #expect(error.kind == .malformedGraphML("'\(text)' is not a valid \(type) for the key 'k'"))
    #expect(error.location?.line == 7)
  }

  @Test func integersBeyond64BitsStayStringsWithAWarning() throws {
    let graph = try read(
      document(
        keys: "<key id=\"k\" for=\"node\" attr.name=\"k\" attr.type=\"long\"/>",
        "<node id=\"a\"><data key=\"k\">18446744073709551616</data></node>"))
    #expect(value("k", graph.nodes[0].attributes) == .string("18446744073709551616"))
    #expect(graph.diagnostics.count == 1)
    #expect(graph.diagnostics.first?.severity == .warning)
    #expect(graph.diagnostics.first?.location?.line == 5)
  }

  @Test func textAndCDATAAreConcatenatedExactly() throws {
    let graph = try read(
      document(
        keys: "<key id=\"k\" for=\"node\" attr.name=\"k\" attr.type=\"string\"/>",
        "<node id=\"a\"><data key=\"k\"> a <![CDATA[<b> & ]]]]><![CDATA[>]]> c&#13;\r\n</data></node>"
      ))
    #expect(value("k", graph.nodes[0].attributes) == .string(" a <b> & ]]> c\r\n"))
  }

  @Test func anEmptyDataElementIsAnEmptyString() throws {
    let graph = try read(
      document(
        keys: "<key id=\"k\" for=\"node\" attr.name=\"k\" attr.type=\"string\"/>",
        "<node id=\"a\"><data key=\"k\"/></node><node id=\"b\"><data key=\"k\"></data></node>"))
    #expect(value("k", graph.nodes[0].attributes) == .string(""))
    #expect(value("k", graph.nodes[1].attributes) == .string(""))
  }

  @Test func edgedefaultDecidesDirection() throws {
    let undirected = document("").replacingOccurrences(of: "\"directed\"", with: "\"undirected\"")
    #expect(try read(undirected).isDirected == false)
    let missing = try read(
      document("").replacingOccurrences(of: " edgedefault=\"directed\"", with: ""))
    #expect(missing.isDirected)
    #expect(
      missing.diagnostics.map(\.message) == ["the <graph> has no edgedefault; read as directed"])
  }

  // MARK: Refused documents

  @Test func truncatedFilesNameLineAndColumn() throws {
    let text = document("<node id=\"a\"/>\n<edge source=\"a\" target=\"a\">")
    let cut = String(text.prefix(text.utf8.count - 30))
    let error = try #require(failure(cut))
    guard case .malformedXML = error.kind else {
      Issue.record("expected malformed XML, got \(error)")
      return
    }
    #expect(error.location?.line != nil)
    #expect(error.location?.column != nil)
    #expect(error.description.hasPrefix("test.graphml:"))
  }

  @Test func externalEntitiesAreRefusedBeforeAnythingIsRead() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <graphml><graph edgedefault="directed"><node id="a"><data key="k">&x;</data></node></graph></graphml>
      """
    let error = try #require(failure(text))
    #expect(error.kind == .unsafeXML("the DOCTYPE declares entities"))
    #expect(error.location?.line == 2)
    #expect(!error.description.contains("root:"))
  }

  @Test func billionLaughsIsRefused() throws {
    var entities = "<!ENTITY lol \"lol\">\n"
    for level in 2...9 {
      let previous = level == 2 ? "lol" : "lol\(level - 1)"
      entities += "<!ENTITY lol\(level) \"\(String(repeating: "&\(previous);", count: 10))\">\n"
    }
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE graphml [
      \(entities)]>
      <graphml><graph edgedefault="directed"><node id="a">&lol9;</node></graph></graphml>
      """
    let error = try #require(failure(text))
    #expect(error.kind == .unsafeXML("the DOCTYPE declares entities"))
  }

  @Test func parameterEntitiesAreRefused() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE graphml [<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]>
      <graphml><graph edgedefault="directed"/></graphml>
      """
    #expect(failure(text)?.kind == .unsafeXML("the DOCTYPE declares entities"))
  }

  @Test func entityReferencesAreRefused() throws {
    let withDTD = """
      <?xml version="1.0"?>
      <!DOCTYPE graphml SYSTEM "graphml.dtd">
      <graphml><graph edgedefault="directed"><node id="a">&name;</node></graph></graphml>
      """
    let error = try #require(failure(withDTD))
    #expect(
      error.kind
        == .unsafeXML("the document refers to the entity &name;, which only its DTD declares"))
    #expect(error.location?.line == 3)
    let withoutDTD = document("<node id=\"a\">&name;</node>")
    guard case .malformedXML = failure(withoutDTD)?.kind else {
      Issue.record("an undeclared entity without a DTD is not well-formed")
      return
    }
  }

  @Test(arguments: [
    (
      "<node id=\"a\">\n<graph edgedefault=\"directed\"/></node>",
      "nested graphs are not supported", 6
    ),
    ("<hyperedge>\n<endpoint node=\"a\"/></hyperedge>", "hyperedges are not supported", 5),
    ("<node id=\"a\">\n<port name=\"p\"/></node>", "ports are not supported", 6),
    (
      "<node id=\"a\"/>\n<edge source=\"a\" target=\"a\" sourceport=\"p\"/>",
      "ports are not supported", 6
    ),
    ("<node id=\"a\"/>\n<node id=\"a\"/>", "two nodes have the id 'a' (the first is on line 5)", 6),
    (
      "<node id=\"a\">\n<data key=\"nope\">1</data></node>",
      "<data> for the key 'nope', which no <key> declares", 6
    ),
    ("<node>\n</node>", "a <node> has no id", 5),
    ("\n<edge source=\"a\"/>", "an <edge> needs both source and target", 6),
    (
      "\n<edge source=\"a\" target=\"a\" directed=\"false\"/>",
      "an edge with directed=\"false\" in a graph whose edgedefault is directed: mixed graphs are not supported",
      6
    ),
    (
      "\n<node id=\"a\"><locator href=\"x\"/></node>",
      "locators (content in another file) are not supported", 6
    ),
  ])
  func unsupportedGraphMLIsAnErrorNamingTheLine(body: String, message: String, line: Int) throws {
    let error = try #require(failure(document(body)))
    #expect(error.kind == .malformedGraphML(message))
    #expect(error.location?.line == line)
    #expect(error.location?.file == "test.graphml")
  }

  @Test func aSecondGraphIsRefused() throws {
    let text = document("").replacingOccurrences(
      of: "</graphml>", with: "<graph edgedefault=\"directed\"/>\n</graphml>")
    #expect(
      failure(text)?.kind == .malformedGraphML("a second <graph>: one graph per file is supported"))
  }

  @Test func otherRootsAreRefused() throws {
    #expect(
      failure("<gexf/>")?.kind == .malformedGraphML("the root element is <gexf>, not <graphml>"))
    #expect(
      failure("<graphml xmlns=\"urn:x\"/>")?.kind
        == .malformedGraphML("the root element <graphml> is not in the GraphML namespace"))
    #expect(
      failure("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>")?.kind
        == .malformedGraphML("the file has no <graph>"))
  }

  @Test func anythingElseFailsWithoutCrashing() throws {
    #expect(failure("")?.kind == .emptyInput)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func nextByte() -> UInt8 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
    for length in [1, 2, 17, 512, 4096] {
      let noise = (0..<length).map { _ in nextByte() }
      #expect(throws: NewsGraphError.self) {
        try GraphMLReader().read(bytes: [UInt8(ascii: "<")] + noise, file: "noise")
      }
    }
    #expect(throws: NewsGraphError.self) {
      try GraphMLReader().read(bytes: Array("<graphml>\u{0}</graphml>".utf8), file: "nul")
    }
    #expect(throws: NewsGraphError.self) {
      try GraphMLReader().read(bytes: [0x3C, 0x61, 0xFF, 0xFE, 0x3E], file: "latin")
    }
  }
}
