/// What relation extraction reads from one document.
public struct DocumentFacts: Sendable, Equatable {
  /// In text order.
  public var relations: [ExtractedRelation]
  public var entityFacts: [EntityFact]

  public init(relations: [ExtractedRelation] = [], entityFacts: [EntityFact] = []) {
    self.relations = relations
    self.entityFacts = entityFacts
  }
}
