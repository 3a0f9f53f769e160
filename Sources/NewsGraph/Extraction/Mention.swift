/// One place in one sentence where an entity is named, with every lexicon entry it may denote.
/// Mentions are values; resolution (choosing one candidate, finding office holders) happens later.
///
/// The positions and flags are stored inline; the strings and arrays live in one copy-on-write
/// `MentionStorage`, so that a copy of a mention costs one retain, not one per string. Equality
/// is field by field, as for a plain struct.
public struct Mention: Sendable, Equatable {
  /// The index of the sentence (`Sentence.index`) that holds the mention.
  public var sentence: Int
  /// UTF-8 byte offsets in `Article.text`.
  public var bytes: Range<Int>
  /// Unicode scalar offsets in `Article.text` (what exported `start`/`end` use).
  public var scalars: Range<Int>
  /// How it was found.
  public var method: MentionMethod
  /// Whether the span ends with a possessive "'s" or "’s" ("Britain’s").
  public var possessive: Bool
  private var storage: MentionStorage

  public init(
    document: String, sentence: Int, bytes: Range<Int>, scalars: Range<Int>, text: String,
    candidates: [String], type: String, method: MentionMethod, role: String? = nil,
    roleTitle: String? = nil, state: String? = nil, possessive: Bool = false,
    agreement: AgreementPhrase? = nil
  ) {
    self.sentence = sentence
    self.bytes = bytes
    self.scalars = scalars
    self.method = method
    self.possessive = possessive
    storage = MentionStorage(
      document: document, text: text, candidates: candidates, type: type, role: role,
      roleTitle: roleTitle, state: state, agreement: agreement)
  }

  /// The storage, copied first when another mention shares it.
  private var uniqueStorage: MentionStorage {
    mutating get {
      if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
      return storage
    }
  }

  /// The article's document name.
  public var document: String {
    get { storage.document }
    _modify { yield &uniqueStorage.document }
  }
  /// The text exactly as written, including a possessive "’s" when `possessive` is set.
  public var text: String {
    get { storage.text }
    _modify { yield &uniqueStorage.text }
  }
  /// Entity ids it may denote: lexicon ids, or one slug id for names the lexicon lacks; empty
  /// for role mentions (resolved later from the role, state and article date).
  public var candidates: [String] {
    get { storage.candidates }
    _modify { yield &uniqueStorage.candidates }
  }
  /// The ontology class local name (`Person`, `State`, `Organization`, `WeaponSystem`, …).
  public var type: String {
    get { storage.type }
    _modify { yield &uniqueStorage.type }
  }
  /// For titled persons and role mentions: the generic role of `role-titles.tsv`.
  public var role: String? {
    get { storage.role }
    _modify { yield &uniqueStorage.role }
  }
  /// For titled persons and role mentions: the title as written ("Defense Minister").
  public var roleTitle: String? {
    get { storage.roleTitle }
    _modify { yield &uniqueStorage.roleTitle }
  }
  /// For role-bearing mentions: the state the title belongs to (from the title itself or from a
  /// state adjective or possessive right before it), when known.
  public var state: String? {
    get { storage.state }
    _modify { yield &uniqueStorage.state }
  }
  /// For Agreement mentions: head noun, parties, value, and whether it refers back.
  public var agreement: AgreementPhrase? {
    get { storage.agreement }
    _modify { yield &uniqueStorage.agreement }
  }

  /// Whether this mention and `other` share one storage: a copy not changed since.
  func sharesStorage(with other: Mention) -> Bool {
    storage === other.storage
  }

  public static func == (left: Mention, right: Mention) -> Bool {
    left.sentence == right.sentence && left.bytes == right.bytes
      && left.scalars == right.scalars && left.method == right.method
      && left.possessive == right.possessive
      && (left.storage === right.storage || left.storage.hasSameValues(as: right.storage))
  }
}
