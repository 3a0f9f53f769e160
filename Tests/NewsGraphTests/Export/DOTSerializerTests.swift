import NewsGraph
import NewsGraphTestSupport
import Testing

/// The DOT writer on graphs built in code; Graphviz itself judges the output in
/// NewsGraphInteropTests/DOTInteropTests.
@Suite struct DOTSerializerTests {
  let ontology: Ontology

  init() throws { ontology = try RepositoryPaths.ontology() }

  func dot(_ graph: KnowledgeGraph) throws -> String {
    try DOTSerializer(ontology: ontology).serialize(graph)
  }

  /// The statements of a DOT file, as the lexer sees them: one per line.
  func statements(_ text: String) throws -> [[DOTToken]] {
    try text.split(separator: "\n").map { try DOTLexer.tokens(String($0)) }
  }

  /// A statement's attributes, name → token, in order.
  func attributes(_ statement: [DOTToken]) -> [(name: String, value: DOTToken)] {
    var result: [(String, DOTToken)] = []
    var index = 0
    while index + 2 < statement.count {
      if statement[index + 1] == .symbol("=") {
        let name: String
        switch statement[index] {
        case .word(let word): name = word
        case .quoted(let text, _): name = text
        default: name = "?"
        }
        result.append((name, statement[index + 2]))
        index += 3
      } else {
        index += 1
      }
    }
    return result
  }

  func nodeStatement(_ id: String, in text: String) throws -> [DOTToken]? {
    try statements(text).first {
      $0.first == .quoted(id, pieces: [Array(id.utf8)]) && $0.count > 1 && $0[1] == .symbol("[")
    }
  }

  func value(_ name: String, of statement: [DOTToken]) -> String? {
    attributes(statement).first { $0.name == name }?.value.quotedText
  }

  @Test func hostileGraphMatchesItsGolden() throws {
    Golden.check(try dot(try HostileGraph.make()), named: "hostile.dot")
  }

  @Test func theSameGraphGivesTheSameBytes() throws {
    let graph = try HostileGraph.make()
    let first = try dot(graph)
    #expect(try dot(try HostileGraph.make()) == first)
    let reordered = try KnowledgeGraph(
      name: graph.name, entities: graph.entities.reversed(), relations: graph.relations.reversed(),
      attributes: graph.attributes)
    #expect(Array(try dot(reordered).utf8) == Array(first.utf8))
  }

  @Test func theFileOpensWithDigraphNeverStrictAndEndsWithANewline() throws {
    let text = try dot(try HostileGraph.make())
    #expect(text.hasPrefix("digraph \"hostile <graph> &amp; \\\"friends\\\"\" {\n"))
    #expect(!text.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(text.hasSuffix("\n}\n"))
    #expect(try statements(text).allSatisfy { $0.first != .word("strict") })
  }

  @Test func undirectedGraphsUseGraphAndDoubleDashes() throws {
    let graph = try KnowledgeGraph(
      name: "u", entities: [Entity(id: "a", type: "State", label: "A")],
      relations: [Relation(id: "r", source: "a", target: "a", type: "meets")], isDirected: false)
    let text = try dot(graph)
    #expect(text.hasPrefix("graph \"u\" {\n"))
    #expect(text.contains("  \"a\" -- \"a\" [id=\"r\""))
    #expect(!text.contains("->"))
  }

  /// Every id and value is a quoted string: the only bare words are the statement keywords
  /// and attribute names, so keywords, `a:b`, `1abc` or `-1.5` can never be misread.
  @Test func everyIDAndValueIsQuoted() throws {
    let graph = try KnowledgeGraph(
      name: "graph",
      entities: [
        Entity(id: "1abc", type: "State", label: "a:b"),
        Entity(id: "node", type: "State", label: "Edge", aliases: ["strict"]),
        Entity(id: "-1.5", type: "State", label: "graph"),
      ],
      relations: [Relation(id: "subgraph", source: "1abc", target: "node", type: "edge")])
    let text = try dot(graph)
    for statement in try statements(text) {
      for (index, token) in statement.enumerated() {
        guard case .word(let word) = token else { continue }
        let next = index + 1 < statement.count ? statement[index + 1] : nil
        if index == 0 {
          #expect(["digraph", "graph", "node", "edge", "}"].contains(word), "bare \(word)")
        } else {
          #expect(next == .symbol("="), "bare value \(word)")
        }
      }
    }
    #expect(text.contains("  \"1abc\" [label=\"a:b\""))
    #expect(text.contains("  \"node\" [label=\"Edge\""))
    #expect(text.contains("  \"-1.5\" [label=\"graph\""))
    #expect(text.contains("  \"1abc\" -> \"node\" [id=\"subgraph\" label=\"edge\""))
    #expect(text.hasPrefix("digraph \"graph\" {"))
  }

