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
///
/// Rows are written from the model's columns (ids as bytes, values as lexical-form bytes,
/// escaped per byte), on every core through `ParallelRows`.
public struct TextDumpSerializer: GraphSerializer {
  public init() {}

  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    let table = PropertyTable(graph)
    sink.write(
      "graph\t\(Self.escape(graph.name))\t\(graph.isDirected ? "directed" : "undirected")\n")
    for (key, value) in zip(graph.schema.graphKeys, table.graphRow) {
      guard let value else { continue }
      sink.write("G\t\(key.safeName)\t\(key.type.rawValue)\t\(Self.escape(value.lexicalForm))\n")
    }
    let entities = graph.entityTable
    let nodeColumns = table.nodeColumns
    let nodeParts = Self.columnParts(graph.schema.nodeKeys)
    try ParallelRows.write(rows: entities.count, to: sink) { rows, chunk in
      var out = ByteSink.stagingBuffer()
      var scratch: [UInt8] = []
      entities.ids.withRows { ids in
        nodeParts.withRows { parts in
          PropertyColumnView.with(nodeColumns) { views in
            for row in rows {
              out.append(contentsOf: "node\t".utf8)
              out.append(contentsOf: ids[row])
              out.append(UInt8(ascii: "\n"))
              Self.appendValues(
                "N\t", id: ids[row], views: views, columns: nodeColumns, parts: parts, row: row,
                to: &out, scratch: &scratch)
              chunk.writeIfFull(&out)
            }
          }
        }
      }
      chunk.write(out)
    }
    let relations = graph.relationTable
    let edgeColumns = table.edgeColumns
    let edgeParts = Self.columnParts(graph.schema.edgeKeys)
    try ParallelRows.write(rows: relations.count, to: sink) { rows, chunk in
      var out = ByteSink.stagingBuffer()
      var scratch: [UInt8] = []
      entities.ids.withRows { entityIDs in
        relations.ids.withRows { ids in
          edgeParts.withRows { parts in
            PropertyColumnView.with(edgeColumns) { views in
              for row in rows {
                out.append(contentsOf: "edge\t".utf8)
                out.append(contentsOf: ids[row])
                out.append(UInt8(ascii: "\t"))
                out.append(contentsOf: entityIDs[relations.sources[row]])
                out.append(UInt8(ascii: "\t"))
                out.append(contentsOf: entityIDs[relations.targets[row]])
                out.append(UInt8(ascii: "\n"))
                Self.appendValues(
                  "E\t", id: ids[row], views: views, columns: edgeColumns, parts: parts,
                  row: row, to: &out, scratch: &scratch)
                chunk.writeIfFull(&out)
              }
            }
          }
        }
      }
      chunk.write(out)
    }
  }

  /// Per key: `\t<safe name>\t<type>\t`, the part of a value line between the id and the value.
  private static func columnParts(_ keys: [AttributeKey]) -> TextColumn {
    TextColumn(keys.map { "\t\($0.safeName)\t\($0.type.rawValue)\t" })
  }

  /// One line `<tag><id>\t<column>\t<type>\t<value>` for each column with a value in `row`.
  private static func appendValues(
    _ tag: StaticString, id: UnsafeBufferPointer<UInt8>,
    views: UnsafeBufferPointer<PropertyColumnView>, columns: [PropertyColumn], parts: TextRows,
    row: Int, to out: inout [UInt8], scratch: inout [UInt8]
  ) {
    for view in views {
      view.withLexicalBytes(row, columns: columns, scratch: &scratch) { value in
        out.append(
          contentsOf: UnsafeBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount))
        out.append(contentsOf: id)
        out.append(contentsOf: parts[view.position])
        appendEscaped(value, to: &out)
        out.append(UInt8(ascii: "\n"))
      }
    }
  }

  public static func escape(_ text: String) -> String {
    var text = text
    var out: [UInt8] = []
    text.withUTF8 { appendEscaped($0, to: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  private static let hexDigits: StaticString = "0123456789ABCDEF"

  /// `escape(_:)` on UTF-8 bytes: printable ASCII other than `\` is copied (in runs), `\`
  /// becomes `\\`, and every other scalar `\u{HEX}` (uppercase hex, no leading zeros).
  static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let count = bytes.count
    var index = 0
    while index < count {
      var runEnd = ByteRuns.skipPlainWords(bytes, from: index) { word in
        ByteRuns.hasByte(below: 0x20, in: word) || word & ByteRuns.highs != 0
          || ByteRuns.hasByte(0x7F, in: word) || ByteRuns.hasByte(0x5C, in: word)
      }
      while runEnd < count {
        let byte = bytes[runEnd]
        guard byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") else { break }
        runEnd += 1
      }
      if runEnd > index {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
        index = runEnd
        if index == count { break }
      }
      let lead = bytes[index]
      if lead == UInt8(ascii: "\\") {
        out.append(contentsOf: #"\\"#.utf8)
        index += 1
        continue
      }
      // Decode one scalar (the column holds valid UTF-8).
      var scalar = UInt32(lead)
      var length = 1
      if lead >= 0xF0 {
        scalar = UInt32(lead & 0x07)
        length = 4
      } else if lead >= 0xE0 {
        scalar = UInt32(lead & 0x0F)
        length = 3
      } else if lead >= 0xC0 {
        scalar = UInt32(lead & 0x1F)
        length = 2
      }
      var next = index + 1
      while next < Swift.min(index + length, count) {
        scalar = scalar << 6 | UInt32(bytes[next] & 0x3F)
        next += 1
      }
      index = next
      out.append(contentsOf: #"\u{"#.utf8)
      var shift = 28
      while shift > 0 && scalar >> UInt32(shift) == 0 { shift -= 4 }
      while shift >= 0 {
        out.append(hexDigits.utf8Start[Int(scalar >> UInt32(shift) & 0xF)])
        shift -= 4
      }
      out.append(UInt8(ascii: "}"))
    }
  }
}
