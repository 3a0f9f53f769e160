/// One entity after resolution: every mention that denotes it, merged across documents.
public struct ResolvedEntity: Sendable, Equatable {
  /// A lexicon id, or the slug of the name for entities the lexicon lacks.
  public var id: String
  /// The ontology class local name.
  public var type: String
  public var label: String
  /// Other names as written (without a leading "the " or a possessive), in first-seen order.
  public var aliases: [String]
  public var wikidata: String?
  /// How many mentions resolved to it.
  public var mentions: Int
  /// Document names in first-seen order.
  public var documents: [String]

  public init(
    id: String, type: String, label: String, aliases: [String] = [], wikidata: String? = nil,
    mentions: Int = 0, documents: [String] = []
  ) {
    self.id = id
    self.type = type
    self.label = label
    self.aliases = aliases
    self.wikidata = wikidata
    self.mentions = mentions
    self.documents = documents
  }

  /// The graph entity, with the mention count as its `mentions` attribute.
  public var entity: Entity {
    Entity(
      id: id, type: type, label: label, aliases: aliases, wikidata: wikidata,
      attributes: ["mentions": .integer(Int64(mentions))])
  }
}
