import NewsGraphTestSupport
import Testing

@testable import NewsGraph

#if canImport(Glibc)
  import Glibc
#endif

/// The streaming node-link reader reads exactly what the tree reader reads: same ids, ends,
/// values with their types, graph attributes and diagnostics, in the same order.
@Suite struct NodeLinkStreamingTests {
  static let inputs: [String] = [
    #"{"nodes": [{"id": "a"}]}"#,
    #"{"directed": true, "multigraph": true, "graph": {"name": "g", "n": null, "big": 123456789012345678901234}, "nodes": [{"id": 1, "x": 1}, {"id": "b", "x": "s"}, {"id": 2.5, "x": 1.5}, {"id": true, "x": true}], "links": [{"source": 1, "target": "b", "key": 0, "w": [1, {"a": "\u00e9"}]}]}"#,
    #"{"edges": [{"source": "a", "target": "b", "weight": 1e400, "small": 5e-324, "zero": -0.0, "tenth": 0.1}], "nodes": [{"id": "a", "n": NaN, "i": Infinity, "m": -Infinity}]}"#,
    #"{"nodes": [{"id": "a", "v": 1, "v": null}, {"id": "b", "v": null, "v": 2}, {"v": 3, "id": "c", "id": "d"}, {"id": "e", "v": 99999999999999999999, "v": 1}, {"id": "f", "v": null}]}"#,
    #"{"nodes": [{"id": "a\ud800b", "s": "\ud83d\ude00 \udc00 \u0000 \" \\ \/ \b \f \n \r \t"}, {"id": "x", "s": "tab\there"}]}"#,
    #"{"nodes": [{"id": "a", "when": "2024-02-29", "other": "2024-02-29"}, {"id": "b", "when": "not a date"}], "date_attributes": {"node": ["when"], "edge": ["on"]}, "edges": [{"source": "a", "target": "b", "on": "2020-01-01", "key": "k"}, {"source": "a", "target": "b", "on": "2020-13-01"}]}"#,
    #"{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a", "l": 1}], "edges": [{"source": "a", "target": "a", "e": 2}]}"#,
    #"{"nodes": [{"id": "x", "c": 1}, {"id": "y", "c": "one"}, {"id": "z", "c": 2}, {"id": "w"}], "graph": [["name", "pairs"], [1, 2]]}"#,
    #"{"nodes": [{"id": "a", "Caf\u00e9": 1, "Cafe\u0301": 2}], "nodes": [{"id": "b", "r": -0, "q": 12345678901234567890, "p": -9223372036854775808}]}"#,
    "\u{FEFF}{ \"nodes\" :\n[ { \"id\" : \"a\" , \"k\" : [ ] , \"o\" : { } } ] }\n",
    #"{"nodes": [{"id": "a", "num": 1.5e3, "neg": -2.25E-2, "long": 3.14159265358979323846264338327950288, "int": 9007199254740993, "e": 1e22, "f": 1e23}]}"#,
  ]

  static func snapshot(_ graph: ForeignGraph) -> String {
    var out = "directed=\(graph.isDirected)\n"
    for (name, value) in graph.attributes { out += "g \(name)=\(describe(value))\n" }
    for node in graph.nodes {
      out += "n \(node.id ?? "nil")"
      for (name, value) in node.attributes.sorted(by: { $0.name.precedesByScalars($1.name) }) {
        out += " \(Array(name.utf8))=\(describe(value))"
      }
      out += "\n"
    }
    for edge in graph.edges {
      out += "e \(edge.id ?? "nil") \(edge.source) \(edge.target)"
      for (name, value) in edge.attributes.sorted(by: { $0.name.precedesByScalars($1.name) }) {
        out += " \(name)=\(describe(value))"
      }
      out += "\n"
    }
    for diagnostic in graph.diagnostics {
      out += "d \(diagnostic.severity) \(diagnostic.message)\n"
    }
    return out
  }

  private static func describe(_ value: AttributeValue) -> String {
    switch value {
    case .double(let number): "double(\(number.bitPattern))"
    case .string(let text): "string(\(Array(text.utf8)))"
    default: "\(value.type)(\(value.lexicalForm))"
    }
  }

  @Test(arguments: inputs)
  func streamingAndTreeReadersAgree(text: String) throws {
    let bytes = Array(text.utf8)
    let streamed = try NodeLinkJSONReader().read(bytes: bytes, file: "in.json")
    let tree = try NodeLinkJSONReader().readTree(bytes: bytes, file: "in.json")
    #expect(Self.snapshot(streamed) == Self.snapshot(tree))
  }

