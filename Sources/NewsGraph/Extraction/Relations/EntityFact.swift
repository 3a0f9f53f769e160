/// An attribute of an entity read from a sentence, such as the value of an aid package
/// ("a $275mn package": `amount` 275000000, `currency` "USD").
public struct EntityFact: Sendable, Equatable {
  public var entity: String
  /// An attribute column of the ontology.
  public var name: String
  public var value: AttributeValue
  public var provenance: Provenance

  public init(entity: String, name: String, value: AttributeValue, provenance: Provenance) {
    self.entity = entity
    self.name = name
    self.value = value
    self.provenance = provenance
  }
}
