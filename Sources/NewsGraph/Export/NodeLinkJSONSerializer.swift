/// Writes NetworkX node-link JSON, the shape `json.dumps(nx.node_link_data(G))` has with
/// NetworkX 3.6 defaults, so that `nx.node_link_graph(json.load(f))` returns a MultiDiGraph
/// (or MultiGraph) with every node, edge key and value of the graph:
///
///     {"directed":true,"multigraph":true,"graph":{…},"date_attributes":{…},"nodes":[
///     {"id":"a",…},
///     …
///     ],"edges":[
///     {"source":"a","target":"b","key":"r1",…},
///     …
///     ]}
///
/// - Columns are the `PropertyTable`'s, named by the schema key's `name` (JSON member names can
///   hold any string, so `date of birth` stays as it is; GraphML carries the safe name instead).
///   A value that is nil is simply absent.
/// - `id` (nodes) and `source`, `target`, `key` (edges) are structural: NetworkX overwrites an
///   attribute of that name when writing and drops it when reading. A column with one of these
///   names is written as `id_2` (or the first `_N` suffix not taken in its domain), so its
///   values survive under that name. The rename is one-way: reading the file back gives a
///   column named `id_2`.
/// - Values: strings escaped per RFC 8259, integers in decimal, booleans `true`/`false`,
///   doubles as `NaN`, `Infinity`, `-Infinity` (Python's `json` reads these) or in Swift's
///   shortest round-trip form, which always has a `.` or an exponent so Python reads a float
///   (`1.0`, `-0.0`, `1e+16`). Dates are `YYYY-MM-DD` strings; since JSON has no date type,
///   the top-level member `date_attributes` (`{"node": ["date of birth"], …}`, written only
///   when some column holds dates) names the date columns per domain, so `NodeLinkJSONReader`
///   gives dates back. NetworkX ignores members it does not know.
/// - Output is deterministic (schema key order, entities and relations in id order), UTF-8
///   without BOM, one node or edge per line, and ends with a newline.
public struct NodeLinkJSONSerializer: GraphSerializer {
  /// The member names NetworkX's node-link format uses for itself, per domain.
  public static let structuralNames: [AttributeDomain: [String]] = [
    .graph: [], .node: ["id"], .edge: ["source", "target", "key"],
  ]

  /// The top-level member that names the date columns.
  public static let dateAttributesMember = "date_attributes"

  public init() {}

  /// The member name each key of a domain is written under, aligned with the keys: the key's
  /// `name`, or for a structural name the first of `name_2`, `name_3`, … that no other column
  /// of the domain has.
  public static func memberNames(for keys: [AttributeKey], in domain: AttributeDomain) -> [String] {
    let structural = structuralNames[domain] ?? []
    guard keys.contains(where: { key in structural.contains { $0.equalsByScalars(key.name) } })
    else { return keys.map(\.name) }
    var taken = Set((keys.map(\.name) + structural).map(ScalarKey.init))
    return keys.map { key in
      guard structural.contains(where: { $0.equalsByScalars(key.name) }) else { return key.name }
      var counter = 2
      while taken.contains(ScalarKey("\(key.name)_\(counter)")) { counter += 1 }
      let renamed = "\(key.name)_\(counter)"
      taken.insert(ScalarKey(renamed))
      return renamed
    }
  }

  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    let table = PropertyTable(graph)
    let schema = graph.schema
    let graphMembers = Self.memberNames(for: schema.graphKeys, in: .graph)
    let nodeMembers = Self.memberNames(for: schema.nodeKeys, in: .node)
    let edgeMembers = Self.memberNames(for: schema.edgeKeys, in: .edge)
    let nodePrefixes = nodeMembers.map { Self.memberPrefix($0) }
    let edgePrefixes = edgeMembers.map { Self.memberPrefix($0) }

    sink.write("{\"directed\":")
    sink.write(graph.isDirected ? "true" : "false")
    sink.write(",\"multigraph\":true,\"graph\":{")
    var first = true
    for (member, value) in zip(graphMembers, table.graphRow) {
      guard let value else { continue }
      if !first { sink.write(byte: UInt8(ascii: ",")) }
      first = false
      sink.write(Self.memberPrefix(member))
      Self.writeValue(value, to: sink)
    }
    sink.write(byte: UInt8(ascii: "}"))
    writeDateAttributes(
      [
        ("graph", schema.graphKeys, graphMembers), ("node", schema.nodeKeys, nodeMembers),
        ("edge", schema.edgeKeys, edgeMembers),
      ], to: sink)

