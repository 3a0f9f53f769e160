import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct JSONSerializerTests {
  private func json(_ graph: KnowledgeGraph) throws -> String {
    try NodeLinkJSONSerializer().serialize(graph)
  }

  private func parse(_ text: String) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8)).value
  }

  /// The node object with an id, from parsed output.
  private func node(_ id: String, in document: JSONValue) -> JSONValue? {
    guard case .array(let nodes)? = document["nodes"] else { return nil }
    return nodes.first { node in
      if case .string(let text)? = node["id"] { return text.equalsByScalars(id) }
      return false
    }
  }

  private func edge(_ key: String, in document: JSONValue) -> JSONValue? {
    guard case .array(let edges)? = document["edges"] else { return nil }
    return edges.first { edge in
      if case .string(let text)? = edge["key"] { return text.equalsByScalars(key) }
      return false
    }
  }

  private func graph(
    nodes: [String: AttributeValue] = [:], edges: [String: AttributeValue] = [:],
    label: String = "A"
  ) throws -> KnowledgeGraph {
    try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(id: "a", type: "Person", label: label, attributes: nodes),
        Entity(id: "b", type: "Person", label: "B"),
      ],
      relations: [Relation(id: "r", source: "a", target: "b", type: "meets", attributes: edges)])
  }

  @Test func hostileGraphMatchesItsGolden() throws {
    let (cleaned, _) = try HostileGraph.make().cleanedForExport()
    Golden.check(try json(cleaned), named: "hostile.json")
  }

  @Test func outputIsDeterministic() throws {
    let first = try json(HostileGraph.make())
    let second = try json(HostileGraph.make())
    #expect(Array(first.utf8) == Array(second.utf8))
    #expect(
      Array(try json(DemonstrationGraph.make()).utf8)
        == Array(try json(DemonstrationGraph.make()).utf8))
  }

  @Test func outputHasNoBOMEndsWithANewlineAndHasOneElementPerLine() throws {
    let (cleaned, _) = try HostileGraph.make().cleanedForExport()
    let text = try json(cleaned)
    #expect(text.utf8.first == UInt8(ascii: "{"))
    #expect(text.hasSuffix("]}\n"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Header line, one line per node, the line between, one per edge, the closing line, "".
    #expect(lines.count == 1 + cleaned.entities.count + 1 + cleaned.relations.count + 1 + 1)
    #expect(lines[1].hasPrefix("{\"id\":\"Edge\","))
    #expect(lines[cleaned.entities.count + 1] == "],\"edges\":[")
  }

  @Test func topLevelHasNetworkXShape() throws {
    let document = try parse(try json(HostileGraph.make()))
    guard case .object(let members) = document else {
      Issue.record("not an object")
      return
    }
    #expect(
      members.map(\.key) == [
        "directed", "multigraph", "graph", "date_attributes", "nodes", "edges",
      ])
    guard case .bool(true)? = document["directed"], case .bool(true)? = document["multigraph"]
    else {
      Issue.record("directed and multigraph must be true")
      return
    }
    guard case .string(let name)? = document["graph"]?["name"] else {
      Issue.record("graph name missing")
      return
    }
    #expect(name == "hostile <graph> & \"friends\"")
  }

  @Test func emptyGraphIsValidJSON() throws {
    let empty = try KnowledgeGraph(name: "empty", entities: [], relations: [], isDirected: false)
    let text = try json(empty)
    #expect(
      text
        == "{\"directed\":false,\"multigraph\":true,\"graph\":{\"name\":\"empty\"},\"nodes\":[],\"edges\":[]}\n"
    )
  }

  @Test func idsAreWrittenVerbatim() throws {
    let graph = try HostileGraph.make()
    let document = try parse(try json(graph))
    for entity in graph.entities {
      #expect(node(entity.id, in: document) != nil, "node \(entity.id)")
    }
    for relation in graph.relations {
      guard let edge = edge(relation.id, in: document),
        case .string(let source)? = edge["source"], case .string(let target)? = edge["target"]
      else {
        Issue.record("edge \(relation.id) missing")
        continue
      }
      #expect(source == relation.source && target == relation.target)
    }
  }

  @Test func columnsKeepTheirModelNames() throws {
    let document = try parse(try json(HostileGraph.make()))
    guard case .string(let date)? = node("markup", in: document)?["date of birth"] else {
      Issue.record("'date of birth' must be written under its own name")
      return
    }
    #expect(date == "1940-02-10")
    #expect(node("markup", in: document)?["date_of_birth"] == nil)
  }

  @Test func dateColumnsAreDeclared() throws {
    let text = try json(HostileGraph.make())
    #expect(
      text.contains(
        "\"date_attributes\":{\"node\":[\"date of birth\"],\"edge\":[\"valid_from\"]}"))
    #expect(!(try json(graph())).contains("date_attributes"))
  }

  /// RFC 8259 §7: `"`, `\` and C0 controls escaped, everything else raw; per scalar, so a quote
  /// followed by a combining mark (one `Character`) and CR LF (one `Character`) are still seen.
  @Test(arguments: [
    ("\"\u{301}", #""\"\#u{301}""#),
    ("a\r\nb", #""a\r\nb""#),
    ("back\\slash\\", #""back\\slash\\""#),
    ("\u{0}\u{1}\u{7}\u{8}\u{C}\u{1B}\u{1F}", #""\u0000\u0001\u0007\u0008\u000c\u001b\u001f""#),
    ("tab\there", #""tab\there""#),
    ("\u{7F}\u{85}\u{2028}\u{FFFE}\u{FFFF}🙂", "\"\u{7F}\u{85}\u{2028}\u{FFFE}\u{FFFF}🙂\""),
    ("</script>", #""</script>""#),
  ])
  func stringsAreEscapedPerScalar(value: String, expected: String) throws {
    let text = try json(graph(nodes: ["note": .string(value)]))
    #expect(text.contains(",\"note\":\(expected)}"), "\(text)")
    guard case .string(let back)? = node("a", in: try parse(text))?["note"] else {
      Issue.record("note missing")
      return
    }
    #expect(back.equalsByScalars(value))
  }

  @Test(arguments: [
    (AttributeValue.double(.nan), "NaN"), (.double(.infinity), "Infinity"),
    (.double(-.infinity), "-Infinity"), (.double(-0.0), "-0.0"), (.double(1), "1.0"),
    (.double(1e16), "1e+16"), (.double(5e-324), "5e-324"), (.double(2.3e9), "2300000000.0"),
    (.double(0.1), "0.1"), (.integer(Int64.max), "9223372036854775807"),
    (.integer(Int64.min), "-9223372036854775808"),
    (.integer(9_007_199_254_740_993), "9007199254740993"),
    (.boolean(true), "true"), (.boolean(false), "false"),
    (.date(CalendarDate(year: 2019, month: 7, day: 4)!), "\"2019-07-04\""),
  ])
  func valuesHaveTheirJSONForm(value: AttributeValue, expected: String) throws {
    let text = try json(graph(nodes: ["v": value]))
    #expect(text.contains(",\"v\":\(expected)}"), "\(text)")
  }

  @Test func finiteDoublesAlwaysReadAsFloats() {
    for number in [1.0, 1e16, 1e22, -1e300, 123_456_789_012_345_678.0, 4.0e15, 0.0, -0.0] {
      let text = NodeLinkJSONSerializer.doubleText(number)
      #expect(text.contains(".") || text.contains("e"), "\(text)")
      #expect(Double(text)?.bitPattern == number.bitPattern, "\(text)")
    }
  }

  @Test func emptyValuesAreAbsent() throws {
    let document = try parse(try json(HostileGraph.make()))
    // `Edge` has no aliases, no wikidata, no note.
    let edgeNode = node("Edge", in: document)
    #expect(edgeNode?["aliases"] == nil && edgeNode?["wikidata"] == nil && edgeNode?["note"] == nil)
    #expect(edge("loop", in: document)?["document"] == nil)
  }

  @Test func aliasesAndProvenanceAreJSONArrayStrings() throws {
    let document = try parse(try json(HostileGraph.make()))
    guard case .string(let aliases)? = node("markup", in: document)?["aliases"] else {
      Issue.record("aliases missing")
      return
    }
    #expect(aliases == JSONText.array(["Tom|Jerry", "\"TJ\"", HostileGraph.trailingBackslash]))
    guard case .string(let provenance)? = edge("supply-1", in: document)?["provenance"] else {
      Issue.record("provenance missing")
      return
    }
    guard case .array(let entries) = try parse(provenance) else {
      Issue.record("provenance is not a JSON array")
      return
    }
    #expect(entries.count == 2)
  }

  /// NetworkX overwrites a node attribute named `id` when writing node-link data and drops it
  /// when reading; NewsGraph writes such columns under the first free `_N` name instead.
  @Test func structuralNamesAreRenamedNotLost() throws {
    let graph = try graph(
      nodes: ["id": .string("node attribute"), "id_2": .integer(2)],
      edges: [
        "source": .string("Reuters"), "target": .integer(5), "key": .boolean(true),
        "id": .string("edge ids are not structural"),
      ])
    let document = try parse(try json(graph))
    let a = node("a", in: document)
    guard case .string("a")? = a?["id"], case .string("node attribute")? = a?["id_3"],
      case .integer(2)? = a?["id_2"]
    else {
      Issue.record("node attribute 'id' must be written as 'id_3': \(String(describing: a))")
      return
    }
    let r = edge("r", in: document)
    guard case .string("a")? = r?["source"], case .string("b")? = r?["target"],
      case .string("Reuters")? = r?["source_2"], case .integer(5)? = r?["target_2"],
      case .bool(true)? = r?["key_2"], case .string("edge ids are not structural")? = r?["id"]
    else {
      Issue.record("edge structural columns must be renamed: \(String(describing: r))")
      return
    }
    #expect(
      NodeLinkJSONSerializer.memberNames(for: graph.schema.nodeKeys, in: .node).suffix(2)
        == ["id_3", "id_2"])
  }

  /// JSON can carry what XML cannot; a raw (uncleaned) graph still gives valid JSON that reads
  /// back to the same strings.
  @Test func rawGraphWithXMLForbiddenCharactersStaysReadable() throws {
    let graph = try HostileGraph.make()
    let document = try parse(try json(graph))
    guard case .string(let label)? = node("controls", in: document)?["label"] else {
      Issue.record("label missing")
      return
    }
    #expect(label.equalsByScalars(HostileGraph.forbidden))
    guard case .string(let long)? = node("long", in: document)?["label"] else {
      Issue.record("long label missing")
      return
    }
    #expect(long.equalsByScalars(HostileGraph.long))
  }

  @Test func canonicallyEquivalentStringsStayApart() throws {
    let document = try parse(try json(HostileGraph.make()))
    guard case .string(let nfc)? = node("cafe-nfc", in: document)?["label"],
      case .string(let nfd)? = node("cafe-nfd", in: document)?["label"]
    else {
      Issue.record("labels missing")
      return
    }
    #expect(Array(nfc.unicodeScalars) == Array(HostileGraph.cafeNFC.unicodeScalars))
    #expect(Array(nfd.unicodeScalars) == Array(HostileGraph.cafeNFD.unicodeScalars))
  }

  @Test func undirectedGraphsSaySo() throws {
    let graph = try KnowledgeGraph(
      name: "u", entities: [Entity(id: "a", type: "Person", label: "A")], relations: [],
      isDirected: false)
    #expect(try json(graph).hasPrefix("{\"directed\":false,\"multigraph\":true,"))
  }
}
