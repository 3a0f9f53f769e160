/// One rule of `ontology/relations/patterns.tsv`: a relation, the words that trigger it, and
/// how its arguments are found (see `RelationPatternKind` and the folder's README).
public struct RelationPattern: Sendable, Equatable {
  /// The rule id written on every relation it produces (`rule` attribute).
  public var id: String
  /// The ontology property local name (`supplies`, `memberOf`, …).
  public var relation: String
  public var kind: RelationPatternKind
  /// Written forms of the trigger, whole words, several words allowed.
  public var triggers: [String]
  /// Ontology classes the relation's source and target may have.
  public var subjectTypes: Set<String>
  public var objectTypes: Set<String>
  /// Words (or phrases) right before the object ("to", "in its invasion of"), in lower case.
  public var markers: [[String]]
  /// Whether the object may follow the trigger with no marker ("supplies Russia").
  public var allowsDirectObject: Bool
  /// Words, one of which must stand between trigger and object; `@weapon` stands for a weapon
  /// mention in the clause. Empty: no requirement.
  public var requires: Set<String>
  /// Words none of which may stand between trigger and object.
  public var excludes: Set<String>
  /// Most words allowed between subject and trigger.
  public var gap: Int
  /// Whether the relation carries the weapon (and its quantity) of its clause.
  public var takesWeapon: Bool
  /// Whether the relation carries the count written before its first `requires` word ("deployed
  /// 100,000 troops").
  public var takesCount: Bool
  public var confidence: Double
  /// The modality the trigger itself implies ("pledged" is `planned`), when it does.
  public var modality: Modality?

  public init(
    id: String, relation: String, kind: RelationPatternKind, triggers: [String],
    subjectTypes: Set<String>, objectTypes: Set<String>, markers: [[String]],
    allowsDirectObject: Bool, requires: Set<String> = [], excludes: Set<String> = [],
    gap: Int, takesWeapon: Bool, takesCount: Bool = false, confidence: Double,
    modality: Modality? = nil
  ) {
    self.id = id
    self.relation = relation
    self.kind = kind
    self.triggers = triggers
    self.subjectTypes = subjectTypes
    self.objectTypes = objectTypes
    self.markers = markers
    self.allowsDirectObject = allowsDirectObject
    self.requires = requires
    self.excludes = excludes
    self.gap = gap
    self.takesWeapon = takesWeapon
    self.takesCount = takesCount
    self.confidence = confidence
    self.modality = modality
  }
}
