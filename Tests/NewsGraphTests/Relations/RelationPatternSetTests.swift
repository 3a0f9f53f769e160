import NewsGraph
import NewsGraphTestSupport
import Testing

/// The pattern loader: the shipped file, and every malformed line named by file and line.
@Suite struct RelationPatternSetTests {
  static let header =
    "rule\trelation\tkind\ttriggers\tsubject\tobject\tmarkers\trequires\texcludes\tgap\ttheme"
    + "\tconfidence\n"

  func load(_ lines: String) throws -> [RelationPattern] {
    let table = try TSVTable(bytes: Array((Self.header + lines).utf8), file: "patterns.tsv")
    return try RelationPatternSet.patterns(from: table)
  }

  func error(_ lines: String) -> NewsGraphError? {
    do {
      _ = try load(lines)
      return nil
    } catch let error as NewsGraphError {
      return error
    } catch {
      return nil
    }
  }

  @Test func theShippedPatternsLoadAndCoverTheRelations() {
    let relations = Set(RelationFixture.patterns.patterns.map(\.relation))
    for relation in [
      "supplies", "memberOf", "meets", "sanctions", "usesAgainst", "trains", "deploys",
      "develops", "suspends", "violates",
    ] {
      #expect(relations.contains(relation), "no rule for \(relation)")
    }
  }

  @Test func aRuleReadsEveryColumn() throws {
    let patterns = try load(
      "s.v\tsupplies\tverb\tsupply|hand over\tState\tState|Organization\tdirect|to|in its war on\t"
        + "@weapon|arms\t-\t6\tweapon\t0.8\n")
    let pattern = try #require(patterns.first)
    #expect(pattern.id == "s.v")
    #expect(pattern.kind == .verb)
    #expect(pattern.triggers == ["supply", "hand over"])
    #expect(pattern.subjectTypes == ["State"])
    #expect(pattern.objectTypes == ["State", "Organization"])
    #expect(pattern.allowsDirectObject)
    #expect(pattern.markers == [["to"], ["in", "its", "war", "on"]])
    #expect(pattern.requires == ["@weapon", "arms"])
    #expect(pattern.excludes.isEmpty)
    #expect(pattern.gap == 6)
    #expect(pattern.takesWeapon)
    #expect(pattern.confidence == 0.8)
  }

  @Test(arguments: [
    ("x\tinvades\tverb\tinvade\tState\tState\tdirect\t-\t-\t6\t-\t0.8\n", "unknown relation"),
    ("x\tsupplies\tverb\tsupply\tCountry\tState\tdirect\t-\t-\t6\t-\t0.8\n", "unknown class"),
    ("x\tsupplies\tverb\t\tState\tState\tdirect\t-\t-\t6\t-\t0.8\n", "empty trigger"),
    ("x\tsupplies\tverb\tsupply||sell\tState\tState\tdirect\t-\t-\t6\t-\t0.8\n", "empty trigger"),
    ("x\tsupplies\tverb\tsupply\tState\tState\tdirect\t-\t-\t6\t-\t1.5\n", "confidence"),
    ("x\tsupplies\tverb\tsupply\tState\tState\tdirect\t-\t-\t6\t-\thigh\n", "confidence"),
    ("x\tsupplies\tverbal\tsupply\tState\tState\tdirect\t-\t-\t6\t-\t0.8\n", "unknown kind"),
    ("x\tsupplies\tverb\tsupply\tState\tState\t\t-\t-\t6\t-\t0.8\n", "empty markers"),
    ("x\tsupplies\tverb\tsupply\tState\tState\tdirect\t-\t-\tsix\t-\t0.8\n", "gap"),
    ("x\tsupplies\tverb\tsupply\tState\tState\tdirect\t-\t-\t6\tmoney\t0.8\n", "unknown theme"),
  ])
  func aMalformedLineIsAnErrorNamingFileAndLine(line: String, message: String) throws {
    let good = "ok\tsupplies\tverb\tsupply\tState\tState\tdirect\t-\t-\t6\t-\t0.8\n"
    let found = try #require(error("# a comment\n" + good + line))
    #expect(found.location?.file == "patterns.tsv")
    #expect(found.location?.line == 4)
    #expect(found.description.contains(message), "\(found.description)")
  }

  @Test func anOptionalModalityColumnNamesWhatTheTriggerImplies() throws {
    let header =
      "rule\trelation\tkind\ttriggers\tsubject\tobject\tmarkers\trequires\texcludes\tgap\ttheme"
      + "\tconfidence\tmodality\n"
    let good = try TSVTable(
      bytes: Array(
        (header + "p\tsupplies\tverb\tpledge\tState\tState\tto\t-\t-\t6\t-\t0.7\tplanned\n"
          + "q\tsupplies\tverb\tsell\tState\tState\tto\t-\t-\t6\t-\t0.7\t-\n").utf8),
      file: "patterns.tsv")
    #expect(try RelationPatternSet.patterns(from: good).map(\.modality) == [.planned, nil])
    let bad = try TSVTable(
      bytes: Array(
        (header + "p\tsupplies\tverb\tpledge\tState\tState\tto\t-\t-\t6\t-\t0.7\tmaybe\n")
          .utf8),
      file: "patterns.tsv")
    #expect {
      try RelationPatternSet.patterns(from: bad)
    } throws: { error in
      (error as? NewsGraphError)?.location?.line == 2
        && "\(error)".contains("unknown modality")
    }
  }

  @Test func aRuleIdIsUsedOnce() throws {
    let line = "x\tsupplies\tverb\tsupply\tState\tState\tdirect\t-\t-\t6\t-\t0.8\n"
    let found = try #require(error(line + line))
    #expect(found.location?.line == 3)
    #expect(found.description.contains("twice"))
  }

  @Test func aMissingColumnIsAnErrorOnTheHeader() throws {
    let table = try TSVTable(
      bytes: Array("rule\trelation\nx\tsupplies\n".utf8), file: "patterns.tsv")
    #expect(throws: NewsGraphError.self) { try RelationPatternSet.patterns(from: table) }
  }

  @Test func aMissingFileIsAnError() {
    #expect(throws: (any Error).self) { try RelationPatternSet(folder: "/nonexistent") }
  }
}
