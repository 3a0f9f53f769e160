/// Writes GraphML 1.0 that validates against the GraphML XML Schemas and that NetworkX, igraph,
/// Gephi, Cytoscape and yEd read back value for value.
///
/// The file is what `XMLWriter` (libxml2's xmlTextWriter output, byte for byte) writes: the
/// header, keys and graph data through it, the node and edge sections as bytes straight from
/// the model's columns on every core (`GraphMLSerializer+Rows.swift`, same bytes). Escaping:
/// `& < >` in text, CR as `&#13;` (XML 1.0 §2.11 would turn a raw CR into LF) and so `]]>` as
/// `]]&gt;`; in attribute values also `"`, TAB, LF and CR as references (§3.3.3 attribute-value
/// normalization would turn them into spaces). Characters XML 1.0 cannot carry become U+FFFD.
///
/// Layout, in this order (Cytoscape drops edges that come before their nodes; APOC fails):
/// every `<key>`, then one `<graph>` holding the graph's `<data>`, every node, every edge.
///
/// Keys come from the graph's schema, in schema order. A key's id is its domain's initial and
/// its safe name (`g.name`, `n.label`, `e.relation`), unique across domains and an NMTOKEN;
/// `attr.name` is the safe name (unique per domain, so igraph accepts the file). When the model
/// name differs (`date of birth` → `date_of_birth`) the key's `<desc>` holds the original, which
/// `GraphMLReader` restores. Types: string → `string`, integer → `long` (values beyond 2^31),
/// double → `double` (`NaN`, `Infinity`, `-Infinity`; `-0.0` keeps its sign), boolean →
/// `boolean` (`true`/`false`). GraphML has no date type: date columns are `string` keys holding
/// `YYYY-MM-DD`, and their key id says `date` (`n-date.valid_from`) so that `GraphMLReader`
/// reads them back as dates; other readers see ISO strings.
///
/// The `.yed` profile adds yWorks' yFiles extension (see `GraphMLSerializer+YEd.swift`).
public struct GraphMLSerializer: GraphSerializer {
  public let ontology: Ontology
  public let profile: ExportOptions.GraphMLProfile

  static let namespace = "http://graphml.graphdrawing.org/xmlns"
  static let schemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"
  /// The 1.0 schema: what NetworkX, igraph and yEd reference; the file is also valid against 1.1.
  static let schemaLocation =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
  /// The one graph's id. Ids are only unique among graphs, so it cannot clash with a node id.
  static let graphID = "G"

  public init(ontology: Ontology, profile: ExportOptions.GraphMLProfile = .plain) {
    self.ontology = ontology
    self.profile = profile
  }

  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    let writer = try XMLWriter(sink: sink)
    let table = PropertyTable(graph)
    let schema = graph.schema
    let graphIDs = schema.graphKeys.map(Self.keyID)
    let nodeIDs = schema.nodeKeys.map(Self.keyID)
    let edgeIDs = schema.edgeKeys.map(Self.keyID)
    let yEd = profile == .yed ? YEdStyle(ontology: ontology, isDirected: graph.isDirected) : nil

    try writer.startDocument()
    try writer.startElement("graphml")
    try writer.attribute("xmlns", Self.namespace)
    try writer.attribute("xmlns:xsi", Self.schemaInstanceNamespace)
    if yEd != nil { try writer.attribute("xmlns:y", YEdStyle.namespace) }
    try writer.attribute(
      "xsi:schemaLocation", yEd != nil ? YEdStyle.schemaLocation : Self.schemaLocation)

    for (keys, ids) in [
      (schema.graphKeys, graphIDs), (schema.nodeKeys, nodeIDs), (schema.edgeKeys, edgeIDs),
    ] {
      for (key, id) in zip(keys, ids) { try writeKey(key, id: id, with: writer) }
    }
    try yEd?.writeKeys(with: writer)

    try writer.startElement("graph")
    try writer.attribute("id", Self.graphID)
    try writer.attribute("edgedefault", graph.isDirected ? "directed" : "undirected")
    try writeData(table.graphRow, ids: graphIDs, with: writer)
    if graph.entityTable.count + graph.relationTable.count > 0 {
      let depth = try writer.beginRawChildren()
      try writeRows(of: graph, table: table, depth: depth, yEd: yEd, to: sink)
    }
    try writer.endElement()
    try writer.endElement()
    try writer.endDocument()
  }

  /// `<key id for attr.name attr.type>`, with the model name in `<desc>` when it was mapped.
  private func writeKey(_ key: AttributeKey, id: String, with writer: XMLWriter) throws {
    try writer.startElement("key")
    try writer.attribute("id", id)
    try writer.attribute("for", key.domain.rawValue)
    try writer.attribute("attr.name", key.safeName)
    try writer.attribute("attr.type", Self.graphMLType(key.type))
    if !key.name.equalsByScalars(key.safeName) {
      try writer.element("desc", text: key.name)
    }
    try writer.endElement()
  }

  /// One `<data>` per present value, in schema order. `lexicalForm` is the GraphML form of
  /// each type (see the type notes above); `XMLWriter` escapes the text. Written call by call
  /// rather than through `element(_:attributes:text:)`: no array per value on a hot path.
  private func writeData(_ row: [AttributeValue?], ids: [String], with writer: XMLWriter) throws {
    for (value, id) in zip(row, ids) {
      guard let value else { continue }
      try writer.startElement("data")
      try writer.attribute("key", id)
      try writer.text(value.lexicalForm)
      try writer.endElement()
    }
  }

  static func graphMLType(_ type: AttributeType) -> String {
    switch type {
    case .string, .date: "string"
    case .integer: "long"
    case .double: "double"
    case .boolean: "boolean"
    }
  }

  /// The key id of a column: `n.<safe name>`, or `n-date.<safe name>` for a date column. The
  /// part before the first `.` is never part of a safe name's choice, so ids cannot clash.
  static func keyID(_ key: AttributeKey) -> String {
    keyIDPrefix(key.domain, isDate: key.type == .date) + key.safeName
  }

  static func keyIDPrefix(_ domain: AttributeDomain, isDate: Bool) -> String {
    let initial =
      switch domain {
      case .graph: "g"
      case .node: "n"
      case .edge: "e"
      }
    return isDate ? initial + "-date." : initial + "."
  }
}
