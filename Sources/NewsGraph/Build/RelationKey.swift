/// What makes two extracted relations the same fact: type, ends, modality, and the attributes
/// that change what is claimed (which weapon, which role, under which agreement). Speaker,
/// quantity, confidence and the rule do not: the same delivery reported by two outlets, or
/// quoted from two officials, is one fact with two provenance entries.
public struct RelationKey: Sendable, Hashable {
  public static let distinguishingAttributes = ["weapon", "role", "agreement"]

  public var type: String
  public var source: String
  public var target: String
  public var modality: String
  /// The values of `distinguishingAttributes`, "" where absent.
  public var qualifiers: [String]

  public init(_ relation: ExtractedRelation) {
    type = relation.type
    source = relation.source
    target = relation.target
    modality = relation.attributes["modality"]?.lexicalForm ?? Modality.asserted.rawValue
    qualifiers = Self.distinguishingAttributes.map { relation.attributes[$0]?.lexicalForm ?? "" }
  }

  /// The relation id: readable (source, type, target, then whatever distinguishes it), then a
  /// hash of the whole key so that ids never collide. It depends on the key alone, so it stays
  /// the same across runs and when articles are added.
  public var id: String {
    var parts = [source, type, target]
    for qualifier in qualifiers where !qualifier.isEmpty {
      parts.append(StableID.isSafe(qualifier) ? qualifier : Self.slug(qualifier))
    }
    if modality != Modality.asserted.rawValue { parts.append(modality) }
    let key = ([type, source, target, modality] + qualifiers).joined(separator: "\u{1F}")
    return parts.joined(separator: ".") + "-" + StableID.hexHash(key).prefix(8)
  }

  /// Lower-case ASCII letters and digits of a free-text qualifier ("defence minister" →
  /// "defence_minister").
  static func slug(_ text: String) -> String {
    var bytes: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        bytes.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        bytes.append(byte + 32)
      default:
        if bytes.last != UInt8(ascii: "_") && !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
      }
    }
    while bytes.last == UInt8(ascii: "_") { bytes.removeLast() }
    return bytes.isEmpty ? "x" : String(decoding: bytes, as: UTF8.self)
  }
}
