/// One named thing of the lexicon: a state, organization, weapons system or person, with every
/// name news uses for it.
public struct LexiconEntry: Sendable, Equatable {
  /// Lowercase ASCII slug, unique across all entity files; becomes the entity id of the graph.
  public var id: String
  /// The ontology class local name (`State`, `Organization`, `WeaponSystem`, `Person`).
  public var type: String
  public var label: String
  /// Other names: official forms, abbreviations, spellings, transliterations, metonyms.
  public var aliases: [String]
  /// A Wikidata item id such as `Q145`, only when it is certain.
  public var wikidata: String?
  /// The state id of a national organization or of a weapon's origin.
  public var country: String?
  /// A weapon's category (`drone`, `cruise missile`…).
  public var category: String?
  /// Capital city spellings of a state: news uses them for the government ("Moscow said").
  public var capitals: [String]
  /// Adjectives and demonyms of a state (`British|Briton|Britons`).
  public var adjectives: [String]
  /// Where the entry was defined; errors about it point there.
  public var location: InputLocation?

  public init(
    id: String, type: String, label: String, aliases: [String] = [], wikidata: String? = nil,
    country: String? = nil, category: String? = nil, capitals: [String] = [],
    adjectives: [String] = [], location: InputLocation? = nil
  ) {
    self.id = id
    self.type = type
    self.label = label
    self.aliases = aliases
    self.wikidata = wikidata
    self.country = country
    self.category = category
    self.capitals = capitals
    self.adjectives = adjectives
    self.location = location
  }
}
