/// A plain-text dump of the graph's property table: one line per element and per value.
///
/// It is the golden format for extraction tests and the reference the interoperability tests
/// compare every reader's result with, so it is deliberately trivial to parse:
///
///     graph  <name>  directed|undirected
///     G      <column>  <type>  <value>
///     node   <id>
///     N      <id>  <column>  <type>  <value>
///     edge   <id>  <source>  <target>
///     E      <id>  <column>  <type>  <value>
///
/// Fields are separated by one TAB. Columns are the safe names the files carry. In names and
/// values `\` is written `\\` and every scalar outside printable ASCII as `\u{HEX}`, so a
/// line is ASCII and NFC/NFD twins stay visibly apart. Doubles use `NaN`, `Infinity`,
/// `-Infinity` and otherwise Swift's shortest round-trip form.
public struct TextDumpSerializer: GraphSerializer {
  public init() {}

  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    let table = PropertyTable(graph)
    sink.write("graph\t\(Self.escape(graph.name))\t\(graph.isDirected ? "directed" : "undirected")\n")
    emit("G", id: nil, keys: graph.schema.graphKeys, row: table.graphRow, to: sink)
    for (row, entity) in graph.entities.enumerated() {
      sink.write("node\t\(entity.id)\n")
      emit("N", id: entity.id, keys: graph.schema.nodeKeys, row: table.nodeRow(row), to: sink)
    }
    for (row, relation) in graph.relations.enumerated() {
      sink.write("edge\t\(relation.id)\t\(relation.source)\t\(relation.target)\n")
      emit("E", id: relation.id, keys: graph.schema.edgeKeys, row: table.edgeRow(row), to: sink)
    }
  }

  private func emit(
    _ tag: String, id: String?, keys: [AttributeKey], row: [AttributeValue?], to sink: ByteSink
  ) {
    for (key, value) in zip(keys, row) {
      guard let value else { continue }
      let prefix = id.map { "\(tag)\t\($0)" } ?? tag
      sink.write("\(prefix)\t\(key.safeName)\t\(key.type.rawValue)\t\(Self.escape(value.lexicalForm))\n")
    }
  }

  public static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar == "\\" {
        out += "\\\\"
      } else if scalar.value >= 0x20 && scalar.value < 0x7F {
        out.unicodeScalars.append(scalar)
      } else {
        out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      }
    }
    return out
  }
}
