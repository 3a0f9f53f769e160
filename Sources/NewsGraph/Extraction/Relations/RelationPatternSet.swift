/// The relation patterns of `ontology/relations/patterns.tsv`, compiled once into one
/// `PhraseAutomaton` over every trigger form.
///
/// Data rather than code so an analyst can add a rule without recompiling; the file is read with
/// the strict `TSVTable`, and a rule with an unknown relation or class, no trigger or a
/// confidence outside 0…1 is an error naming the file and line.
public struct RelationPatternSet: Sendable {
  public let patterns: [RelationPattern]
  /// Payload = index into `patterns`.
  let automaton: PhraseAutomaton

  /// The relations a rule may produce: the ontology's object properties between entities.
  public static let relations: Set<String> = [
    "supplies", "memberOf", "meets", "sanctions", "usesAgainst", "trains", "deploys", "develops",
    "suspends", "violates", "holdsRole", "partyTo",
  ]
  /// The classes a rule may ask for.
  public static let classes: Set<String> = [
    "State", "Organization", "Person", "WeaponSystem", "Agreement", "Location",
  ]

  public init(patterns: [RelationPattern]) {
    self.patterns = patterns
    var phrases: [(text: String, payload: Int32, caseSensitive: Bool)] = []
    for (index, pattern) in patterns.enumerated() {
      for trigger in pattern.triggers { phrases.append((trigger, Int32(index), false)) }
    }
    automaton = PhraseAutomaton(phrases: phrases)
  }

  /// Reads `patterns.tsv` from a folder (`ontology/relations`).
  public init(folder: String) throws {
    try self.init(patterns: Self.patterns(from: TSVTable(contentsOf: folder + "/patterns.tsv")))
  }

  /// The rules of a pattern table (columns: rule, relation, kind, triggers, subject, object,
  /// markers, requires, excludes, gap, theme, confidence, and optionally modality).
  public static func patterns(from table: TSVTable) throws -> [RelationPattern] {
    let columns = [
      "rule", "relation", "kind", "triggers", "subject", "object", "markers", "requires",
      "excludes", "gap", "theme", "confidence",
    ]
    for name in columns where !table.hasColumn(name) {
      throw NewsGraphError(.malformedTable("missing column '\(name)'"), at: table.headerLocation)
    }
    var seen = Set<String>()
    return try table.rows.map { row in
      let location = table.location(of: row)
      func fail(_ message: String) -> NewsGraphError {
        NewsGraphError(.malformedTable(message), at: location)
      }
      let id = row["rule"]!
      guard !id.isEmpty else { throw fail("empty rule id") }
      guard seen.insert(id).inserted else { throw fail("rule id '\(id)' is used twice") }
      let relation = row["relation"]!
      guard relations.contains(relation) else {
        throw fail(
          "unknown relation '\(relation)' (one of: \(relations.sorted().joined(separator: ", ")))")
      }
      guard let kind = RelationPatternKind(rawValue: row["kind"]!) else {
        throw fail(
          "unknown kind '\(row["kind"]!)' (one of: "
            + RelationPatternKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
      }
      let triggers = list(row["triggers"]!)
      guard !triggers.isEmpty, !triggers.contains("") else {
        throw fail("empty trigger (write every form, separated by |)")
      }
      func types(_ column: String) throws -> Set<String> {
        let names = list(row[column]!)
        for name in names where !classes.contains(name) {
          throw fail(
            "unknown class '\(name)' in \(column) (one of: "
              + classes.sorted().joined(separator: ", ") + ")")
        }
        guard !names.isEmpty else { throw fail("empty \(column) classes") }
        return Set(names)
      }
      let subjectTypes = try types("subject")
      let objectTypes = try types("object")
      let markerList = list(row["markers"]!)
      guard !markerList.isEmpty, !markerList.contains("") else {
        throw fail("empty markers (write 'direct' for an object right after the trigger)")
      }
      let markers = markerList.filter { $0 != "direct" }.map { phrase in
        phrase.lowercased().split(separator: " ").map(String.init)
      }
      guard let gap = Int(row["gap"]!), gap >= 0 else {
        throw fail("gap '\(row["gap"]!)' is not a whole number of words")
      }
      let theme = row["theme"]!
      guard ["weapon", "count", "-"].contains(theme) else {
        throw fail("unknown theme '\(theme)' (weapon, count or -)")
      }
      guard let confidence = Double(row["confidence"]!), confidence >= 0, confidence <= 1 else {
        throw fail("confidence '\(row["confidence"]!)' is not a number from 0 to 1")
      }
      let modalityField = row["modality"] ?? "-"
      var modality: Modality?
      if modalityField != "-" && !modalityField.isEmpty {
        guard let given = Modality(rawValue: modalityField) else {
          throw fail(
            "unknown modality '\(modalityField)' (one of: "
              + Modality.allCases.map(\.rawValue).joined(separator: ", ") + ", or -)")
        }
        modality = given
      }
      return RelationPattern(
        id: id, relation: relation, kind: kind, triggers: triggers,
        subjectTypes: subjectTypes, objectTypes: objectTypes, markers: markers,
        allowsDirectObject: markerList.contains("direct"),
        requires: Set(wordList(row["requires"]!)), excludes: Set(wordList(row["excludes"]!)),
        gap: gap, takesWeapon: theme == "weapon",
        takesCount: theme == "count", confidence: confidence, modality: modality)
    }
  }

  /// A `|` list with each item trimmed of spaces; "-" or an empty field is the empty list.
  private static func list(_ field: String) -> [String] {
    guard field != "-", !field.isEmpty else { return [] }
    return field.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmingCharacters(in: " ")
    }
  }

  private static func wordList(_ field: String) -> [String] {
    list(field).filter { !$0.isEmpty }.map { $0.lowercased() }
  }
}

extension String {
  /// The string without leading and trailing occurrences of `character`.
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text.removeFirst() }
    while text.last == character { text.removeLast() }
    return String(text)
  }
}
