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
}
