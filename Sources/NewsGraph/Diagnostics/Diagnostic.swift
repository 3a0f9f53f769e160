/// A warning or note: printed, never thrown. Work goes on after it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case warning
    case note
  }

  public var severity: Severity
  public var message: String
  public var location: InputLocation?

  public init(_ severity: Severity, _ message: String, at location: InputLocation? = nil) {
    self.severity = severity
    self.message = message
    self.location = location
  }

  public var description: String {
    let prefix = location.map { "\($0): " } ?? ""
    return "\(prefix)\(severity.rawValue): \(message)"
  }
}