  @Test func nodesCarryClassDisplayHintsFromTheOntology() throws {
    let text = try dot(try HostileGraph.make())
    let state = try #require(ontology.entityClass(named: "State"))
    let node = try #require(try nodeStatement("node", in: text))
    #expect(value("shape", of: node) == state.displayShape)
    #expect(value("fillcolor", of: node) == state.displayColor)
    // `Ship` is no class of the ontology: it is drawn as an `Entity`.
    let entity = ontology.term("Entity")
    let ship = try #require(try nodeStatement("long", in: text))
    #expect(value("shape", of: ship) == entity.displayShape)
    #expect(value("fillcolor", of: ship) == entity.displayColor)
  }

  @Test func longLabelsAreShortenedInThePictureButWholeInTheData() throws {
    let text = try dot(try HostileGraph.make())
    let node = try #require(try nodeStatement("long", in: text))
    let label = try #require(
      value("label", of: node).flatMap(DOTString.unescaped)?.withDecodedAmpersands)
    #expect(label.count == DOTSerializer.displayLabelLength)
    #expect(label.hasSuffix("…"))
    #expect(!label.contains("\n"))
    let data = try #require(value("data_label", of: node).flatMap(DOTString.unescaped))
    #expect(data.unicodeScalars.elementsEqual(HostileGraph.long.unicodeScalars))
    let tooltip = try #require(value("tooltip", of: node).flatMap(DOTString.unescaped))
    #expect(tooltip.hasSuffix("\ntype: Ship"))
  }

  /// The picture's label is cut by characters, so an accent stays on its letter, and line
  /// breaks become spaces.
  @Test func shorteningKeepsCharactersWhole() throws {
    let accents = String(repeating: "e\u{301}", count: 50)
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(id: "a", type: "State", label: "a\r\nb\tc\rd"),
        Entity(id: "b", type: "State", label: accents),
      ], relations: [])
    let text = try dot(graph)
    #expect(try nodeStatement("a", in: text).flatMap { value("label", of: $0) } == "a b c d")
    let label = try #require(try nodeStatement("b", in: text).flatMap { value("label", of: $0) })
    #expect(label.unicodeScalars.count == 39 * 2 + 1)
    #expect(label.hasSuffix("e\u{301}…"))
  }

  @Test func tooltipsHoldTheFullLabelTypeAndAliases() throws {
    let text = try dot(try HostileGraph.make())
    let node = try #require(try nodeStatement("markup", in: text))
    let tooltip = try #require(value("tooltip", of: node).flatMap(DOTString.unescaped))
    #expect(
      tooltip
        == HostileGraph.markup.withEscapedAmpersands
        + "\ntype: Person\naliases: Tom|Jerry, \"TJ\", " + HostileGraph.trailingBackslash)
  }

  /// Data never takes a Graphviz attribute's name: `weight`, `color`, `URL`, `pos` get `data_`.
  @Test func dataAttributesArePrefixed() throws {
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(
          id: "a", type: "Person", label: "A",
          attributes: [
            "weight": .double(2), "color": .string("red"), "pos": .string("1,2!"),
            "URL": .string("javascript:x"), "x-y": .integer(1), "date of birth": .string("d"),
          ])
      ],
      relations: [
        Relation(
          id: "r", source: "a", target: "a", type: "meets", attributes: ["weight": .integer(5)])
      ],
      attributes: ["label": .string("graph data")])
    let text = try dot(graph)
    let drawing: Set<String> = [
      "label", "shape", "fillcolor", "tooltip", "id", "style", "color", "fontcolor",
    ]
    let all = try statements(text)
    for statement in all.dropFirst(4) {
      for (name, _) in attributes(statement) {
        #expect(drawing.contains(name) || name.hasPrefix(DOTSerializer.dataPrefix), "\(name)")
      }
    }
    let node = try #require(try nodeStatement("a", in: text))
    #expect(value("data_weight", of: node) == "2.0")
    #expect(value("data_color", of: node) == "red")
    #expect(value("data_URL", of: node) == "javascript:x")
    #expect(value("data_x-y", of: node) == "1")
    #expect(value("data_date_of_birth", of: node) == "d")
    #expect(value("color", of: node) == nil)
    #expect(text.contains(" \"data_x-y\"=\"1\""))
    #expect(!text.contains(" URL="))
    #expect(text.contains(" data_weight=\"5\"]\n"))
    let graphStatement = try #require(all.first { $0.first == .word("graph") })
    #expect(value("data_name", of: graphStatement) == "g")
    #expect(value("data_label", of: graphStatement) == "graph data")
  }

  /// Columns follow the schema: reserved columns first, then the others by name.
  @Test func dataAttributesFollowSchemaOrder() throws {
    let graph = try HostileGraph.make()
    let text = try dot(graph)
    let node = try #require(try nodeStatement("markup", in: text))
    let names = attributes(node).map(\.name).filter { $0.hasPrefix(DOTSerializer.dataPrefix) }
    let table = PropertyTable(graph).nodeRow(try #require(graph.entityRow(withID: "markup")))
    let expected = zip(graph.schema.nodeKeys, table).compactMap { key, value in
      value.map { _ in DOTSerializer.dataPrefix + key.safeName }
    }
    #expect(names == expected)
  }

  @Test func typedValuesAreWrittenByTheirLexicalForm() throws {
    let text = try dot(try HostileGraph.make())
    let cafe = try #require(try nodeStatement("cafe-nfc", in: text))
    #expect(value("data_weight", of: cafe) == "NaN")
    #expect(value("data_mentions", of: cafe) == "9007199254740993")
    #expect(value("data_confirmed", of: cafe) == "false")
    let markup = try #require(try nodeStatement("markup", in: text))
    #expect(value("data_weight", of: markup) == "-0.0")
    #expect(value("data_date_of_birth", of: markup) == "1940-02-10")
    #expect(
      value("data_aliases", of: markup).flatMap(DOTString.unescaped)
        == #"["Tom|Jerry","\"TJ\"","ends with a backslash\\"]"#)
    let node = try #require(try nodeStatement("node", in: text))
    #expect(value("data_weight", of: node) == "-Infinity")
  }

  @Test func edgesShowTypeQuantityEvidenceAndModality() throws {
    let text = try dot(try HostileGraph.make())
    let edges = try statements(text).filter { $0.contains(.symbol("->")) }
    func edge(_ id: String) throws -> [DOTToken] {
      try #require(edges.first { value("id", of: $0) == id })
    }
    let asserted = try edge("supply-1")
    #expect(value("label", of: asserted) == "supplies Edge ×more than 300")
    #expect(
      value("tooltip", of: asserted).flatMap(DOTString.unescaped)
        == "line one\nline two\nline three\nline four\ttabbed")
    #expect(value("style", of: asserted) == nil)
    let denied = try edge("supply-2")
    #expect(value("style", of: denied) == "dashed")
    #expect(value("color", of: denied) == DOTSerializer.deniedColor)
    #expect(value("label", of: denied)?.hasSuffix(" [denied]") == true)
    let noEvidence = try edge("role")
    #expect(value("tooltip", of: noEvidence) == "holdsRole")
    let planned = try KnowledgeGraph(
      name: "g", entities: [Entity(id: "a", type: "State", label: "A")],
      relations: [
        Relation(
          id: "r", source: "a", target: "a", type: "supplies",
          attributes: ["modality": .string("planned")])
      ])
    let plannedEdge = try #require(
      try statements(try dot(planned)).first { $0.contains(.symbol("->")) })
    #expect(value("style", of: plannedEdge) == "dashed")
    #expect(value("label", of: plannedEdge) == "supplies [planned]")
    #expect(value("color", of: plannedEdge) == nil)
  }

  /// The legend is the graph's HTML-like label, well-formed XML even when a class name holds
  /// markup; it adds no node.
  @Test func theLegendIsWellFormedXMLAndAddsNoNode() throws {
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(id: "a", type: "<&>\"Ship'", label: "A"),
        Entity(id: "b", type: "Person", label: "B"),
        Entity(id: "c", type: "State", label: "C"),
        Entity(id: "d", type: "Person", label: "D"),
        Entity(id: "e", type: "Bad\u{1}\r\nType", label: "E"),
      ],
      relations: [
        Relation(
          id: "r", source: "a", target: "b", type: "meets",
          attributes: ["modality": .string("denied")])
      ])
    let text = try dot(graph)
    let all = try statements(text)
    let graphStatement = try #require(all.first { $0.first == .word("graph") })
    let legendToken = try #require(attributes(graphStatement).first { $0.name == "label" }?.value)
    guard case .html(let legend) = legendToken else {
      Issue.record("the graph label is not an HTML-like string")
      return
    }
    let read = DOTLegendReader.cells(of: legend)
    #expect(read.error == nil, "the legend is not well-formed XML: \(read.error ?? "")")
    #expect(read.root == "table")
    let cells = try #require(read.cells)
    let person = try #require(ontology.entityClass(named: "Person"))
    let state = try #require(ontology.entityClass(named: "State"))
    let entityColor = ontology.term("Entity").displayColor
    typealias Cell = DOTLegendReader.Cell
    #expect(
      cells == [
        Cell(text: "Entity classes"),
        Cell(text: "", color: person.displayColor), Cell(text: person.label ?? ""),
        Cell(text: "", color: state.displayColor), Cell(text: state.label ?? ""),
        Cell(text: "", color: entityColor), Cell(text: "<&>\"Ship'"),
        Cell(text: "", color: entityColor), Cell(text: "Bad\u{FFFD} Type"),
        Cell(text: "dashed edge: not asserted"), Cell(text: "grey edge: denied or negated"),
      ])
    let nodes = all.filter {
      if case .quoted = $0.first, $0.count > 1, $0[1] == .symbol("[") { true } else { false }
    }
    #expect(nodes.count == graph.entities.count)
  }

  @Test func aGraphWithoutEntitiesHasNoLegend() throws {
    let text = try dot(try KnowledgeGraph(name: "empty", entities: [], relations: []))
    #expect(!text.contains("label=<"))
    #expect(text.hasSuffix("\n}\n"))
  }

  /// Canonically equivalent labels stay apart, code point for code point.
  @Test func nfcAndNFDTwinsStayApart() throws {
    let text = try dot(try HostileGraph.make())
    let nfc = try #require(try nodeStatement("cafe-nfc", in: text))
    let nfd = try #require(try nodeStatement("cafe-nfd", in: text))
    #expect(
      value("data_label", of: nfc)?.unicodeScalars.elementsEqual(
        HostileGraph.cafeNFC.unicodeScalars) == true)
    #expect(
      value("data_label", of: nfd)?.unicodeScalars.elementsEqual(
        HostileGraph.cafeNFD.unicodeScalars) == true)
  }

  /// The writer is safe on graphs that were not cleaned for export.
  @Test func forbiddenCharactersAreReplaced() throws {
    let text = try dot(try HostileGraph.make())
    #expect(!text.unicodeScalars.contains { XMLText.isForbidden($0) && $0 != "\t" })
    let controls = try #require(try nodeStatement("controls", in: text))
    #expect(
      value("data_label", of: controls)
        == "bell\u{FFFD} null\u{FFFD} escape\u{FFFD} nonchar\u{FFFD}\u{FFFD} end")
  }

  /// Graphviz decodes HTML entities in labels and tooltips; they are written `&amp;` there, so
  /// `&#1;` stays text and cannot become a control character in SVG.
  @Test func ampersandsInDisplayTextAreEscaped() throws {
    let graph = try KnowledgeGraph(
      name: "&#1;",
      entities: [
        Entity(id: "a", type: "State", label: "&#1; &lt;", attributes: ["note": .string("&#1;")])
      ],
      relations: [])
    let text = try dot(graph)
    #expect(text.hasPrefix("digraph \"&amp;#1;\" {"))
    let node = try #require(try nodeStatement("a", in: text))
    #expect(value("label", of: node) == "&amp;#1; &amp;lt;")
    #expect(value("tooltip", of: node) == "&amp;#1; &amp;lt;\\ntype: State")
    #expect(value("data_label", of: node) == "&#1; &lt;")
    #expect(value("data_note", of: node) == "&#1;")
  }
}

extension String {
  /// Display text as Graphviz shows it: `&amp;` as `&`.
  fileprivate var withDecodedAmpersands: String {
    let bytes = Array(utf8)
    let entity = Array("&amp;".utf8)
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index...].starts(with: entity) {
        out.append(UInt8(ascii: "&"))
        index += entity.count
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Display text as written: `&` as `&amp;`, which Graphviz shows as `&`.
  fileprivate var withEscapedAmpersands: String {
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar == "&" {
        out.append(contentsOf: "&amp;".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
