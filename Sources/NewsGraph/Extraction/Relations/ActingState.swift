/// The state a government body acts for: "The US State Department has approved the sale of
/// missiles to Taiwan" is the United States supplying Taiwan, and "the US Treasury sanctioned …"
/// is the United States sanctioning. A lexicon organization with a `country` whose label names a
/// civilian government body (a ministry, department, office, the treasury, the White House) is
/// replaced by its state as the source of the relations a state carries out through it;
/// companies, armed forces and news agencies keep their own name.
public enum ActingState {
  /// Words of a label that make an organization a government body.
  static let bodyWords: Set<String> = [
    "ministry", "department", "treasury", "office", "white", "administration", "government",
    "cabinet", "kremlin", "chancellery",
  ]
  /// Words of a label that make it something else even so ("Fars News Agency").
  static let otherWords: Set<String> = ["news", "press", "media", "television", "radio"]
  /// Relation types whose source is replaced.
  public static let types: Set<String> = ["supplies", "sanctions", "deploys", "trains", "suspends"]

  /// Government body id → state id, from the organization entries of the lexicon.
  public static func map(_ lexicon: Lexicon) -> [String: String] {
    var result: [String: String] = [:]
    for position in lexicon.positions(ofType: "Organization") {
      guard let country = lexicon.entries[position].country else { continue }
      let words = Set(
        lexicon.entries[position].label.lowercased().split(whereSeparator: { !$0.isLetter })
          .map(String.init))
      if !words.isDisjoint(with: bodyWords) && words.isDisjoint(with: otherWords) {
        result[lexicon.entries[position].id] = country
      }
    }
    return result
  }
}
