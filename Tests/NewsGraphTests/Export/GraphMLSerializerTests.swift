import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct GraphMLSerializerTests {
  let ontology: Ontology

  init() throws { ontology = try RepositoryPaths.ontology() }

  func graphML(_ graph: KnowledgeGraph, profile: ExportOptions.GraphMLProfile = .plain) throws
    -> String
  {
    try GraphMLSerializer(ontology: ontology, profile: profile).serialize(graph)
  }

  /// A one-node graph: entity `a` with the label, type and attributes given.
  func single(label: String, type: String = "Person", attributes: [String: AttributeValue] = [:])
    throws -> KnowledgeGraph
  {
    try KnowledgeGraph(
      name: "g", entities: [Entity(id: "a", type: type, label: label, attributes: attributes)],
      relations: [])
  }

  // MARK: Goldens and determinism

  @Test(arguments: ExportOptions.GraphMLProfile.allCases)
  func hostileGraphMatchesItsGolden(profile: ExportOptions.GraphMLProfile) throws {
    let (graph, _) = try HostileGraph.make().cleanedForExport()
    let name = profile == .plain ? "hostile.graphml" : "hostile-yed.graphml"
    Golden.check(try graphML(graph, profile: profile), named: name)
  }

  @Test(arguments: ExportOptions.GraphMLProfile.allCases)
  func serializingTwiceGivesTheSameBytes(profile: ExportOptions.GraphMLProfile) throws {
    let (graph, _) = try HostileGraph.make().cleanedForExport()
    let first = try graphML(graph, profile: profile)
    let rebuilt = try HostileGraph.make().cleanedForExport().0
    #expect(first.utf8.elementsEqual(try graphML(rebuilt, profile: profile).utf8))
  }

  // MARK: Document layout (FORMATS.md, GraphML)

  @Test func declarationRootAndNamespaceComeFirstWithoutBOM() throws {
    let output = try graphML(HostileGraph.make())
    let bytes = Array(output.utf8)
    #expect(bytes.first == UInt8(ascii: "<"))
    #expect(
      output.hasPrefix(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
        http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        """))
    #expect(output.hasSuffix("</graph>\n</graphml>\n"))
  }

  @Test func plainGraphMLUsesNoElementPrefixes() throws {
    let output = try graphML(HostileGraph.make())
    let names = startTagNames(output)
    #expect(Set(names) == ["graphml", "key", "desc", "graph", "node", "edge", "data"])
  }

  @Test func keysComeFirstThenOneGraphWithItsDataThenNodesThenEdges() throws {
    let tags = startTagNames(try graphML(HostileGraph.make()))
    let firstGraph = try #require(tags.firstIndex(of: "graph"))
    #expect(tags.filter { $0 == "graph" }.count == 1)
    #expect(tags.lastIndex(of: "key")! < firstGraph)
    let lastNode = try #require(tags.lastIndex(of: "node"))
    let firstEdge = try #require(tags.firstIndex(of: "edge"))
    #expect(lastNode < firstEdge)
    #expect(tags[firstGraph + 1] == "data")
  }

  @Test func edgedefaultFollowsTheGraph() throws {
    let entity = Entity(id: "a", type: "Person", label: "A")
    let relation = Relation(id: "r", source: "a", target: "a", type: "meets")
    let directed = try KnowledgeGraph(name: "g", entities: [entity], relations: [relation])
    let undirected = try KnowledgeGraph(
      name: "g", entities: [entity], relations: [relation], isDirected: false)
    #expect(try graphML(directed).contains(#"<graph id="G" edgedefault="directed">"#))
    #expect(try graphML(undirected).contains(#"<graph id="G" edgedefault="undirected">"#))
    #expect(
      try graphML(directed, profile: .yed).contains(#"<y:Arrows source="none" target="standard"/>"#)
    )
    #expect(
      try graphML(undirected, profile: .yed).contains(#"<y:Arrows source="none" target="none"/>"#))
  }

  @Test func nodeEdgeAndKeyIDsAreUniqueNMTokens() throws {
    let output = try graphML(HostileGraph.make(), profile: .yed)
    for element in ["key", "node", "edge"] {
      let ids = attributeValues(named: "id", ofElement: element, in: output)
      #expect(!ids.isEmpty)
      #expect(Set(ids).count == ids.count, "\(element) ids repeat")
      #expect(ids.allSatisfy(StableID.isSafe), "\(element) ids must be NMTOKENs: \(ids)")
    }
  }

  @Test func everyKeyHasForAttrNameAndAttrTypeAndNamesAreUniquePerDomain() throws {
    let graph = try HostileGraph.make()
    let keys = keyLines(try graphML(graph))
    let schema = graph.schema
    #expect(keys.count == schema.graphKeys.count + schema.nodeKeys.count + schema.edgeKeys.count)
    var namesByDomain: [String: [String]] = [:]
    for key in keys {
      let domain = try #require(attribute("for", in: key))
      let name = try #require(attribute("attr.name", in: key))
      let type = try #require(attribute("attr.type", in: key))
      #expect(["graph", "node", "edge"].contains(domain))
      #expect(StableID.isSafe(name))
      #expect(["boolean", "int", "long", "float", "double", "string"].contains(type))
      namesByDomain[domain, default: []].append(name)
    }
    for (domain, names) in namesByDomain {
      #expect(Set(names).count == names.count, "two keys for \(domain) share an attr.name")
    }
  }

  @Test func keyTypesComeFromTheSchema() throws {
    let graph = try single(
      label: "A",
      attributes: [
        "s": .string("text"), "i": .integer(Int64(1) << 40), "d": .double(0.5),
        "b": .boolean(true), "t": .date(CalendarDate(year: 2024, month: 2, day: 29)!),
      ])
    let output = try graphML(graph)
    for line in [
      #"<key id="n.b" for="node" attr.name="b" attr.type="boolean"/>"#,
      #"<key id="n.d" for="node" attr.name="d" attr.type="double"/>"#,
      #"<key id="n.i" for="node" attr.name="i" attr.type="long"/>"#,
      #"<key id="n.s" for="node" attr.name="s" attr.type="string"/>"#,
      #"<key id="n-date.t" for="node" attr.name="t" attr.type="string"/>"#,
      #"<data key="n.b">true</data>"#, #"<data key="n.d">0.5</data>"#,
      #"<data key="n.i">1099511627776</data>"#, #"<data key="n.s">text</data>"#,
      #"<data key="n-date.t">2024-02-29</data>"#,
    ] {
      #expect(output.contains(line), "missing \(line)")
    }
  }

  @Test func aColumnThatMixesTypesIsOneStringKey() throws {
    let output = try graphML(HostileGraph.make())
    #expect(keyLines(output).filter { attribute("attr.name", in: $0) == "mixed" }.count == 1)
    #expect(
      output.contains(#"<key id="n.mixed" for="node" attr.name="mixed" attr.type="string"/>"#))
    #expect(output.contains(#"<data key="n.mixed">7</data>"#))
    #expect(output.contains(#"<data key="n.mixed">seven</data>"#))
  }

  @Test func mappedNamesKeepTheOriginalInDesc() throws {
    let output = try graphML(HostileGraph.make())
    #expect(
      output.contains(
        """
          <key id="n-date.date_of_birth" for="node" attr.name="date_of_birth" attr.type="string">
            <desc>date of birth</desc>
          </key>
        """))
    #expect(output.components(separatedBy: "<desc>").count == 2, "only mapped names get a desc")
  }

  @Test func numbersUseTheLexicalFormsJavaAndPythonRead() throws {
    let output = try graphML(HostileGraph.make())
    for value in ["-0.0", "NaN", "Infinity", "-Infinity", "5e-300", "2300000000.0"] {
      #expect(output.contains(">\(value)</data>"), "missing \(value)")
    }
    #expect(output.contains(#"<data key="n.mentions">9223372036854775807</data>"#))
    #expect(output.contains(#"<data key="n.mentions">-9223372036854775808</data>"#))
    #expect(output.contains(#"<data key="n.confirmed">false</data>"#))
    #expect(!output.contains(">nan<") && !output.contains(">inf<"))
  }

  // MARK: Escaping

  @Test func textEscapesMarkupCarriageReturnsAndCDATAEnd() throws {
    let label = "cr\rlf\ncrlf\r\n ]]> \"q\" 'a' <t> & x&\u{301}y\"\u{301} tab\t end\\"
    let output = try graphML(single(label: label))
    let expected =
      "<data key=\"n.label\">cr&#13;lf\ncrlf&#13;\n ]]&gt; &quot;q&quot; 'a' &lt;t&gt; &amp; "
      + "x&amp;\u{301}y&quot;\u{301} tab\t end\\</data>"
    #expect(output.contains(expected))
    #expect(!output.utf8.contains(0x0D), "a raw CR would be read back as LF")
    #expect(!output.contains("]]>"))
  }

  @Test func aTrailingBackslashStaysOneBackslash() throws {
    let output = try graphML(single(label: HostileGraph.trailingBackslash))
    #expect(output.contains("<data key=\"n.label\">ends with a backslash\\</data>"))
  }

  /// XML normalizes TAB, LF and CR in attribute values to spaces, so free text never goes into
  /// an attribute: every attribute value is an id, a key name or a fixed token.
  @Test(arguments: ExportOptions.GraphMLProfile.allCases)
  func attributeValuesHoldOnlyIdsNamesAndTokens(profile: ExportOptions.GraphMLProfile) throws {
    let output = try graphML(HostileGraph.make(), profile: profile)
    let values = allAttributeValues(output)
    #expect(values.count > 100)
    let allowed = Set(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-:/# ".unicodeScalars)
    for value in values {
      #expect(value.unicodeScalars.allSatisfy(allowed.contains), "attribute value \(value)")
    }
  }

  @Test func forbiddenCharactersOfARawGraphBecomeReplacementCharacters() throws {
    let output = try graphML(HostileGraph.make())
    #expect(
      output.contains(
        "<data key=\"n.label\">bell\u{FFFD} null\u{FFFD} escape\u{FFFD} nonchar\u{FFFD}\u{FFFD} end</data>"
      ))
    #expect(!output.unicodeScalars.contains { XMLText.isForbidden($0) })
    let read = try GraphMLReader().read(bytes: Array(output.utf8), file: "raw.graphml")
    #expect(read.nodes.count == 8)
  }

  // MARK: What readers look for

  @Test func gephiAndCytoscapeColumnsArePresent() throws {
    let output = try graphML(HostileGraph.make())
    let names = keyLines(output).map {
      "\(attribute("for", in: $0)!).\(attribute("attr.name", in: $0)!)"
    }
    for column in ["node.label", "node.name", "node.type", "edge.relation", "edge.interaction"] {
      #expect(names.contains(column), "missing \(column)")
    }
    #expect(
      output.contains(
        "<data key=\"n.label\">strict</data>\n      <data key=\"n.name\">strict</data>"))
    #expect(
      output.contains(
        "<data key=\"e.relation\">holdsRole</data>\n      <data key=\"e.interaction\">holdsRole</data>"
      ))
  }

  @Test func listsAreOneJSONArrayString() throws {
    let output = try graphML(HostileGraph.make())
    #expect(
      output.contains(#"<key id="n.aliases" for="node" attr.name="aliases" attr.type="string"/>"#))
    #expect(
      output.contains(
        #"<data key="n.aliases">[&quot;Edge&quot;,&quot;strict&quot;,&quot;graph&quot;]</data>"#))
  }

  // MARK: yEd profile

  @Test func yEdProfileDeclaresItsNamespaceAndKeys() throws {
    let output = try graphML(HostileGraph.make(), profile: .yed)
    #expect(output.contains(#"xmlns:y="http://www.yworks.com/xml/graphml""#))
    #expect(output.contains(#"<key for="node" id="y.nodegraphics" yfiles.type="nodegraphics"/>"#))
    #expect(output.contains(#"<key for="edge" id="y.edgegraphics" yfiles.type="edgegraphics"/>"#))
    #expect(!(try graphML(HostileGraph.make())).contains("yworks"))
  }

  @Test func yEdNodesTakeColourAndShapeFromTheOntology() throws {
    let output = try graphML(single(label: "Alice"), profile: .yed)
    #expect(
      output.contains(
        """
            <node id="a">
              <data key="y.nodegraphics">
                <y:ShapeNode>
                  <y:Geometry height="30.0" width="55.0"/>
                  <y:Fill color="#FDD9A0" transparent="false"/>
                  <y:BorderStyle color="#000000" type="line" width="1.0"/>
                  <y:NodeLabel>Alice</y:NodeLabel>
                  <y:Shape type="ellipse"/>
                </y:ShapeNode>
              </data>
              <data key="n.label">Alice</data>
        """))
  }

  @Test(arguments: [
    ("State", "#A6CEE3", "rectangle"), ("Organization", "#B2DF8A", "hexagon"),
    ("WeaponSystem", "#FB9A99", "octagon"), ("Agreement", "#CAB2D6", "rectangle"),
    ("Location", "#FFFFB3", "trapezoid2"), ("Spaceship", "#E0E0E0", "ellipse"),
  ])
  func yEdShapesAndColoursByClass(type: String, color: String, shape: String) throws {
    let output = try graphML(single(label: "x", type: type), profile: .yed)
    #expect(output.contains(#"<y:Fill color="\#(color)" transparent="false"/>"#))
    #expect(output.contains(#"<y:Shape type="\#(shape)"/>"#))
  }

  @Test func yEdLabelsAreCutForDisplayButTheDataKeepsThemWhole() throws {
    let label = String(repeating: "e\u{301}", count: 70)
    let output = try graphML(single(label: label), profile: .yed)
    let shown = String(repeating: "e\u{301}", count: 59) + "\u{2026}"
    #expect(output.contains("<y:NodeLabel>\(shown)</y:NodeLabel>"))
    #expect(output.contains(#"<y:Geometry height="30.0" width="440.0"/>"#))
    #expect(output.contains("<data key=\"n.label\">\(label)</data>"))
  }

  @Test func yEdEdgesAreLabelledWithTheRelation() throws {
    let output = try graphML(HostileGraph.make(), profile: .yed)
    #expect(
      output.contains(
        """
            <edge id="role" source="markup" target="node">
              <data key="y.edgegraphics">
                <y:PolyLineEdge>
                  <y:Arrows source="none" target="standard"/>
                  <y:EdgeLabel>holdsRole</y:EdgeLabel>
                </y:PolyLineEdge>
              </data>
              <data key="e.relation">holdsRole</data>
        """))
  }

  // MARK: Helpers reading the output (one element per line, as the writer indents)

  func startTagNames(_ output: String) -> [String] {
    var names: [String] = []
    var rest = output[...]
    while let open = rest.firstIndex(of: "<") {
      rest = rest[rest.index(after: open)...]
      guard let first = rest.first, first != "/", first != "?", first != "!" else { continue }
      names.append(String(rest.prefix { $0 != " " && $0 != ">" && $0 != "/" }))
    }
    return names
  }

  func keyLines(_ output: String) -> [Substring] {
    output.split(separator: "\n").filter { $0.hasPrefix("  <key ") }
  }

  func attribute(_ name: String, in line: Substring) -> String? {
    guard let start = line.range(of: " \(name)=\"") else { return nil }
    let rest = line[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }

  func attributeValues(named name: String, ofElement element: String, in output: String)
    -> [String]
  {
    output.split(separator: "\n")
      .filter { $0.drop { $0 == " " }.hasPrefix("<\(element) ") }
      .compactMap { attribute(name, in: $0) }
  }

  func allAttributeValues(_ output: String) -> [String] {
    var values: [String] = []
    for line in output.split(separator: "\n") where line.drop(while: { $0 == " " }).hasPrefix("<") {
      guard let end = line.firstIndex(of: ">") else { continue }
      var tag = line[..<end]
      while let start = tag.range(of: "=\"") {
        let rest = tag[start.upperBound...]
        guard let close = rest.firstIndex(of: "\"") else { break }
        values.append(String(rest[..<close]))
        tag = rest[rest.index(after: close)...]
      }
    }
    return values
  }
}
