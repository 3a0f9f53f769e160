/// One line of `relations.tsv`: a fact as one article states it. The evaluator merges the lines
/// of one fact across articles into a `GoldFact`.
public struct GoldRelation: Sendable, Equatable {
  public var type: String
  public var source: String
  public var target: String
  public var modality: String
  /// Gold entity id of whoever the article says made the claim, if anyone.
  public var attributedTo: String?
  /// Gold entity ids of the weapons the fact is about (`|`-separated in the file).
  public var weapons: [String]
  public var quantity: Int64?
  public var quantityQualifier: String?
  public var amount: Double?
  public var currency: String?
  public var role: String?
  public var document: String
  /// A distinctive substring of the sentence, verbatim from the article.
  public var evidence: String
  public var line: Int

  public init(
    type: String, source: String, target: String, modality: String = "asserted",
    attributedTo: String? = nil, weapons: [String] = [], quantity: Int64? = nil,
    quantityQualifier: String? = nil, amount: Double? = nil, currency: String? = nil,
    role: String? = nil, document: String = "", evidence: String = "", line: Int = 0
  ) {
    self.type = type
    self.source = source
    self.target = target
    self.modality = modality
    self.attributedTo = attributedTo
    self.weapons = weapons
    self.quantity = quantity
    self.quantityQualifier = quantityQualifier
    self.amount = amount
    self.currency = currency
    self.role = role
    self.document = document
    self.evidence = evidence
    self.line = line
  }

  /// The entity ids the line refers to: both ends, the speaker and the weapons.
  public var referencedEntityIDs: [String] {
    [source, target] + (attributedTo.map { [$0] } ?? []) + weapons
  }
}
