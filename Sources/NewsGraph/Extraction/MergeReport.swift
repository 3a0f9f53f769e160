/// What resolution did: each distinct surface form merged into each entity (once, at its first
/// occurrence), and every dropped mention, in input order.
public struct MergeReport: Sendable, Equatable {
  public var lines: [MergeLine]

  public init(lines: [MergeLine] = []) {
    self.lines = lines
  }

  /// One line per entry: `entity <- "text" (reason) [document]`, or `- "text" (reason)` for a
  /// dropped mention; ends with a newline unless empty.
  public var text: String {
    var out = ""
    for line in lines {
      out += line.entity.map { "\($0) <- " } ?? "- "
      out += "\"\(line.text)\" (\(line.reason.rawValue)"
      if !line.detail.isEmpty { out += ": \(line.detail)" }
      out += ") [\(line.document)]\n"
    }
    return out
  }
}