  @Test func theHostileGraphExportReadsTheSameBothWays() throws {
    let text = try NodeLinkJSONSerializer().serialize(HostileGraph.make())
    let streamed = try NodeLinkJSONReader().read(bytes: Array(text.utf8), file: "h.json")
    let tree = try NodeLinkJSONReader().readTree(bytes: Array(text.utf8), file: "h.json")
    #expect(Self.snapshot(streamed) == Self.snapshot(tree))
    #expect(streamed.nodes.count > 3)
  }

  /// Doubles take a fast path (exact mantissa times an exact power of ten) or `Double(String)`;
  /// both must give the bits `Double(String)` gives.
  @Test func doublesReadToTheBitsSwiftReads() throws {
    var generator = SeededRandom(seed: 77)
    var texts: [String] = ["0.0", "1.0", "123.456", "9007199254740993.0", "0.30000000000000004"]
    for _ in 0..<3000 {
      let number = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
      texts.append("\(number)")
      let digits = Int.random(in: 1...17)
      let mantissa = String(
        UInt64.random(in: 0...UInt64(999_999_999_999_999_99)).description.prefix(digits))
      texts.append("\(mantissa).\(Int.random(in: 0...99_999))e\(Int.random(in: -30...30))")
    }
    let members = texts.enumerated().map { "\"v\($0.offset)\": \($0.element)" }
    let json = "{\"nodes\": [{\"id\": \"a\", \(members.joined(separator: ", "))}]}"
    let graph = try NodeLinkJSONReader().read(bytes: Array(json.utf8), file: "d.json")
    let values = Dictionary(
      uniqueKeysWithValues: graph.nodes[0].attributes.map { ($0.name, $0.value) })
    for (index, text) in texts.enumerated() {
      guard case .double(let number)? = values["v\(index)"] else {
        Issue.record("\(text) did not read as a double")
        continue
      }
      #expect(number.bitPattern == Double(text)!.bitPattern, "\(text)")
    }
  }

  @Test func badUTF8InsideAStringIsTheTextError() {
    let bytes =
      Array(#"{"nodes": [{"id": "a", "s": "x"#.utf8) + [0xC3, 0x28] + Array(#""}]}"#.utf8)
    #expect { try NodeLinkJSONReader().read(bytes: bytes, file: "u.json") } throws: { error in
      let error = error as? NewsGraphError
      return error?.kind == .invalidUTF8 && error?.location?.byteOffset == 30
    }
  }

  /// The rule `appendCanonicalArray` implements byte by byte, as it was written before: a JSON
  /// array of strings that `JSONText.array` writes back to the same text.
  private static func referenceArray(_ text: String) -> [String]? {
    guard text.hasPrefix("["), let parsed = try? JSONParser.parse(Array(text.utf8)),
      parsed.replacedSurrogates == 0, case .array(let elements) = parsed.value
    else { return nil }
    var strings: [String] = []
    for element in elements {
      guard case .string(let string) = element else { return nil }
      strings.append(string)
    }
    return JSONText.array(strings).equalsByScalars(text) ? strings : nil
  }

  @Test(arguments: [
    #"["A","Al"]"#, "[]", #"[""]"#, #"["a\u001f"]"#, #"["a\u001F"]"#, #"[ "A"]"#, #"["\/"]"#,
    #"["\u0041"]"#, #"["a\nb\t\r\\\""]"#, #"["x""#, #"["x"]]"#, #"["x",]"#, "[1]", #"["é","日本"]"#,
    #"["\u000a"]"#, "[", "", #"["x"] "#, #"["x","y"]"#, #"["\ud800"]"#, "\"[]\"",
  ])
  func aliasesAreReadExactlyWhenJSONTextWritesThem(text: String) {
    #expect(GraphImporter.stringArray(.string(text)) == Self.referenceArray(text), "\(text)")
  }

  /// The known issue: a reserved column holding other values gave one note per row (60,000
  /// on a 10k-edge file); now one per column, and every value is kept.
  @Test func aReservedColumnHoldingOtherValuesGivesOneNote() throws {
    let nodes = (0..<500).map {
      ForeignGraph.Element(id: "n\($0)", attributes: [("label", .integer(Int64($0)))])
    }
    let edges = (0..<500).map {
      ForeignGraph.Link(
        id: "e\($0)", source: "n\($0)", target: "n0", attributes: [("support", .string("high"))])
    }
    let (graph, notes) = try GraphImporter().importGraph(
      ForeignGraph(nodes: nodes, edges: edges), name: "g", file: "g.json")
    #expect(notes.filter { $0.message.contains("does not derive") }.count == 2)
    #expect(graph.entity(withID: "n42")?.attributes["label_2"] == .integer(42))
    #expect(graph.entity(withID: "n42")?.label == "n42")
    #expect(graph.relations.allSatisfy { $0.attributes["support_2"] == .string("high") })
  }

