import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

/// Real tools judge NewsGraph's GraphML: xmllint against both GraphML schemas, NetworkX and
/// igraph value by value against the reference dump (Tests/Interop/check_graphml.py), and
/// NewsGraph's own reader on a file NetworkX wrote.
@Suite struct GraphMLInteropTests {
  static let graphs = ["hostile", "demonstration", "seeds"]

  func graph(_ name: String) throws -> KnowledgeGraph {
    switch name {
    case "hostile": try HostileGraph.make()
    case "seeds": try SeedGraph.make()
    default: try DemonstrationGraph.make()
    }
  }

  /// `xmllint --nonet --noout --schema …` with the offline catalog; nil when the schemas are
  /// not found (the helper prints a notice, or fails under CI).
  func validate(_ path: String, schema: String) throws -> Interop.Result? {
    guard let folder = Interop.graphMLSchemaFolder() else { return nil }
    return try Interop.run(
      "xmllint", ["--nonet", "--noout", "--schema", "\(folder)/\(schema)", path],
      environment: ["XML_CATALOG_FILES": "\(folder)/catalog.xml"])
  }

  @Test(arguments: graphs)
  func plainGraphMLValidatesAgainstBothSchemas(name: String) throws {
    let (output, _) = try Interop.export(graph(name), as: .graphML)
    for schema in ["graphml.xsd", "1.0/graphml.xsd"] {
      guard let result = try validate(output, schema: schema) else { return }
      Interop.expectSuccess(result, "xmllint --schema \(schema) on the \(name) graph")
      #expect(result.stderr.contains("validates"))
    }
  }

  /// The control: the schemas do reject something, namely the yFiles extension.
  @Test func theSchemasRejectTheYEdExtension() throws {
    let (output, _) = try Interop.export(
      DemonstrationGraph.make(), as: .graphML, options: ExportOptions(graphMLProfile: .yed))
    guard let result = try validate(output, schema: "1.0/graphml.xsd") else { return }
    #expect(result.status == 3, "expected 'fails to validate':\n\(result.stderr.prefix(2000))")
  }

  @Test(arguments: graphs)
  func networkXAndIgraphReadEveryValue(name: String) throws {
    let (output, dump) = try Interop.export(graph(name), as: .graphML)
    Interop.expectSuccess(
      try Interop.python("check_graphml.py", [output, dump]), "check_graphml.py (\(name))")
  }

  @Test(arguments: graphs)
  func yEdProfileIsWellFormedAndNetworkXReadsEveryValue(name: String) throws {
    let (output, dump) = try Interop.export(
      graph(name), as: .graphML, options: ExportOptions(graphMLProfile: .yed))
    Interop.expectSuccess(
      try Interop.run("xmllint", ["--nonet", "--noout", output]), "xmllint --noout (yEd)")
    Interop.expectSuccess(
      try Interop.python("check_graphml.py", [output, dump, "--yed"]),
      "check_graphml.py --yed (\(name))")
  }

  /// `newsgraph convert` of a file NetworkX wrote (keys `d0`, `d1`, …, graph data after the
  /// edges, `True`, `nan`, `inf`): every value comes back. NetworkX drops the keys' `<desc>`
  /// and has no dates, so date columns come back as ISO strings under their safe names. Its
  /// writer also puts CR raw into text, where XML reads it back as LF, so the hostile graph
  /// goes through without its CRs.
  @Test(arguments: graphs)
  func aGraphMLFileNetworkXWroteConverts(name: String) throws {
    let source = try Self.replacingCarriageReturns(graph(name))
    let (output, dump) = try Interop.export(source, as: .graphML)
    let copy = (output as NSString).deletingLastPathComponent + "/networkx.graphml"
    Interop.expectSuccess(
      try Interop.python("check_graphml.py", [output, dump, "--networkx-copy", copy]),
      "NetworkX copy")
    guard FileManager.default.fileExists(atPath: copy) else { return }
    let written = try String(contentsOfFile: copy, encoding: .utf8)
    #expect(written.contains("<key id=\"d0\""), "not NetworkX's own key ids")
    let (converted, _) = try GraphInput.read(contentsOf: copy)
    let expected = Self.datesAsStrings(try String(contentsOfFile: dump, encoding: .utf8))
    let actual = try TextDumpSerializer().serialize(converted)
    #expect(actual.utf8.elementsEqual(expected.utf8), "the converted NetworkX file differs")
  }

  /// The dump with the type of every date value (the field before the value on `G`, `N` and
  /// `E` lines) read as string; a column may itself be named "date".
  static func datesAsStrings(_ dump: String) -> String {
    dump.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      let typeField = fields.first == "G" ? 2 : 3
      if ["G", "N", "E"].contains(fields.first ?? ""), fields.count > typeField + 1,
        fields[typeField] == "date"
      {
        fields[typeField] = "string"
      }
      return fields.joined(separator: "\t")
    }.joined(separator: "\n")
  }

  /// The graph with every CR (and CR LF) in its strings turned into LF.
  static func replacingCarriageReturns(_ graph: KnowledgeGraph) throws -> KnowledgeGraph {
    func fix(_ text: String) -> String {
      var scalars = String.UnicodeScalarView()
      var previousWasCR = false
      for scalar in text.unicodeScalars {
        if scalar == "\r" {
          scalars.append("\n")
        } else if !(scalar == "\n" && previousWasCR) {
          scalars.append(scalar)
        }
        previousWasCR = scalar == "\r"
      }
      return String(scalars)
    }
    func fix(_ attributes: [String: AttributeValue]) -> [String: AttributeValue] {
      attributes.mapValues { value in value.stringValue.map { .string(fix($0)) } ?? value }
    }
    return try KnowledgeGraph(
      name: fix(graph.name),
      entities: graph.entities.map {
        Entity(
          id: $0.id, type: $0.type, label: fix($0.label), aliases: $0.aliases.map(fix),
          wikidata: $0.wikidata, attributes: fix($0.attributes))
      },
      relations: graph.relations.map {
        Relation(
          id: $0.id, source: $0.source, target: $0.target, type: $0.type,
          attributes: fix($0.attributes),
          provenance: $0.provenance.map {
            Provenance(
              document: fix($0.document), sentence: $0.sentence, start: $0.start, end: $0.end,
              evidence: fix($0.evidence))
          })
      },
      attributes: fix(graph.attributes), isDirected: graph.isDirected)
  }
}
