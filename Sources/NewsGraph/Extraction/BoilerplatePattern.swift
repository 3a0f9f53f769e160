/// One shape of website boilerplate line, matched against a normalized line (trimmed, ASCII
/// lowercased, inline tags such as `<u>` removed, runs of spaces made one, curly apostrophes
/// made straight).
public enum BoilerplatePattern: Sendable, Equatable {
  /// The whole line is this text.
  case line(String)
  /// The line starts with this text ("Additional reporting by …").
  case prefix(String)
  /// The line starts with the first text and ends with the second ("Copyright … reserved.").
  case enclosed(String, String)

  /// Whether a normalized line has this shape.
  public func matches(_ normalized: String) -> Bool {
    switch self {
    case .line(let text): normalized == text
    case .prefix(let text): normalized.hasPrefix(text)
    case .enclosed(let start, let end):
      normalized.utf8.count >= start.utf8.count + end.utf8.count && normalized.hasPrefix(start)
        && normalized.hasSuffix(end)
    }
  }
}
