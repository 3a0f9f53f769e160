/// Writes a graph as Graphviz DOT: a picture coloured by entity class (`dot -Tsvg`), which
/// also carries every value of the property table, so no data is lost on the way.
///
/// The file is UTF-8 without BOM and starts `digraph "<name>" {` (`graph` with `--` edges for
/// an undirected graph), never `strict`, which would merge parallel relations. Every id and
/// value is quoted by `DOTString`'s rule; ids are the entity and relation ids, verbatim. The
/// graph's DOT name becomes the SVG `<title>`, so it is display text (`&` written `&amp;`); the
/// exact name is `data_name`.
///
/// **Data attributes.** Every column of `PropertyTable` is written as `data_<safe name>`
/// (`data_label`, `data_type`, `data_weight`, …), on nodes, edges and the graph statement, in
/// schema order, with the value's lexical form (`AttributeValue.lexicalForm`: `NaN`,
/// `Infinity`, `true`, `2019-07-24`). The prefix keeps data from being read as one of
/// Graphviz's own attributes (`weight`, `color`, `pos`, `label`, …) that would change the
/// drawing. A reader strips `data_` and unescapes the value as an escString. DOT cannot tell
/// an empty string from a missing value (Graphviz declares every attribute for every node,
/// empty by default), and line ends come back as LF.
///
/// **Drawing attributes.** Nodes get a `label` (shortened to `displayLabelLength` characters),
/// the `shape` and `fillcolor` of their ontology class (`Entity`'s for unknown types) and a
/// `tooltip` with the full label, type and aliases. Edges get `id` (the relation id, also the
/// SVG element id), a `label` with the relation type and quantity, the first evidence as
/// `tooltip`, and a dashed line for relations not asserted (grey when denied). The graph's
/// label is a legend of the classes present: an HTML-like table, which adds no node, so the
/// DOT node set is exactly the graph's entity set. No `URL` is written (Graphviz copies it
/// into SVG unescaped).
public struct DOTSerializer: GraphSerializer {
  public let ontology: Ontology

  /// The prefix of every data attribute name.
  public static let dataPrefix = "data_"
  /// Labels in the picture are cut to this many characters, ending in `…`.
  public static let displayLabelLength = 40

  public init(ontology: Ontology) { self.ontology = ontology }

  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    let table = PropertyTable(graph)
    var line: [UInt8] = []
    func flush() {
      sink.write(line)
      line.removeAll(keepingCapacity: true)
    }
    line.append(contentsOf: (graph.isDirected ? "digraph " : "graph ").utf8)
    DOTString.append(graph.name, to: &line, layer: .display)
    line.append(contentsOf: " {\n".utf8)
    flush()

    line.append(contentsOf: "  graph [".utf8)
    appendAttributes(Self.graphStyle, to: &line)
    let types = DOTEntityTypes(graph.entityTable.types)
    if let legend = legend(for: graph, types: types) {
      line.append(contentsOf: " label=<".utf8)
      line.append(contentsOf: legend.utf8)
      line.append(UInt8(ascii: ">"))
    }
    appendData(keys: graph.schema.graphKeys, row: table.graphRow, to: &line)
    line.append(contentsOf: "]\n  node [".utf8)
    appendAttributes(Self.nodeStyle, to: &line)
    line.append(contentsOf: "]\n  edge [".utf8)
    appendAttributes(Self.edgeStyle, to: &line)
    line.append(contentsOf: "]\n".utf8)
    flush()

    let entities = graph.entityTable
    let relations = graph.relationTable
    let nodes = DOTNodeSection(
      entities: entities, types: types, typeParts: Self.column(types.names.map(typeParts)),
      columns: table.nodeColumns, dataNames: Self.column(dataNames(graph.schema.nodeKeys)))
    try ParallelRows.write(rows: entities.count, to: sink) { rows, chunk in
      nodes.write(rows, to: chunk)
    }

    let labelColumns = ["weapon", "quantity", "quantity_qualifier", "role", "modality"].map {
      name -> PropertyColumn in
      relations.attributes.first { $0.name.equalsByScalars(name) }.map { .attribute($0) }
        ?? .constant(nil)
    }
    let edges = DOTEdgeSection(
      relations: relations, entities: entities,
      connector: Array((graph.isDirected ? " -> " : " -- ").utf8), labelColumns: labelColumns,
      columns: table.edgeColumns, dataNames: Self.column(dataNames(graph.schema.edgeKeys)),
      hedgedStyle: styleAttributes(.hedged), deniedStyle: styleAttributes(.denied))
    try ParallelRows.write(rows: relations.count, to: sink) { rows, chunk in
      edges.write(rows, to: chunk)
    }
    sink.write(Array("}\n".utf8))
  }

  /// Byte strings kept back to back, read per row as `TextRows`.
  private static func column(_ parts: [[UInt8]]) -> TextColumn {
    var column = TextColumn()
    for part in parts { part.withUnsafeBufferPointer { column.append(utf8: $0) } }
    return column
  }

  /// ` shape="…" fillcolor="…" tooltip=` for nodes of an entity type: its class's display
  /// hints, or `Entity`'s for a type the ontology does not declare.
  private func typeParts(_ type: String) -> [UInt8] {
    let entityHints = ontology.term("Entity")
    let hints = displayClass(of: type) ?? entityHints
    var line: [UInt8] = []
    appendAttribute(
      "shape", hints.displayShape ?? entityHints.displayShape ?? "ellipse", to: &line)
    appendAttribute(
      "fillcolor", hints.displayColor ?? entityHints.displayColor ?? "#ffffff", to: &line)
    line.append(contentsOf: " tooltip=".utf8)
    return line
  }

  /// ` data_<safe name>=` for each key.
  private func dataNames(_ keys: [AttributeKey]) -> [[UInt8]] {
    keys.map { key in
      var line: [UInt8] = [UInt8(ascii: " ")]
      DOTString.appendName(Self.dataPrefix + key.safeName, to: &line)
      line.append(UInt8(ascii: "="))
      return line
    }
  }

  /// The attributes an edge of this style adds after its tooltip.
  private func styleAttributes(_ style: ModalityStyle) -> [UInt8] {
    var line: [UInt8] = []
    switch style {
    case .asserted: return []
    case .hedged:
      appendAttribute("style", "dashed", to: &line)
    case .denied:
      appendAttribute("style", "dashed", to: &line)
      appendAttribute("color", Self.deniedColor, to: &line)
      appendAttribute("fontcolor", Self.deniedColor, to: &line)
    }
    return line
  }

  /// The class whose display hints an entity type takes, when the ontology declares it.
  func displayClass(of type: String) -> OntologyTerm? {
    ontology.entityClass(named: type)
  }

  // MARK: - Attribute lists

  private func appendAttributes(_ pairs: [(String, String)], to line: inout [UInt8]) {
    for (name, value) in pairs { appendAttribute(name, value, to: &line) }
  }

  /// Appends ` name="value"` (no space before the first attribute of a list).
  private func appendAttribute(
    _ name: String, _ value: String, layer: DOTString.Layer = .data, to line: inout [UInt8]
  ) {
    if line.last != UInt8(ascii: "[") { line.append(UInt8(ascii: " ")) }
    DOTString.appendName(name, to: &line)
    line.append(UInt8(ascii: "="))
    DOTString.append(value, to: &line, layer: layer)
  }

  private func appendData(keys: [AttributeKey], row: [AttributeValue?], to line: inout [UInt8]) {
    for (key, value) in zip(keys, row) {
      guard let value else { continue }
      appendAttribute(Self.dataPrefix + key.safeName, value.lexicalForm, to: &line)
    }
  }
}
