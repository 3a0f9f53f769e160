import NewsGraph
import Testing

@Suite struct NodeLinkJSONReaderTests {
  private func read(_ text: String, file: String = "in.json") throws -> ForeignGraph {
    try NodeLinkJSONReader().read(bytes: Array(text.utf8), file: file)
  }

  private func attributes(_ element: ForeignGraph.Element?) -> [String: AttributeValue] {
    var result: [String: AttributeValue] = [:]
    for (name, value) in element?.attributes ?? [] { result[name] = value }
    return result
  }

  private func kind(of body: () throws -> Void) -> (NewsGraphError.Kind, InputLocation?)? {
    do {
      try body()
      return nil
    } catch let error as NewsGraphError {
      return (error.kind, error.location)
    } catch {
      return nil
    }
  }

  private func expectMalformed(
    _ text: String, saying fragment: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let result = kind { _ = try read(text, file: "bad.json") }
    guard case (.malformedJSON(let message), let location)? = result else {
      Issue.record(
        "expected malformed JSON, got \(String(describing: result))", sourceLocation: sourceLocation
      )
      return
    }
    #expect(message.contains(fragment), "\(message)", sourceLocation: sourceLocation)
    #expect(location?.file == "bad.json", sourceLocation: sourceLocation)
  }

  @Test func readsEdgesAndLinksAlike() throws {
    for list in ["edges", "links"] {
      let graph = try read(
        #"{"directed": true, "nodes": [{"id": "a"}, {"id": "b"}], "\#(list)": [{"source": "a", "target": "b", "key": "k", "w": 1}]}"#
      )
      #expect(graph.edges.count == 1)
      let edge = try #require(graph.edges.first)
      #expect(edge.id == "k" && edge.source == "a" && edge.target == "b")
      #expect(edge.attributes.map(\.name) == ["w"])
      #expect(graph.diagnostics.isEmpty)
    }
  }

  @Test func prefersEdgesOverLinksAndWarns() throws {
    let graph = try read(
      #"{"nodes": [{"id": 1}], "links": [{"source": 1, "target": 1}], "edges": []}"#)
    #expect(graph.edges.isEmpty)
    #expect(
      graph.diagnostics.contains {
        $0.severity == .warning && $0.message.contains("\"links\" ignored")
      })
  }

