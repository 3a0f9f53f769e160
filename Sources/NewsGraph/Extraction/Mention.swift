/// One place in one sentence where an entity is named, with every lexicon entry it may denote.
/// Mentions are values; resolution (choosing one candidate, finding office holders) happens later.
public struct Mention: Sendable, Equatable {
  /// The article's document name.
  public var document: String
  /// The index of the sentence (`Sentence.index`) that holds the mention.
  public var sentence: Int
  /// UTF-8 byte offsets in `Article.text`.
  public var bytes: Range<Int>
  /// Unicode scalar offsets in `Article.text` (what exported `start`/`end` use).
  public var scalars: Range<Int>
  /// The text exactly as written, including a possessive "’s" when `possessive` is set.
  public var text: String
  /// Entity ids it may denote: lexicon ids, or one slug id for names the lexicon lacks; empty
  /// for role mentions (resolved later from the role, state and article date).
  public var candidates: [String]
  /// The ontology class local name (`Person`, `State`, `Organization`, `WeaponSystem`, …).
  public var type: String
  /// How it was found.
  public var method: MentionMethod
  /// For titled persons and role mentions: the generic role of `role-titles.tsv`.
  public var role: String?
  /// For titled persons and role mentions: the title as written ("Defense Minister").
  public var roleTitle: String?
  /// For role-bearing mentions: the state the title belongs to (from the title itself or from a
  /// state adjective or possessive right before it), when known.
  public var state: String?
  /// Whether the span ends with a possessive "'s" or "’s" ("Britain’s").
  public var possessive: Bool
  /// For Agreement mentions: head noun, parties, value, and whether it refers back.
  public var agreement: AgreementPhrase?

  public init(
    document: String, sentence: Int, bytes: Range<Int>, scalars: Range<Int>, text: String,
    candidates: [String], type: String, method: MentionMethod, role: String? = nil,
    roleTitle: String? = nil, state: String? = nil, possessive: Bool = false,
    agreement: AgreementPhrase? = nil
  ) {
    self.document = document
    self.sentence = sentence
    self.bytes = bytes
    self.scalars = scalars
    self.text = text
    self.candidates = candidates
    self.type = type
    self.method = method
    self.role = role
    self.roleTitle = roleTitle
    self.state = state
    self.possessive = possessive
    self.agreement = agreement
  }
}
