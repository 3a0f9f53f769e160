import NewsGraph

/// One gold fact: the lines of `relations.tsv` with the same type, ends and polarity, merged
/// across documents (as the extractor merges the same fact read in several articles).
public struct GoldFact: Sendable, Equatable {
  public var type: String
  public var source: String
  public var target: String
  public var polarity: GoldPolarity
  /// Every line that states the fact, in file order.
  public var statements: [GoldRelation]

  /// `meets` has no direction: "A met B" and "B met A" are one fact.
  public static let symmetricTypes: Set<String> = ["meets"]

  /// The key facts are merged and matched by; the ends of a symmetric relation in sorted order.
  public static func key(type: String, source: String, target: String, polarity: GoldPolarity)
    -> String
  {
    var ends = [source, target]
    if symmetricTypes.contains(type) && !source.precedesByScalars(target) { ends.reverse() }
    return "\(type)\t\(ends[0])\t\(ends[1])\t\(polarity.rawValue)"
  }

  public var key: String {
    Self.key(type: type, source: source, target: target, polarity: polarity)
  }

  /// How the fact reads in a report: `supplies iran -> russia [asserted]`.
  public var summary: String {
    let arrow = Self.symmetricTypes.contains(type) ? "<->" : "->"
    return "\(type) \(source) \(arrow) \(target) [\(polarity.rawValue)]"
  }
}
