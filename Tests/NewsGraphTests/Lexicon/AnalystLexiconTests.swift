import NewsGraph
import NewsGraphTestSupport
import Testing

/// Analyst files (`--lexicon FILE`): their header, their lines, and how they merge.
@Suite struct AnalystLexiconTests {
  let loader: LexiconLoader
  let builtIn: Lexicon

  init() throws {
    loader = LexiconLoader(ontology: try RepositoryPaths.ontology())
    let states = """
      id\ttype\tlabel\taliases\twikidata\tcapital\tadjectives
      uk\tState\tUnited Kingdom\tBritain\tQ145\tLondon\tBritish
      ru\tState\tRussia\t\t\tMoscow\tRussian

      """
    builtIn = try loader.lexicon(
      entityTables: [TSVTable(bytes: Array(states.utf8), file: "states.tsv")],
      officeTable: TSVTable(bytes: Array("person\trole\tstate\tfrom\tuntil\n".utf8), file: "o"),
      roleTitleTable: TSVTable(bytes: Array("title\trole\tstate\n".utf8), file: "r"))
  }

  static let header = "id\ttype\tlabel\taliases\twikidata\n"

  func entries(_ text: String) throws -> [LexiconEntry] {
    try loader.analystEntries(bytes: Array(text.utf8), file: "analyst.tsv")
  }

  func expectError(line: Int, containing detail: String, _ body: () throws -> Void) {
    #expect {
      try body()
    } throws: { error in
      guard let error = error as? NewsGraphError, case .malformedTable = error.kind else {
        return false
      }
      return error.location == InputLocation(file: "analyst.tsv", line: line)
        && error.message.contains(detail)
    }
  }

  @Test func anAnalystFileAddsAndMergesEntries() throws {
    let added = try entries(
      Self.header
        + "uk\tState\tUnited Kingdom\tBlighty|Britain\t\n"
        + "ru\tState\tRussian Federation\tRF\tQ159\n"
        + "wagner\tOrganization\tWagner Group\tPMC Wagner\t\n")
    let merged = try loader.merge(added, into: builtIn)
    #expect(merged.entries.map(\.id) == ["ru", "uk", "wagner"])
    #expect(merged.entry(id: "uk")?.aliases == ["Britain", "Blighty"])
    #expect(merged.entry(id: "uk")?.wikidata == "Q145")
    #expect(merged.entry(id: "ru")?.aliases == ["Russian Federation", "RF"])
    #expect(merged.entry(id: "ru")?.wikidata == "Q159")
    #expect(merged.entry(id: "ru")?.capitals == ["Moscow"])
    #expect(merged.entry(id: "wagner")?.location == InputLocation(file: "analyst.tsv", line: 4))
  }

  @Test func aWrongHeaderIsAnErrorAtLineOne() {
    expectError(line: 1, containing: "exactly the header") {
      _ = try entries("id\ttype\tlabel\taliases\twikidata\tcountry\nx\tState\tX\t\t\t\n")
    }
    expectError(line: 1, containing: "exactly the header") {
      _ = try entries("id\tlabel\ttype\taliases\twikidata\n")
    }
  }

  @Test func aWrongFieldCountNamesTheLine() {
    let text = Self.header + "a\tState\tA\t\t\n" + "b\tState\tB\t\n" + "c\tState\tC\t\t\n"
    expectError(line: 3, containing: "expected 5 TAB-separated fields, found 4") {
      _ = try entries(text)
    }
  }

  @Test func aBadWikidataIdNamesTheLine() {
    expectError(line: 2, containing: "wikidata 'Q-12'") {
      _ = try entries(Self.header + "x\tState\tX\t\tQ-12\n")
    }
  }

  @Test func anUnknownTypeNamesTheLine() {
    expectError(line: 3, containing: "type 'Country'") {
      _ = try entries(Self.header + "x\tState\tX\t\t\n" + "y\tCountry\tY\t\t\n")
    }
  }

  @Test func aRepeatedIdInOneFileNamesTheSecondLine() {
    expectError(line: 3, containing: "analyst.tsv:2") {
      _ = try entries(Self.header + "x\tState\tX\t\t\n" + "x\tState\tX2\t\t\n")
    }
  }

  @Test func aConflictingWikidataIdIsAnErrorAtTheAnalystLine() throws {
    let added = try entries(Self.header + "# comment\nuk\tState\tUK\t\tQ146\n")
    expectError(line: 3, containing: "Q145 (states.tsv:2), not Q146") {
      _ = try loader.merge(added, into: builtIn)
    }
  }

  @Test func aDifferentTypeForAKnownIdIsAnError() throws {
    let added = try entries(Self.header + "ru\tOrganization\tRussia Inc\t\t\n")
    expectError(line: 2, containing: "is a State (states.tsv:3), not a Organization") {
      _ = try loader.merge(added, into: builtIn)
    }
  }

  @Test func aWikidataIdOfAnotherEntryIsAnError() throws {
    let added = try entries(Self.header + "gb\tState\tGreat Britain\t\tQ145\n")
    expectError(line: 2, containing: "already that of 'uk'") {
      _ = try loader.merge(added, into: builtIn)
    }
  }

  @Test func anAnalystFileIsReadFromDiskAndErrorsNameItsPath() throws {
    let folder = try Interop.temporaryFolder()
    let good = folder + "/extra.tsv"
    try Interop.write(Self.header + "wagner\tOrganization\tWagner Group\t\t\n", to: good)
    #expect(try loader.loadAnalystFile(path: good).map(\.id) == ["wagner"])
    let bad = folder + "/bad.tsv"
    try Interop.write("# one\n# two\n" + Self.header + "x\tState\n", to: bad)
    #expect {
      try loader.loadAnalystFile(path: bad)
    } throws: { error in
      (error as? NewsGraphError)?.location == InputLocation(file: bad, line: 4)
    }
  }

  @Test func aMissingBuiltInFileIsACannotReadError() throws {
    let folder = try Interop.temporaryFolder()
    #expect {
      try loader.load(folder: folder)
    } throws: { error in
      guard let error = error as? NewsGraphError, case .cannotRead = error.kind else {
        return false
      }
      return error.location?.file == folder + "/states.tsv" && error.exitCode == 66
    }
  }
}
