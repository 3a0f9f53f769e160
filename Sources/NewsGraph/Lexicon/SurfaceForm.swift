/// One string under which an entry may appear in text, for the matcher to compile.
public struct SurfaceForm: Sendable, Equatable {
  /// Why the string names the entry; the matcher may trust the kinds differently (a capital is
  /// a metonym, an adjective names the state only indirectly).
  public enum Kind: String, Sendable, CaseIterable {
    case label
    case alias
    case capital
    case adjective
  }

  public var text: String
  public var entryID: String
  public var kind: Kind

  public init(text: String, entryID: String, kind: Kind) {
    self.text = text
    self.entryID = entryID
    self.kind = kind
  }

  /// Whether a name matches only as written: it has an uppercase letter (the matcher's case
  /// policy). An ASCII name, most of a lexicon, is decided on its bytes; Unicode properties are
  /// read only for a name with a non-ASCII scalar.
  static func isCaseSensitive(_ text: String) -> Bool {
    for byte in text.utf8 {
      if byte >= 0x80 { return text.unicodeScalars.contains { $0.properties.isUppercase } }
      if byte &- UInt8(ascii: "A") < 26 { return true }
    }
    return false
  }
}
