/// A title as English news writes it ("defence secretary"), and the generic role it means.
public struct RoleTitle: Sendable, Equatable {
  /// Lower case; matched case-insensitively.
  public var title: String
  public var role: String
  /// The state (or body) the title belongs to; nil when context must decide.
  public var state: String?

  public init(title: String, role: String, state: String? = nil) {
    self.title = title
    self.role = role
    self.state = state
  }
}