  @Test func nodesWithoutAnEdgeListHaveNoEdges() throws {
    let graph = try read(#"{"nodes": [{"id": "a"}]}"#)
    #expect(graph.nodes.count == 1 && graph.edges.isEmpty)
  }

  @Test func directedDefaultsToFalseAsInNetworkX() throws {
    #expect(try read(#"{"nodes": []}"#).isDirected == false)
    #expect(try read(#"{"directed": true, "nodes": []}"#).isDirected == true)
    #expect(try read(#"{"directed": false, "multigraph": false, "nodes": []}"#).isDirected == false)
  }

  @Test func idsOfEveryJSONTypeBecomeText() throws {
    let graph = try read(
      #"{"nodes": [{"id": 1}, {"id": -7}, {"id": 1.5}, {"id": true}, {"id": [0, 1]}, {"id": 18446744073709551616}, {"id": "a b"}], "edges": [{"source": 1, "target": [0, 1], "key": 0}, {"source": [0,  1], "target": "a b", "key": null}]}"#
    )
    #expect(
      graph.nodes.map(\.id) == ["1", "-7", "1.5", "true", "[0,1]", "18446744073709551616", "a b"])
    #expect(
      graph.edges[0].source == "1" && graph.edges[0].target == "[0,1]" && graph.edges[0].id == "0")
    #expect(graph.edges[1].source == "[0,1]" && graph.edges[1].id == nil)
  }

  @Test func aNodeWithoutAnIDIsAnError() {
    expectMalformed(#"{"nodes": [{"id": "a"}, {"label": "x"}]}"#, saying: "node 1 (nodes[1]) has no \"id\"")
    expectMalformed(#"{"nodes": [{"id": null}]}"#, saying: "node 0 (nodes[0]) has no \"id\"")
  }

  @Test func anEdgeWithoutEndsIsAnError() {
    expectMalformed(
      #"{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a"}, {"source": "a"}]}"#,
      saying: "edges[1] has no \"target\"")
    expectMalformed(
      #"{"nodes": [], "links": [{"target": "a"}]}"#, saying: "links[0] has no \"source\"")
  }

  @Test func wrongShapesAreErrors() {
    expectMalformed("[1, 2]", saying: "not a node-link graph: needs a \"nodes\" array")
    expectMalformed(
      #"{"graph": {}, "edges": []}"#, saying: "not a node-link graph: needs a \"nodes\" array")
    expectMalformed(#"{"nodes": {"a": 1}}"#, saying: "\"nodes\" must be an array")
    expectMalformed(#"{"nodes": [], "edges": {}}"#, saying: "\"edges\" must be an array")
    expectMalformed(#"{"nodes": [], "links": 3}"#, saying: "\"links\" must be an array")
    expectMalformed(#"{"nodes": ["a"]}"#, saying: "nodes[0] is not an object")
    expectMalformed(#"{"nodes": [], "edges": [[1, 2]]}"#, saying: "edges[0] is not an object")
    expectMalformed(
      #"{"directed": "yes", "nodes": []}"#, saying: "\"directed\" must be true or false")
    expectMalformed(#"{"graph": "g", "nodes": []}"#, saying: "\"graph\" must be an object")
    expectMalformed(
      #"{"graph": [["a"]], "nodes": []}"#, saying: "\"graph\"[0] must be a [name, value] pair")
    expectMalformed(
      #"{"date_attributes": [], "nodes": []}"#, saying: "\"date_attributes\" must be an object")
    expectMalformed(
      #"{"date_attributes": {"vertex": []}, "nodes": []}"#, saying: "unknown domain 'vertex'")
    expectMalformed(
      #"{"date_attributes": {"node": [1]}, "nodes": []}"#, saying: "list of attribute names")
  }

  @Test func graphAttributesComeAsAnObjectOrAsPairs() throws {
    let object = try read(#"{"graph": {"name": "g", "year": 2024}, "nodes": []}"#)
    #expect(object.attributes.map(\.name) == ["name", "year"])
    #expect(object.attributes[1].value == .integer(2024))
    let pairs = try read(#"{"graph": [["name", "g"], ["year", 2024]], "nodes": []}"#)
    #expect(pairs.attributes.map(\.name) == ["name", "year"])
    #expect(pairs.attributes[0].value == .string("g"))
  }

  @Test func valuesKeepTheirTypes() throws {
    let graph = try read(
      #"{"nodes": [{"id": "a", "s": "x", "i": -3, "d": 2.5, "z": -0.0, "n": NaN, "p": Infinity, "m": -Infinity, "t": true, "f": false, "big": 9007199254740993}]}"#
    )
    let values = attributes(graph.nodes.first)
    #expect(
      values["s"] == .string("x") && values["i"] == .integer(-3) && values["d"] == .double(2.5))
    #expect(values["z"] == .double(-0.0) && values["z"] != .double(0.0))
    #expect(values["n"] == .double(.nan) && values["p"] == .double(.infinity))
    #expect(values["m"] == .double(-.infinity))
    #expect(values["t"] == .boolean(true) && values["f"] == .boolean(false))
    #expect(values["big"] == .integer(9_007_199_254_740_993))
    #expect(graph.diagnostics.isEmpty)
  }

  @Test func bigIntegersBecomeTheirDigitsWithAWarning() throws {
    let graph = try read(
      #"{"nodes": [{"id": "a", "n": 9223372036854775808}, {"id": "b", "n": -99999999999999999999}]}"#
    )
    #expect(attributes(graph.nodes[0])["n"] == .string("9223372036854775808"))
    #expect(attributes(graph.nodes[1])["n"] == .string("-99999999999999999999"))
    #expect(graph.diagnostics.count == 1)
    let warning = try #require(graph.diagnostics.first)
    #expect(warning.severity == .warning && warning.location?.file == "in.json")
    #expect(warning.message.contains("'n'") && warning.message.contains("beyond 64 bits"))
    #expect(warning.message.contains("of node 'a' (and 1 more)"))
  }

  @Test func nullsAreDroppedWithANote() throws {
    let graph = try read(
      #"{"graph": {"g": null}, "nodes": [{"id": "a", "x": null, "y": 1}], "edges": [{"source": "a", "target": "a", "e": null}]}"#
    )
    #expect(graph.attributes.isEmpty)
    #expect(graph.nodes[0].attributes.map(\.name) == ["y"])
    #expect(graph.edges[0].attributes.isEmpty)
    #expect(graph.diagnostics.count == 3)
    #expect(graph.diagnostics.allSatisfy { $0.severity == .note && $0.message.contains("null") })
  }

  @Test func listsAndObjectsBecomeCompactJSONText() throws {
    let graph = try read(
      #"{"nodes": [{"id": "a", "list": [1, "two", [3.0, null], {"k": true}], "dict": {"b": 1, "a": "é\n"}, "empty": []}]}"#
    )
    let values = attributes(graph.nodes.first)
    #expect(values["list"] == .string(#"[1,"two",[3.0,null],{"k":true}]"#))
    #expect(values["dict"] == .string(#"{"b":1,"a":"é\n"}"#))
    #expect(values["empty"] == .string("[]"))
  }

  @Test func datesAreOnlyReadWhereDeclared() throws {
    let undeclared = try read(#"{"nodes": [{"id": "a", "born": "1940-02-10"}]}"#)
    #expect(attributes(undeclared.nodes.first)["born"] == .string("1940-02-10"))

    let declared = try read(
      #"{"date_attributes": {"node": ["born"], "edge": ["since"]}, "nodes": [{"id": "a", "born": "1940-02-10", "other": "1940-02-10"}, {"id": "b", "born": "1940-02-30"}], "edges": [{"source": "a", "target": "b", "since": "2019-07-24"}]}"#
    )
    let born = CalendarDate(year: 1940, month: 2, day: 10)!
    #expect(attributes(declared.nodes[0])["born"] == .date(born))
    #expect(attributes(declared.nodes[0])["other"] == .string("1940-02-10"))
    #expect(attributes(declared.nodes[1])["born"] == .string("1940-02-30"))
    #expect(
      declared.edges[0].attributes.first?.value
        == .date(CalendarDate(year: 2019, month: 7, day: 24)!))
    #expect(declared.diagnostics.count == 1)
    #expect(declared.diagnostics.first?.message.contains("of node 'b' is not a YYYY-MM-DD date") == true)
  }

  @Test func repeatedMembersKeepTheLastValueAsPythonDoes() throws {
    let graph = try read(
      #"{"nodes": [{"id": "a", "x": 1, "y": 2, "x": 3}, {"id": "b", "id": "c"}]}"#)
    #expect(graph.nodes[0].attributes.map(\.name) == ["x", "y"])
    #expect(attributes(graph.nodes[0])["x"] == .integer(3))
    #expect(graph.nodes[1].id == "c")
    #expect(graph.diagnostics.count == 2)
    #expect(
      graph.diagnostics.allSatisfy {
        $0.severity == .warning && $0.message.contains("more than once")
      })
  }

  @Test func manyMembersAreDeduplicatedToo() throws {
    let members = (0..<20).map { "\"m\($0)\": \($0)" }.joined(separator: ", ")
    let graph = try read(#"{"nodes": [{"id": "a", \#(members), "m3": "last"}]}"#)
    #expect(graph.nodes[0].attributes.count == 20)
    #expect(attributes(graph.nodes[0])["m3"] == .string("last"))
  }

  @Test func loneSurrogatesAreReplacedAndCounted() throws {
    let graph = try read(#"{"nodes": [{"id": "a\ud800", "x": "\udc00 and \ud83d\ude42"}]}"#)
    #expect(graph.nodes[0].id == "a\u{FFFD}")
    #expect(attributes(graph.nodes[0])["x"] == .string("\u{FFFD} and 🙂"))
    #expect(graph.diagnostics.count == 1)
    #expect(graph.diagnostics.first?.message.hasPrefix("2 lone surrogate") == true)
  }

  @Test func canonicalTwinsStayApart() throws {
    let graph = try read("{\"nodes\": [{\"id\": \"Caf\u{E9}\"}, {\"id\": \"Cafe\u{301}\"}]}")
    #expect(graph.nodes.count == 2)
    #expect(
      graph.nodes[0].id?.unicodeScalars.count == 4 && graph.nodes[1].id?.unicodeScalars.count == 5)
  }

  @Test func badBytesAreErrorsWithTheirPlace() {
    let binary = kind {
      _ = try NodeLinkJSONReader().read(bytes: Array("{\"nodes\": [\n\0]}".utf8), file: "b.json")
    }
    guard case (.binaryInput, let location)? = binary else {
      Issue.record("expected binary input, got \(String(describing: binary))")
      return
    }
    #expect(location == InputLocation(file: "b.json", line: 2, column: 1, byteOffset: 12))

    let latin1 = kind {
      _ = try NodeLinkJSONReader().read(
        bytes: Array("{\"nodes\": [{\"id\": \"Caf".utf8) + [0xE9, 0x22, 0x7D, 0x5D, 0x7D],
        file: "l.json")
    }
    guard case (.invalidUTF8, let where1)? = latin1 else {
      Issue.record("expected invalid UTF-8, got \(String(describing: latin1))")
      return
    }
    #expect(where1?.byteOffset == 22 && where1?.file == "l.json")

    let empty = kind { _ = try NodeLinkJSONReader().read(bytes: [], file: "e.json") }
    guard case (.emptyInput, let where2)? = empty else {
      Issue.record("expected empty input, got \(String(describing: empty))")
      return
    }
    #expect(where2?.file == "e.json")
  }

  @Test func truncatedAndTrailingInputAreErrorsWithLineAndColumn() {
    let truncated = kind {
      _ = try read("{\"nodes\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b", file: "t.json")
    }
    guard case (.malformedJSON(let message), let location)? = truncated else {
      Issue.record("expected malformed JSON, got \(String(describing: truncated))")
      return
    }
    #expect(message.contains("unterminated string"))
    #expect(location == InputLocation(file: "t.json", line: 3, column: 10, byteOffset: 36))

    let trailing = kind { _ = try read("{\"nodes\": []}\n{\"nodes\": []}", file: "g.json") }
    guard case (.malformedJSON(let detail), let place)? = trailing else {
      Issue.record("expected malformed JSON, got \(String(describing: trailing))")
      return
    }
    #expect(detail.contains("unexpected content after the JSON value"))
    #expect(place == InputLocation(file: "g.json", line: 2, column: 1, byteOffset: 14))
  }

  @Test func aByteOrderMarkIsAccepted() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"nodes": [{"id": "a"}]}"#.utf8)
    let (graph, _) = try GraphInput.read(bytes: bytes, file: "bom.json")
    #expect(graph.entities.map(\.id) == ["a"])
  }

  @Test func mixedTypeColumnsBecomeStringsInTheModel() throws {
    let text =
      #"{"nodes": [{"id": "a", "v": 7}, {"id": "b", "v": "seven"}, {"id": "c", "v": 2.5}, {"id": "d", "v": true}, {"id": "e", "w": 1}]}"#
    let (graph, _) = try GraphInput.read(bytes: Array(text.utf8), file: "mixed.json")
    #expect(graph.schema.key(named: "v", in: .node)?.type == .string)
    #expect(graph.schema.key(named: "w", in: .node)?.type == .integer)
    #expect(graph.entity(withID: "a")?.attributes["v"] == .string("7"))
    #expect(graph.entity(withID: "c")?.attributes["v"] == .string("2.5"))
    #expect(graph.entity(withID: "d")?.attributes["v"] == .string("true"))
  }

  @Test func compactTextFollowsJSONText() {
    let value = JSONValue.array([
      .string("a\"\u{1}"), .double(1), .double(.nan), .bigInteger("123456789012345678901"), .null,
      .object([]),
    ])
    #expect(
      NodeLinkJSONReader.compactText(value)
        == #"["a\"\u0001",1.0,NaN,123456789012345678901,null,{}]"#)
  }
}
