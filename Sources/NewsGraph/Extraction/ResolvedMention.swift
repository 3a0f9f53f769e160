/// A mention together with the entity the resolver chose for it.
public struct ResolvedMention: Sendable, Equatable {
  public var mention: Mention
  /// The id of the resolved entity (a lexicon id or a slug).
  public var entity: String

  public init(mention: Mention, entity: String) {
    self.mention = mention
    self.entity = entity
  }

  /// The ontology class of the entity.
  public var type: String { mention.type }
}