    sink.write(",\"nodes\":[")
    let entities = graph.entityTable
    let nodeColumns = table.nodeColumns
    let nodeNames = Self.column(nodePrefixes)
    try ParallelRows.write(rows: entities.count, to: sink) { rows, chunk in
      var out = ByteSink.stagingBuffer()
      var scratch: [UInt8] = []
      entities.ids.withRows { ids in
        nodeNames.withRows { prefixes in
          PropertyColumnView.with(nodeColumns) { views in
            for row in rows {
              out.append(contentsOf: (row == 0 ? "\n{\"id\":" : ",\n{\"id\":").utf8)
              JSONText.appendQuoted(utf8: ids[row], to: &out)
              Self.appendMembers(
                views, columns: nodeColumns, row: row, prefixes: prefixes, to: &out,
                scratch: &scratch)
              chunk.writeIfFull(&out)
            }
          }
        }
      }
      chunk.write(out)
    }
    sink.write(entities.count == 0 ? "],\"edges\":[" : "\n],\"edges\":[")
    let relations = graph.relationTable
    let edgeColumns = table.edgeColumns
    let edgeNames = Self.column(edgePrefixes)
    try ParallelRows.write(rows: relations.count, to: sink) { rows, chunk in
      var out = ByteSink.stagingBuffer()
      var scratch: [UInt8] = []
      entities.ids.withRows { entityIDs in
        relations.ids.withRows { ids in
          relations.sources.withUnsafeBufferPointer { sources in
            relations.targets.withUnsafeBufferPointer { targets in
              edgeNames.withRows { prefixes in
                PropertyColumnView.with(edgeColumns) { views in
                  for row in rows {
                    out.append(
                      contentsOf: (row == 0 ? "\n{\"source\":" : ",\n{\"source\":").utf8)
                    JSONText.appendQuoted(utf8: entityIDs[sources[row]], to: &out)
                    out.append(contentsOf: ",\"target\":".utf8)
                    JSONText.appendQuoted(utf8: entityIDs[targets[row]], to: &out)
                    out.append(contentsOf: ",\"key\":".utf8)
                    JSONText.appendQuoted(utf8: ids[row], to: &out)
                    Self.appendMembers(
                      views, columns: edgeColumns, row: row, prefixes: prefixes, to: &out,
                      scratch: &scratch)
                    chunk.writeIfFull(&out)
                  }
                }
              }
            }
          }
        }
      }
      chunk.write(out)
    }
    sink.write(relations.count == 0 ? "]}\n" : "\n]}\n")
  }

  private func writeDateAttributes(
    _ domains: [(String, [AttributeKey], [String])], to sink: ByteSink
  ) {
    let dated = domains.compactMap { (domain, keys, members) -> (String, [String])? in
      let names = zip(keys, members).filter { $0.0.type == .date }.map(\.1)
      return names.isEmpty ? nil : (domain, names)
    }
    guard !dated.isEmpty else { return }
    sink.write(",\"\(Self.dateAttributesMember)\":{")
    for (index, (domain, names)) in dated.enumerated() {
      if index > 0 { sink.write(byte: UInt8(ascii: ",")) }
      sink.write("\"\(domain)\":[")
      for (position, name) in names.enumerated() {
        if position > 0 { sink.write(byte: UInt8(ascii: ",")) }
        Self.writeString(name, to: sink)
      }
      sink.write(byte: UInt8(ascii: "]"))
    }
    sink.write(byte: UInt8(ascii: "}"))
  }

  /// Byte strings kept back to back, read per row as `TextRows`.
  static func column(_ parts: [[UInt8]]) -> TextColumn {
    var column = TextColumn()
    for part in parts { part.withUnsafeBufferPointer { column.append(utf8: $0) } }
    return column
  }

  /// `"name":` as bytes, computed once per column.
  static func memberPrefix(_ name: String) -> [UInt8] {
    let sink = ByteSink()
    writeString(name, to: sink)
    sink.write(byte: UInt8(ascii: ":"))
    try? sink.finish()
    return sink.bytes
  }

  static func writeValue(_ value: AttributeValue, to sink: ByteSink) {
    var out: [UInt8] = []
    appendValue(value, to: &out)
    sink.write(out)
  }

  /// A double as Python's `json` reads it back to the same bits, and always as a float.
  public static func doubleText(_ number: Double) -> String {
    let text = NumberText.double(number, style: .graphML)
    guard number.isFinite else { return text }
    // Swift's shortest form always has a `.` or an exponent; keep that a guarantee.
    for byte in text.utf8 where byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") {
      return text
    }
    return text + ".0"
  }

  /// A JSON string (RFC 8259 §7), escaped byte by byte on UTF-8 (`JSONText.appendQuoted`).
  static func writeString(_ text: String, to sink: ByteSink) {
    var text = text
    var out: [UInt8] = []
    text.withUTF8 { JSONText.appendQuoted(utf8: $0, to: &out) }
    sink.write(out)
  }
}
