/// A capitalized name that no mention covers, with how often the articles use it: what
/// `newsgraph build --report` lists so the lexicon can grow.
public struct UnmatchedName: Sendable, Equatable {
  public var name: String
  public var count: Int

  public init(name: String, count: Int) {
    self.name = name
    self.count = count
  }
}
