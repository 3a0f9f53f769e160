/// The modality cues and reporting verbs of `ontology/cues/`, compiled once into automatons.
///
/// Data rather than code so an analyst can add a cue without recompiling; the files are read
/// with the strict `TSVTable`, so a bad line is an error naming its file and line.
public struct CueLexicon: Sendable {
  public let modalityCues: [ModalityCue]
  public let reportingVerbs: [ReportingVerb]
  /// Payload = index into `modalityCues`.
  let modalityAutomaton: PhraseAutomaton
  /// Payload = index into `reportingVerbs`.
  let verbAutomaton: PhraseAutomaton

  public init(modalityCues: [ModalityCue], reportingVerbs: [ReportingVerb]) {
    self.modalityCues = modalityCues
    self.reportingVerbs = reportingVerbs
    modalityAutomaton = PhraseAutomaton(
      phrases: modalityCues.enumerated().map {
        (text: $0.element.text, payload: Int32($0.offset), caseSensitive: $0.element.caseSensitive)
      })
    var forms: [(text: String, payload: Int32, caseSensitive: Bool)] = []
    for (index, verb) in reportingVerbs.enumerated() {
      for form in verb.forms { forms.append((form, Int32(index), false)) }
    }
    verbAutomaton = PhraseAutomaton(phrases: forms)
  }

  /// Reads `modality.tsv` and `reporting-verbs.tsv` from a folder (`ontology/cues`).
  public init(folder: String) throws {
    let modality = try TSVTable(contentsOf: folder + "/modality.tsv")
    let verbs = try TSVTable(contentsOf: folder + "/reporting-verbs.tsv")
    try self.init(
      modalityCues: Self.modalityCues(from: modality),
      reportingVerbs: Self.reportingVerbs(from: verbs))
  }

  /// The rows of a modality table: columns `cue`, `modality`, `scope` and optionally `case`
  /// (`any`, the default, or `exact`).
  public static func modalityCues(from table: TSVTable) throws -> [ModalityCue] {
    try requireColumns(["cue", "modality", "scope"], in: table)
    return try table.rows.map { row in
      let location = table.location(of: row)
      let text = row["cue"]!
      guard !text.isEmpty else {
        throw NewsGraphError(.malformedTable("empty cue"), at: location)
      }
      guard let modality = Modality(rawValue: row["modality"]!), modality != .asserted else {
        throw NewsGraphError(
          .malformedTable(
            "unknown modality '\(row["modality"]!)' (one of: "
              + Modality.allCases.dropFirst().map(\.rawValue).joined(separator: ", ") + ")"),
          at: location)
      }
      guard let scope = CueScope(rawValue: row["scope"]!) else {
        throw NewsGraphError(
          .malformedTable(
            "unknown scope '\(row["scope"]!)' (one of: "
              + CueScope.allCases.map(\.rawValue).joined(separator: ", ") + ")"),
          at: location)
      }
      let caseField = row["case"] ?? ""
      guard ["", "any", "exact"].contains(caseField) else {
        throw NewsGraphError(
          .malformedTable("unknown case '\(caseField)' (any or exact)"), at: location)
      }
      return ModalityCue(
        text: text, modality: modality, scope: scope, caseSensitive: caseField == "exact")
    }
  }

  /// The rows of a reporting-verb table: columns `verb`, `forms` (separated by `|`), `stance`.
  public static func reportingVerbs(from table: TSVTable) throws -> [ReportingVerb] {
    try requireColumns(["verb", "forms", "stance"], in: table)
    return try table.rows.map { row in
      let location = table.location(of: row)
      let lemma = row["verb"]!
      let forms = row["forms"]!.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmingSpaces()
      }
      guard !lemma.isEmpty, !forms.isEmpty, !forms.contains("") else {
        throw NewsGraphError(
          .malformedTable("a verb needs a lemma and non-empty forms"), at: location)
      }
      guard let stance = ReportingStance(rawValue: row["stance"]!) else {
        throw NewsGraphError(
          .malformedTable(
            "unknown stance '\(row["stance"]!)' (one of: "
              + ReportingStance.allCases.map(\.rawValue).joined(separator: ", ") + ")"),
          at: location)
      }
      return ReportingVerb(lemma: lemma, forms: forms, stance: stance)
    }
  }

  private static func requireColumns(_ names: [String], in table: TSVTable) throws {
    for name in names where !table.hasColumn(name) {
      throw NewsGraphError(
        .malformedTable("missing column '\(name)'"), at: table.headerLocation)
    }
  }
}

extension String {
  /// The string without leading and trailing ASCII spaces.
  fileprivate func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while scalars.first == " " { scalars.removeFirst() }
    while scalars.last == " " { scalars.removeLast() }
    return String(scalars)
  }
}
