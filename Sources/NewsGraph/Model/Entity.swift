/// A person, state, organization, weapons system, agreement, or any other ontology class.
public struct Entity: Sendable, Equatable {
  /// Stable, content-derived, ASCII and NMTOKEN-safe: the GraphML id, the DOT node id and the
  /// last segment of the RDF IRI.
  public var id: String
  /// The local name of an ontology class (`Person`, `State`, …).
  public var type: String
  public var label: String
  /// Other names, in first-seen order; written as one JSON-array string where a format has no
  /// lists (GraphML, DOT, node-link JSON) and as `skos:altLabel`s in RDF.
  public var aliases: [String]
  /// A Wikidata item id such as `Q145`, when known for certain.
  public var wikidata: String?
  public var attributes: [String: AttributeValue]

  public init(
    id: String, type: String, label: String, aliases: [String] = [], wikidata: String? = nil,
    attributes: [String: AttributeValue] = [:]
  ) {
    self.id = id
    self.type = type
    self.label = label
    self.aliases = aliases
    self.wikidata = wikidata
    self.attributes = attributes
  }
}
