import NewsGraph
import NewsGraphTestSupport
import Testing

/// The loader's rules, on small lexicons written in the test.
@Suite struct LexiconLoaderTests {
  let loader: LexiconLoader

  init() throws {
    loader = LexiconLoader(ontology: try RepositoryPaths.ontology())
  }

  static let states = """
    # states
    id\ttype\tlabel\taliases\twikidata\tcapital\tadjectives
    uk\tState\tUnited Kingdom\tBritain|the UK\tQ145\tLondon\tBritish|Briton
    ru\tState\tRussia\tthe Kremlin\tQ159\tMoscow\tRussian

    """
  static let people = """
    id\ttype\tlabel\taliases\twikidata
    ben\tPerson\tBen Wallace\t\t
    grant\tPerson\tGrant Shapps\t\t
    shoigu\tPerson\tSergei Shoigu\tSergey Shoigu\t

    """
  static let offices = """
    person\trole\tstate\tfrom\tuntil
    ben\tdefence minister\tuk\t2019-07-24\t2023-08-31
    grant\tdefence minister\tuk\t2023-08-31\t2024-07-05
    shoigu\tdefence minister\tru\t2012-11-06\t

    """
  static let titles = """
    title\trole\tstate
    Defence Secretary\tdefence minister\t
    secretary of state for defence\tdefence minister\tuk

    """

  func table(_ text: String, _ file: String) throws -> TSVTable {
    try TSVTable(bytes: Array(text.utf8), file: file)
  }

  func lexicon(
    states: String = Self.states, people: String = Self.people, offices: String = Self.offices,
    titles: String = Self.titles
  ) throws -> Lexicon {
    try loader.lexicon(
      entityTables: [table(states, "states.tsv"), table(people, "people.tsv")],
      officeTable: table(offices, "offices.tsv"), roleTitleTable: table(titles, "titles.tsv"))
  }

