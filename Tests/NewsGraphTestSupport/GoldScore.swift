/// Counts for one row of the score table, and the precision, recall and F1 they give.
///
/// With nothing extracted, precision is 1 when nothing was expected either and 0 otherwise;
/// likewise recall with nothing expected. So an empty row never reads as perfect by accident.
public struct GoldScore: Sendable, Equatable {
  public var gold: Int
  public var extracted: Int
  public var matched: Int

  public init(gold: Int = 0, extracted: Int = 0, matched: Int = 0) {
    self.gold = gold
    self.extracted = extracted
    self.matched = matched
  }

  public var precision: Double {
    extracted > 0 ? Double(matched) / Double(extracted) : (gold == 0 ? 1 : 0)
  }

  public var recall: Double {
    gold > 0 ? Double(matched) / Double(gold) : (extracted == 0 ? 1 : 0)
  }

  public var f1: Double {
    let sum = precision + recall
    return sum > 0 ? 2 * precision * recall / sum : 0
  }

  static func + (lhs: GoldScore, rhs: GoldScore) -> GoldScore {
    GoldScore(
      gold: lhs.gold + rhs.gold, extracted: lhs.extracted + rhs.extracted,
      matched: lhs.matched + rhs.matched)
  }
}
