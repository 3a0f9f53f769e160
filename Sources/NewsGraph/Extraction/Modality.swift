/// How a relation's trigger is asserted by the sentence that carries it.
///
/// One label per trigger: when several cues scope the same trigger, the one with the highest
/// `precedence` wins (see `ontology/cues/README.md` for why this order).
public enum Modality: String, Sendable, CaseIterable, Comparable {
  case asserted, planned, intended, considering, requested, offered, alleged, denied, negated
  case hypothetical

  /// Higher wins. A negation or a denial reverses the fact, so it beats everything; a condition
  /// ("if", "would") makes any plan or offer unreal; the attitudes follow from the strongest
  /// commitment to the weakest; `alleged` only qualifies the source, so any other label wins.
  public var precedence: Int {
    switch self {
    case .asserted: 0
    case .alleged: 1
    case .planned: 2
    case .intended: 3
    case .considering: 4
    case .offered: 5
    case .requested: 6
    case .hypothetical: 7
    case .denied: 8
    case .negated: 9
    }
  }

  public static func < (lhs: Modality, rhs: Modality) -> Bool { lhs.precedence < rhs.precedence }
}
