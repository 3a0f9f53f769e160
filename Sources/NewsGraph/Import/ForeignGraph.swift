/// A property graph as another tool wrote it (node-link JSON, GraphML), before NewsGraph's
/// conventions are applied by `GraphImporter`.
///
/// Ids and attribute names are kept exactly as read, and attributes as ordered pairs rather
/// than dictionaries, so that names differing only by normalization (NFC/NFD) stay apart.
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
  public var nodes: [Element]
  public var edges: [Link]
  /// What the reader changed or dropped on the way (a `null` value, a lone surrogate, …).
  public var diagnostics: [Diagnostic]

  public init(
    isDirected: Bool = true, attributes: [(name: String, value: AttributeValue)] = [],
    nodes: [Element] = [], edges: [Link] = [], diagnostics: [Diagnostic] = []
  ) {
    self.isDirected = isDirected
    self.attributes = attributes
    self.nodes = nodes
    self.edges = edges
    self.diagnostics = diagnostics
  }
}
