import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The DOT, node-link JSON and dump writers read the model's columns on every core. On a graph
/// large enough for several waves of `ParallelRows` chunks, their node and edge sections must
/// be, byte for byte, what the row values (`Entity`, `Relation`, `PropertyTable.nodeRow`) give
/// through the `String` API, written one row after another.
@Suite struct ColumnRowsTests {
  static let rowCount = ParallelRows.chunkSize * 2 + 1234

  static let texts = [
    "plain", HostileGraph.markup, HostileGraph.lines, HostileGraph.forbidden, HostileGraph.scripts,
    HostileGraph.cafeNFC, HostileGraph.cafeNFD, HostileGraph.trailingBackslash,
    HostileGraph.punctuation, String(repeating: "Ω long label ", count: 5), "a\r",
  ]

  static let graph: KnowledgeGraph = {
    let types = ["Person", "Organization", "Ship", "Not A Class", "State"]
    let entities = (0..<rowCount).map { row in
      var attributes: [String: AttributeValue] = [
        "weight": .double(row % 7 == 0 ? .nan : Double(row) / 8),
        "mentions": .integer(Int64(row) - 500),
      ]
      if row % 3 == 0 { attributes["note"] = .string(texts[row % texts.count]) }
      if row % 5 == 0 {
        attributes["born"] = .date(CalendarDate(year: 1900 + row % 100, month: 1, day: 2)!)
      }
      if row % 4 == 1 { attributes["confirmed"] = .boolean(row % 8 == 1) }
      return Entity(
        id: "n\(row)", type: types[row % types.count], label: texts[row % texts.count] + " \(row)",
        aliases: row % 2 == 0 ? [] : [texts[(row + 1) % texts.count], "alias\r"],
        wikidata: row % 3 == 1 ? "Q\(row)" : nil, attributes: attributes)
    }
    let modalities: [String?] = ["asserted", "denied", "planned", nil, "negated"]
    let relations = (0..<rowCount).map { row in
      var attributes: [String: AttributeValue] = ["confidence": .double(Double(row) / 3)]
      if let modality = modalities[row % modalities.count] {
        attributes["modality"] = .string(modality)
      }
      if row % 3 == 0 { attributes["quantity"] = .integer(Int64(row)) }
      if row % 6 == 0 { attributes["quantity_qualifier"] = .string("more than") }
      if row % 4 == 0 {
        attributes["weapon"] = .string(row % 8 == 0 ? "n\(row / 2)" : "unknown & co")
      }
      if row % 9 == 0 { attributes["role"] = .string(texts[row % texts.count]) }
      let entries = (0..<(row % 3)).map { entry in
        Provenance(
          document: "doc \(row).txt", sentence: entry, start: row, end: row + entry,
          evidence: texts[(row + entry) % texts.count])
      }
      return Relation(
        id: "r\(row)", source: "n\((row * 7) % rowCount)", target: "n\((row * 13) % rowCount)",
        type: row % 2 == 0 ? "supplies" : "meets", attributes: attributes, provenance: entries)
    }
    return try! KnowledgeGraph(name: "rows", entities: entities, relations: relations)
  }()

  private static func write(_ serializer: some GraphSerializer) throws -> [UInt8] {
    let sink = ByteSink()
    try serializer.write(graph, to: sink)
    try sink.finish()
    return sink.bytes
  }

  @Test func dotRowsAreThoseOfTheRowValues() throws {
    let ontology = try RepositoryPaths.ontology()
    let output = try Self.write(DOTSerializer(ontology: ontology))
    let table = PropertyTable(Self.graph)
    let entityHints = ontology.term("Entity")
    var expected: [UInt8] = []
    func attribute(_ name: String, _ value: String, _ layer: DOTString.Layer = .data) {
      expected.append(UInt8(ascii: " "))
      DOTString.appendName(name, to: &expected)
      expected.append(UInt8(ascii: "="))
      DOTString.append(value, to: &expected, layer: layer)
    }
    func data(_ keys: [AttributeKey], _ row: [AttributeValue?]) {
      for (key, value) in zip(keys, row) where value != nil {
        attribute("data_" + key.safeName, value!.lexicalForm)
      }
    }
    for (row, entity) in Self.graph.entities.enumerated() {
      let hints = ontology.entityClass(named: entity.type) ?? entityHints
      expected.append(contentsOf: "  ".utf8)
      DOTString.append(entity.id, to: &expected)
      expected.append(contentsOf: " [label=".utf8)
      DOTString.append(DOTSerializer.shortened(entity.label), to: &expected, layer: .display)
      attribute("shape", hints.displayShape ?? entityHints.displayShape!)
      attribute("fillcolor", hints.displayColor ?? entityHints.displayColor!)
      attribute("tooltip", DOTReferenceLabels.tooltip(of: entity), .display)
      data(Self.graph.schema.nodeKeys, table.nodeRow(row))
      expected.append(contentsOf: "]\n".utf8)
    }
    var labels: [String: String] = [:]
    for entity in Self.graph.entities { labels[entity.id] = entity.label }
    for (row, relation) in Self.graph.relations.enumerated() {
      expected.append(contentsOf: "  ".utf8)
      DOTString.append(relation.source, to: &expected)
      expected.append(contentsOf: " -> ".utf8)
      DOTString.append(relation.target, to: &expected)
      expected.append(contentsOf: " [id=".utf8)
      DOTString.append(relation.id, to: &expected)
      let label = DOTSerializer.shortened(DOTReferenceLabels.edgeLabel(of: relation, labels: labels))
      attribute("label", label, .display)
      attribute("tooltip", relation.provenance.first?.evidence ?? relation.type, .display)
      switch DOTReferenceLabels.modalityStyle(of: relation) {
      case .asserted: break
      case .hedged: attribute("style", "dashed")
      case .denied:
        attribute("style", "dashed")
        attribute("color", DOTSerializer.deniedColor)
        attribute("fontcolor", DOTSerializer.deniedColor)
      }
      data(Self.graph.schema.edgeKeys, table.edgeRow(row))
      expected.append(contentsOf: "]\n".utf8)
    }
    expected.append(contentsOf: "}\n".utf8)
    #expect(output.count > expected.count)
    #expect(Array(output.suffix(expected.count)) == expected)
  }

