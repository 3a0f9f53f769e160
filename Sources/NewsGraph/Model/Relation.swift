/// A directed, typed fact between two entities, with the sentences it was read from.
public struct Relation: Sendable, Equatable {
  public var id: String
  public var source: String
  public var target: String
  /// The local name of an ontology object property (`supplies`, `holdsRole`, …).
  public var type: String
  public var attributes: [String: AttributeValue]
  /// Every place the fact was read; the same fact in several articles is one relation.
  public var provenance: [Provenance]

  public init(
    id: String, source: String, target: String, type: String,
    attributes: [String: AttributeValue] = [:], provenance: [Provenance] = []
  ) {
    self.id = id
    self.source = source
    self.target = target
    self.type = type
    self.attributes = attributes
    self.provenance = provenance.sorted(by: Provenance.precedes)
  }
}