  func expectError(
    file: String, line: Int, containing detail: String, _ body: () throws -> Void
  ) {
    #expect {
      try body()
    } throws: { error in
      guard let error = error as? NewsGraphError, case .malformedTable = error.kind else {
        return false
      }
      return error.location?.file == file && error.location?.line == line
        && error.message.contains(detail) && error.exitCode == 65
    }
  }

  func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  @Test func entriesAreSortedAndCarryEveryColumn() throws {
    let lexicon = try lexicon()
    #expect(lexicon.entries.map(\.id) == ["ben", "grant", "ru", "shoigu", "uk"])
    let uk = try #require(lexicon.entry(id: "uk"))
    #expect(uk.aliases == ["Britain", "the UK"])
    #expect(uk.wikidata == "Q145")
    #expect(uk.capitals == ["London"])
    #expect(uk.adjectives == ["British", "Briton"])
    #expect(uk.location == InputLocation(file: "states.tsv", line: 3))
    #expect(lexicon.entry(id: "ben")?.wikidata == nil)
    #expect(lexicon.entry(id: "nobody") == nil)
  }

  @Test func surfaceFormsListEveryNameWithItsKind() throws {
    let forms = try lexicon().surfaceForms.filter { $0.entryID == "ru" }
    #expect(
      forms == [
        SurfaceForm(text: "Russia", entryID: "ru", kind: .label),
        SurfaceForm(text: "the Kremlin", entryID: "ru", kind: .alias),
        SurfaceForm(text: "Moscow", entryID: "ru", kind: .capital),
        SurfaceForm(text: "Russian", entryID: "ru", kind: .adjective),
      ])
  }

  @Test func holdersCountBothEndsOfATerm() throws {
    let lexicon = try lexicon()
    #expect(lexicon.holders(role: "defence minister", of: "uk", on: date("2022-12-20")) == ["ben"])
    #expect(
      lexicon.holders(role: "defence minister", of: "uk", on: date("2023-08-31"))
        == ["ben", "grant"])
    #expect(lexicon.holders(role: "defence minister", of: "uk", on: date("2019-07-23")) == [])
    #expect(lexicon.holders(role: "defence minister", of: "uk", on: date("2024-07-06")) == [])
    #expect(
      lexicon.holders(role: "defence minister", of: "ru", on: date("2030-01-01")) == ["shoigu"])
    #expect(lexicon.holders(role: "head of state", of: "uk", on: date("2022-12-20")) == [])
    #expect(lexicon.offices(of: "grant").map(\.until) == [date("2024-07-05")])
  }

  @Test func titlesMatchCaseInsensitively() throws {
    let lexicon = try lexicon()
    #expect(
      lexicon.roles(title: "DEFENCE secretary")
        == [RoleTitle(title: "defence secretary", role: "defence minister", state: nil)])
    #expect(lexicon.roles(title: "Secretary of State for Defence").map(\.state) == ["uk"])
    #expect(lexicon.roles(title: "defence").isEmpty)
  }

  @Test func aDuplicateIdAcrossFilesNamesTheSecondLine() {
    let people = Self.people + "uk\tPerson\tUK Person\t\t\n"
    expectError(file: "people.tsv", line: 5, containing: "states.tsv:3") {
      _ = try lexicon(people: people)
    }
  }

  @Test func aDuplicateWikidataIdIsAnError() {
    let people = Self.people + "putin\tPerson\tVladimir Putin\t\tQ159\n"
    expectError(file: "people.tsv", line: 5, containing: "Q159") {
      _ = try lexicon(people: people)
    }
  }

  @Test(arguments: [
    ("Bad-Id\tPerson\tX\t\t", "not a lowercase slug"),
    ("-x\tPerson\tX\t\t", "not a lowercase slug"),
    ("x y\tPerson\tX\t\t", "not a lowercase slug"),
    ("x\tPeople\tX\t\t", "not a class"),
    ("x\tPerson\t\t\t", "empty label"),
    ("x\tPerson\tX\t\tQ0", "wikidata"),
    ("x\tPerson\tX\t\tq12", "wikidata"),
    ("x\tPerson\tX\t\tQ12a", "wikidata"),
    ("x\tPerson\tX\ta||b\t", "empty value"),
  ])
  func aBadEntryLineIsAnErrorAtItsLine(line: String, detail: String) {
    expectError(file: "people.tsv", line: 5, containing: detail) {
      _ = try lexicon(people: Self.people + line + "\n")
    }
  }

  @Test(arguments: [
    ("nobody\tdefence minister\tuk\t2020-01-01\t", "person 'nobody'"),
    ("ben\tdefence minister\tnowhere\t2020-01-01\t", "state 'nowhere'"),
    ("uk\tdefence minister\tuk\t2020-01-01\t", "is a State"),
    ("ben\tdefence minister\tben\t2020-01-01\t", "is a Person"),
    ("ben\tdefence minister\tuk\t2020-02-30\t", "from '2020-02-30'"),
    ("ben\tdefence minister\tuk\t2020-01-01\t1 May 2021", "until '1 May 2021'"),
    ("ben\tdefence minister\tuk\t2020-01-01\t2019-12-31", "before it starts"),
    ("ben\t\tuk\t2020-01-01\t", "role is empty"),
  ])
  func aBadOfficeLineIsAnErrorAtItsLine(line: String, detail: String) {
    expectError(file: "offices.tsv", line: 5, containing: detail) {
      _ = try lexicon(offices: Self.offices + line + "\n")
    }
  }

  @Test func aTitleForAnUnknownStateIsAnError() {
    expectError(file: "titles.tsv", line: 4, containing: "state 'fr'") {
      _ = try lexicon(titles: Self.titles + "armed forces minister\tdefence minister\tfr\n")
    }
  }

  @Test func anUnknownOrMissingColumnIsAnErrorAtTheHeader() {
    expectError(file: "states.tsv", line: 2, containing: "unknown column 'flag'") {
      _ = try lexicon(states: "# x\nid\ttype\tlabel\taliases\twikidata\tflag\n")
    }
    expectError(file: "people.tsv", line: 1, containing: "lacks the column 'wikidata'") {
      _ = try lexicon(people: "id\ttype\tlabel\taliases\n")
    }
  }

  @Test func aCountryMustBeAState() {
    let states = "id\ttype\tlabel\taliases\twikidata\tcountry\nuk\tState\tUK\t\t\tben\n"
    expectError(file: "states.tsv", line: 2, containing: "country 'ben' is a Person") {
      _ = try lexicon(states: states)
    }
  }
}
