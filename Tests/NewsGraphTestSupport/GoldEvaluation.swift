import Foundation
import NewsGraph

/// The result of scoring a graph against the gold: counts per type, what was missed, what was
/// extracted but is not in the gold, and a readable report of it all.
public struct GoldEvaluation: Sendable {
  /// An extracted relation that matched no gold fact, and why.
  public struct SpuriousRelation: Sendable {
    public var relation: Relation
    public var reason: String
  }

  /// Per entity type (gold types and any type the graph adds).
  public let entityScores: [String: GoldScore]
  /// Per relation type.
  public let relationScores: [String: GoldScore]
  /// Gold entity id → the extracted entity id it matched.
  public let entityMatches: [String: String]
  public let missedEntities: [GoldEntity]
  public let spuriousEntities: [Entity]
  public let missedFacts: [GoldFact]
  public let spuriousRelations: [SpuriousRelation]

  /// Micro-averaged over all entity types.
  public var entities: GoldScore { entityScores.values.reduce(GoldScore(), +) }
  /// Micro-averaged over all relation types.
  public var relations: GoldScore { relationScores.values.reduce(GoldScore(), +) }

  /// The score tables, then the missed and spurious items, one per line.
  public func report() -> String {
    var lines: [String] = []
    lines += Self.table(title: "entities", scores: entityScores, overall: entities)
    lines.append("")
    lines += Self.table(title: "relations", scores: relationScores, overall: relations)
    lines.append("")
    lines.append("missed entities (\(missedEntities.count)):")
    lines += missedEntities.map { "  \($0.type) \($0.id) (\($0.label))" }
    lines.append("spurious entities (\(spuriousEntities.count)):")
    lines += spuriousEntities.map { "  \($0.type) \($0.id) (\($0.label))" }
    lines.append("missed relations (\(missedFacts.count)):")
    for fact in missedFacts {
      let first = fact.statements[0]
      lines.append("  \(fact.summary) — \(first.document): \"\(first.evidence)\"")
    }
    lines.append("spurious relations (\(spuriousRelations.count)):")
    for item in spuriousRelations {
      let relation = item.relation
      let modality = GoldEvaluator.modality(of: relation)
      lines.append(
        "  \(relation.type) \(relation.source) -> \(relation.target) [\(modality)] "
          + "\(relation.id): \(item.reason)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func table(title: String, scores: [String: GoldScore], overall: GoldScore) -> [String] {
    let types = scores.keys.sorted { $0.precedesByScalars($1) }
    let width = max(title.count, types.map(\.count).max() ?? 0, "overall".count)
    func row(_ cells: [String]) -> String {
      ([left(cells[0], width)] + zip(cells.dropFirst(), [6, 10, 8, 7, 7, 7]).map(right))
        .joined(separator: " ")
    }
    func row(_ name: String, _ score: GoldScore) -> String {
      row(
        [name, String(score.gold), String(score.extracted), String(score.matched)]
          + [score.precision, score.recall, score.f1].map(format))
    }
    var lines = [row([title, "gold", "extracted", "matched", "P", "R", "F1"])]
    lines += types.map { row($0, scores[$0]!) }
    lines.append(row("overall", overall))
    return lines
  }

  private static func format(_ value: Double) -> String { String(format: "%.3f", value) }

  private static func left(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  private static func right(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
