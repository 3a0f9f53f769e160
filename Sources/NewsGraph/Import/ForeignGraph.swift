/// A property graph as another tool wrote it (node-link JSON, GraphML), before NewsGraph's
/// conventions are applied by `GraphImporter`.
///
/// Ids and attribute names are kept exactly as read (columns are keyed by the name's bytes, so
/// names differing only by normalization, NFC and NFD, stay apart), and every row keeps its own
/// value and type. Nodes and edges are columns (`ForeignTable`), so a reader appends straight
/// into a few buffers and the importer moves whole columns into the model; `nodes` and `edges`
/// read rows back as elements, for tests and small graphs.
public struct ForeignGraph: Sendable {
  public struct Element: Sendable {
    /// The id as the file gave it (node-link JSON integer ids as their decimal text).
    public var id: String?
    public var attributes: [(name: String, value: AttributeValue)]

    public init(id: String?, attributes: [(name: String, value: AttributeValue)] = []) {
      self.id = id
      self.attributes = attributes
    }
  }

  public struct Link: Sendable {
    public var id: String?
    public var source: String
    public var target: String
    public var attributes: [(name: String, value: AttributeValue)]

    public init(
      id: String?, source: String, target: String,
      attributes: [(name: String, value: AttributeValue)] = []
    ) {
      self.id = id
      self.source = source
      self.target = target
      self.attributes = attributes
    }
  }

  public var isDirected: Bool
  public var attributes: [(name: String, value: AttributeValue)]
  public internal(set) var nodeTable: ForeignTable
  public internal(set) var edgeTable: ForeignTable
  /// What the reader changed or dropped on the way (a `null` value, a lone surrogate, …).
  public var diagnostics: [Diagnostic]

  public init(
    isDirected: Bool = true, attributes: [(name: String, value: AttributeValue)] = [],
    nodes: [Element] = [], edges: [Link] = [], diagnostics: [Diagnostic] = []
  ) {
    self.isDirected = isDirected
    self.attributes = attributes
    self.diagnostics = diagnostics
    nodeTable = ForeignTable()
    edgeTable = ForeignTable()
    for node in nodes { appendNode(id: node.id, attributes: node.attributes) }
    for edge in edges {
      appendEdge(id: edge.id, source: edge.source, target: edge.target, attributes: edge.attributes)
    }
    finish()
  }

  init(
    isDirected: Bool, attributes: [(name: String, value: AttributeValue)],
    nodeTable: ForeignTable, edgeTable: ForeignTable
  ) {
    self.isDirected = isDirected
    self.attributes = attributes
    self.nodeTable = nodeTable
    self.edgeTable = edgeTable
    self.diagnostics = []
  }

  /// Appends a node from pairs (GraphML, small inputs); `finish()` once all are in.
  mutating func appendNode(id: String?, attributes: [(name: String, value: AttributeValue)]) {
    nodeTable.appendRow(id: id, attributes: attributes)
  }

  /// Appends an edge from pairs (GraphML, small inputs); `finish()` once all are in.
  mutating func appendEdge(
    id: String?, source: String, target: String,
    attributes: [(name: String, value: AttributeValue)]
  ) {
    edgeTable.appendEnds(source: source, target: target)
    edgeTable.appendRow(id: id, attributes: attributes)
  }

  /// Pads every column to its table's row count.
  mutating func finish() {
    nodeTable.finish()
    edgeTable.finish()
  }

  /// The nodes as elements, attributes in column order (slow: tests, small graphs).
  public var nodes: [Element] {
    (0..<nodeTable.count).map { row in
      Element(
        id: nodeTable.hasID[row] ? nodeTable.ids[row] : nil,
        attributes: nodeTable.attributes(ofRow: row))
    }
  }

  /// The edges as links, attributes in column order (slow: tests, small graphs).
  public var edges: [Link] {
    (0..<edgeTable.count).map { row in
      Link(
        id: edgeTable.hasID[row] ? edgeTable.ids[row] : nil, source: edgeTable.sources[row],
        target: edgeTable.targets[row], attributes: edgeTable.attributes(ofRow: row))
    }
  }
}
