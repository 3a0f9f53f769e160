/// The text `newsgraph build --report` prints: what was read, what the graph holds by type,
/// the capitalized names that matched nothing (most frequent first, so the lexicon can grow),
/// and the merge report (which mentions became which entity, which were dropped and why).
public struct BuildReport: Sendable {
  public var result: BuildResult

  public init(result: BuildResult) {
    self.result = result
  }

  public var text: String {
    var lines: [String] = []
    lines.append(
      "# \(result.documentsRead) articles read, \(result.documentsSkipped) skipped")
    lines.append("")
    lines.append("## Entities by type")
    for (type, count) in Self.counts(result.graph.entities.map(\.type)) {
      lines.append("\(count)\t\(type)")
    }
    lines.append("")
    lines.append("## Relations by type")
    for (type, count) in Self.counts(result.graph.relations.map(\.type)) {
      lines.append("\(count)\t\(type)")
    }
    lines.append("")
    lines.append("## Names that matched nothing")
    for name in result.unmatchedNames { lines.append("\(name.count)\t\(name.name)") }
    lines.append("")
    lines.append("## Merges")
    var text = lines.joined(separator: "\n") + "\n"
    text += result.mergeReport.text
    return text
  }

  /// Most frequent first, then by name in code-point order.
  static func counts(_ names: [String]) -> [(String, Int)] {
    var counts: [String: Int] = [:]
    for name in names { counts[name, default: 0] += 1 }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.precedesByScalars($1.key) }
      .map { ($0.key, $0.value) }
  }
}