  @Test func jsonRowsAreThoseOfTheRowValues() throws {
    let output = try Self.write(NodeLinkJSONSerializer())
    let table = PropertyTable(Self.graph)
    let schema = Self.graph.schema
    var expected = ",\"nodes\":["
    func members(_ keys: [AttributeKey], _ row: [AttributeValue?]) {
      for (key, value) in zip(keys, row) {
        guard let value else { continue }
        expected += ","
        JSONText.appendQuoted(key.name, to: &expected)
        expected += ":"
        switch value {
        case .string(let text): JSONText.appendQuoted(text, to: &expected)
        case .integer(let number): expected += String(number)
        case .double(let number): expected += NodeLinkJSONSerializer.doubleText(number)
        case .boolean(let flag): expected += flag ? "true" : "false"
        case .date(let date): expected += "\"\(date)\""
        }
      }
      expected += "}"
    }
    for (row, entity) in Self.graph.entities.enumerated() {
      expected += row == 0 ? "\n{\"id\":" : ",\n{\"id\":"
      JSONText.appendQuoted(entity.id, to: &expected)
      members(schema.nodeKeys, table.nodeRow(row))
    }
    expected += "\n],\"edges\":["
    for (row, relation) in Self.graph.relations.enumerated() {
      expected += row == 0 ? "\n{\"source\":" : ",\n{\"source\":"
      JSONText.appendQuoted(relation.source, to: &expected)
      expected += ",\"target\":"
      JSONText.appendQuoted(relation.target, to: &expected)
      expected += ",\"key\":"
      JSONText.appendQuoted(relation.id, to: &expected)
      members(schema.edgeKeys, table.edgeRow(row))
    }
    expected += "\n]}\n"
    let expectedBytes = Array(expected.utf8)
    #expect(output.count > expectedBytes.count)
    #expect(Array(output.suffix(expectedBytes.count)) == expectedBytes)
  }

  /// The dump's escape, scalar by scalar: `\` doubled, printable ASCII kept, others `\u{HEX}`.
  private static func escaped(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
      scalar == "\\"
        ? "\\\\"
        : (0x20..<0x7F).contains(scalar.value)
          ? String(scalar)
          : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }.joined()
  }

  @Test func dumpRowsAreThoseOfTheRowValues() throws {
    let output = try Self.write(TextDumpSerializer())
    let table = PropertyTable(Self.graph)
    let schema = Self.graph.schema
    var expected = ""
    func values(_ tag: String, _ id: String, _ keys: [AttributeKey], _ row: [AttributeValue?]) {
      for (key, value) in zip(keys, row) where value != nil {
        expected += "\(tag)\t\(id)\t\(key.safeName)\t\(key.type.rawValue)\t"
        expected += Self.escaped(value!.lexicalForm) + "\n"
      }
    }
    for (row, entity) in Self.graph.entities.enumerated() {
      expected += "node\t\(entity.id)\n"
      values("N", entity.id, schema.nodeKeys, table.nodeRow(row))
    }
    for (row, relation) in Self.graph.relations.enumerated() {
      expected += "edge\t\(relation.id)\t\(relation.source)\t\(relation.target)\n"
      values("E", relation.id, schema.edgeKeys, table.edgeRow(row))
    }
    let expectedBytes = Array(expected.utf8)
    #expect(output.count > expectedBytes.count)
    #expect(Array(output.suffix(expectedBytes.count)) == expectedBytes)
    #expect(TextDumpSerializer.escape(HostileGraph.scripts) == Self.escaped(HostileGraph.scripts))
  }
}
