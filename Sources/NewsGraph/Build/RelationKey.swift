/// What makes two extracted relations the same fact: type, ends, polarity, and the attributes
/// that change what is claimed (which weapon, which role, under which agreement). Speaker,
/// quantity, confidence and the rule do not: the same delivery reported by two outlets, or
/// quoted from two officials, is one fact with two provenance entries.
///
/// Polarity is coarser than modality: a fact stated as true, one not (yet) real (planned,
/// intended, considering, requested, offered, alleged, hypothetical), and one said not to hold
/// (denied, negated). "Russia plans to supply" and "Russia is considering supplying" are one
/// possible delivery, reported with two hedges; the merged relation keeps the modality it was
/// first read with. A denial never merges with the claim it denies.
public struct RelationKey: Sendable, Hashable {
  public static let distinguishingAttributes = ["weapon", "role", "agreement"]

  public var type: String
  public var source: String
  public var target: String
  /// `asserted`, `unrealized` or `negative`.
  public var polarity: String
  /// The values of `distinguishingAttributes`, "" where absent.
  public var qualifiers: [String]

  public init(_ relation: ExtractedRelation) {
    type = relation.type
    source = relation.source
    target = relation.target
    let modality = relation.attributes["modality"]?.lexicalForm ?? Modality.asserted.rawValue
    polarity = Self.polarity(of: modality)
    // Most relations have none of the distinguishing attributes: they share one array of
    // empty qualifiers instead of each allocating its own.
    let weapon = relation.attributes["weapon"]
    let role = relation.attributes["role"]
    let agreement = relation.attributes["agreement"]
    if weapon == nil && role == nil && agreement == nil {
      qualifiers = Self.noQualifiers
    } else {
      qualifiers = [
        weapon?.lexicalForm ?? "", role?.lexicalForm ?? "", agreement?.lexicalForm ?? "",
      ]
    }
  }

  /// `qualifiers` of a relation with none of `distinguishingAttributes`.
  static let noQualifiers = distinguishingAttributes.map { _ in "" }

  /// The relation id: readable (source, type, target, then whatever distinguishes it), then a
  /// hash of the whole key so that ids never collide. It depends on the key alone, so it stays
  /// the same across runs and when articles are added.
  ///
  /// The hash is the first 8 hex digits of `StableID.hexHash` of type, source, target, polarity
  /// and every qualifier (empty ones too) joined by U+001F; it is computed over the parts'
  /// bytes as they come, without joining them into strings first.
  public var id: String {
    var id = source
    id.reserveCapacity(source.utf8.count + type.utf8.count + target.utf8.count + 32)
    id += "."
    id += type
    id += "."
    id += target
    for qualifier in qualifiers where !qualifier.isEmpty {
      id += "."
      id += StableID.isSafe(qualifier) ? qualifier : MentionSlug.make(qualifier) ?? "x"
    }
    if polarity != Self.assertedPolarity {
      id += "."
      id += polarity
    }
    var hash = FNV1a()
    hash.add(type.utf8)
    func add(_ part: String) {
      hash.add(0x1F)
      hash.add(part.utf8)
    }
    add(source)
    add(target)
    add(polarity)
    for qualifier in qualifiers { add(qualifier) }
    id += "-"
    id += hash.hex(digits: 8)
    return id
  }

  /// The id as first written: parts joined into strings, then hashed (the reference `id`
  /// must equal; tests compare the two).
  var referenceID: String {
    var parts = [source, type, target]
    for qualifier in qualifiers where !qualifier.isEmpty {
      parts.append(StableID.isSafe(qualifier) ? qualifier : MentionSlug.make(qualifier) ?? "x")
    }
    if polarity != Self.assertedPolarity { parts.append(polarity) }
    let key = ([type, source, target, polarity] + qualifiers).joined(separator: "\u{1F}")
    return parts.joined(separator: ".") + "-" + StableID.hexHash(key).prefix(8)
  }

  static let assertedPolarity = "asserted"

  /// The polarity class of a modality name; an unknown name is its own class, so nothing
  /// unknown merges with a known fact.
  public static func polarity(of modality: String) -> String {
    switch Modality(rawValue: modality) {
    case .asserted: assertedPolarity
    case .denied, .negated: "negative"
    case .none: modality
    default: "unrealized"
    }
  }
}