  @Test func undeclaredEndpointsMakeOneNote() throws {
    let edges = ["x", "y", "z"].map { ForeignGraph.Link(id: nil, source: "a", target: $0) }
    let (graph, notes) = try GraphImporter().importGraph(
      ForeignGraph(nodes: [.init(id: "a")], edges: edges), name: "g", file: "g.json")
    #expect(graph.entities.map(\.id) == ["a", "x", "y", "z"])
    #expect(
      notes.map(\.message) == [
        "edge endpoint 'x' (and 2 more) is not a declared node; they were added as nodes"
      ])
  }

  /// A uniform column moves into the model whole; a column that mixes types in a row becomes
  /// strings, as when values were added one by one.
  @Test func mixedColumnsBecomeStringsAndUniformOnesKeepTheirType() throws {
    let text = #"{"nodes": [{"id": "a", "m": 1, "u": 2.5}, {"id": "b", "m": "x", "u": 1.0}]}"#
    let (graph, _) = try GraphInput.read(bytes: Array(text.utf8), file: "m.json")
    #expect(graph.entity(withID: "a")?.attributes["m"] == .string("1"))
    #expect(graph.entity(withID: "b")?.attributes["m"] == .string("x"))
    #expect(graph.entity(withID: "a")?.attributes["u"] == .double(2.5))
  }

  @Test func aMappedFileReadsAsItsBytesAndSurvivesReleasedPages() throws {
    var template = Array("/tmp/newsgraph-mapped-XXXXXX".utf8CString)
    let descriptor = mkstemp(&template)
    #expect(descriptor >= 0)
    let path = String(cString: template)
    defer { unlink(path) }
    let text =
      #"{"directed": true, "nodes": [{"id": "a", "label": "Ä"}], "edges": [{"source": "a", "target": "b", "key": "k"}]}"#
    let bytes = Array(text.utf8) + Array(repeating: UInt8(ascii: " "), count: 20_000)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    let seen = try InputFile.withBytes(atPath: path) { buffer, release -> [UInt8] in
      #expect(release != nil)
      release?(buffer.count)
      return Array(buffer)
    }
    #expect(seen == bytes)
    let (mapped, mappedNotes) = try GraphInput.read(contentsOf: path)
    let (copied, copiedNotes) = try GraphInput.read(bytes: bytes, file: path)
    #expect(mapped.entities.map(\.label) == copied.entities.map(\.label))
    #expect(mapped.relations.map(\.id) == ["k"] && copied.relations.map(\.id) == ["k"])
    #expect(mappedNotes.map(\.message) == copiedNotes.map(\.message))
  }

  /// Ids derived from an edge's content are built on bytes; they are the ids the documented
  /// formula gives (`StableID.derived` of source, target and the sorted `name=type:value`s).
  @Test func derivedEdgeIDsFollowTheDocumentedContent() throws {
    let attributes: [(name: String, value: AttributeValue)] = [
      ("w", .double(0.5)), ("Ärger", .string("é \u{1F}")), ("n", .integer(-3)),
      ("ok", .boolean(true)),
    ]
    let edges = [
      ForeignGraph.Link(id: nil, source: "a b", target: "a", attributes: attributes),
      ForeignGraph.Link(id: "0", source: "a", target: "a b"),
      ForeignGraph.Link(id: "0", source: "a", target: "a b"),
    ]
    let (graph, _) = try GraphImporter().importGraph(
      ForeignGraph(nodes: [.init(id: "a"), .init(id: "a b")], edges: edges), name: "g",
      file: "g.json")
    let separator = "\u{1F}"
    var content = "a b" + separator + "a" + separator + "attributes"
    for (name, value) in attributes.sorted(by: { $0.name.precedesByScalars($1.name) }) {
      content += separator + name + "=" + value.type.rawValue + ":" + value.lexicalForm
    }
    let keyed = StableID.derived(
      from: "a" + separator + "a b" + separator + "key" + separator + "0")
    #expect(
      Set(graph.relations.map(\.id)) == [StableID.derived(from: content), keyed, keyed + "-2"])
  }
}
