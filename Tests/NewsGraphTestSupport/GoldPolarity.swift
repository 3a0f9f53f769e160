/// The coarse reading of a modality that the evaluator compares: a fact stated as true, a fact
/// that is only planned, wanted, claimed or possible, and a fact said not to hold.
///
/// Finer distinctions (planned vs intended, alleged vs considering) are hard to draw even for
/// annotators, so they are not scored; turning "Iran is considering the sale" into a delivery, or
/// "Ukraine is not part of NATO" into membership, is.
public enum GoldPolarity: String, Sendable, CaseIterable, Comparable {
  case asserted
  case unrealized
  case negative

  public static let unrealizedModalities = [
    "planned", "intended", "considering", "requested", "offered", "alleged", "hypothetical",
  ]
  public static let negativeModalities = ["denied", "negated"]

  /// Every modality the ontology knows.
  public static var modalities: [String] {
    ["asserted"] + unrealizedModalities + negativeModalities
  }

  /// The polarity of a modality name; nil for a name the ontology does not know.
  public init?(modality: String) {
    if modality == "asserted" {
      self = .asserted
    } else if Self.unrealizedModalities.contains(modality) {
      self = .unrealized
    } else if Self.negativeModalities.contains(modality) {
      self = .negative
    } else {
      return nil
    }
  }

  public static func < (lhs: GoldPolarity, rhs: GoldPolarity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
