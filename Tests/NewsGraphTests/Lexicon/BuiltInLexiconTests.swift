import NewsGraph
import NewsGraphTestSupport
import Testing

/// The lexicon shipped in `ontology/lexicon` loads, and a sample of it is right.
@Suite struct BuiltInLexiconTests {
  let lexicon: Lexicon

  init() throws {
    let loader = LexiconLoader(ontology: try RepositoryPaths.ontology())
    lexicon = try loader.load(folder: RepositoryPaths.root + "/ontology/lexicon")
  }

  func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  func names(of id: String, _ kind: SurfaceForm.Kind? = nil) -> [String] {
    lexicon.surfaceForms.filter { $0.entryID == id && (kind == nil || $0.kind == kind) }
      .map(\.text)
  }

  @Test func everyFileLoadsWithItsRows() {
    let types = lexicon.entries.map(\.type)
    #expect(types.filter { $0 == "State" }.count >= 195)
    #expect(types.filter { $0 == "WeaponSystem" }.count >= 300)
    #expect(types.filter { $0 == "Organization" }.count >= 300)
    #expect(types.filter { $0 == "Person" }.count >= 300)
    #expect(types.filter { $0 == "Location" }.count >= 300)
    #expect(lexicon.offices.count >= 300)
    #expect(lexicon.roleTitles.count >= 50)
    #expect(
      lexicon.entries.map(\.id) == lexicon.entries.map(\.id).sorted { $0.precedesByScalars($1) })
  }

  @Test(arguments: [
    ("united-kingdom", "Q145"), ("russia", "Q159"), ("iran", "Q794"), ("ukraine", "Q212"),
    ("united-states", "Q30"), ("nato", "Q7184"),
  ])
  func wellKnownWikidataIds(id: String, wikidata: String) {
    #expect(lexicon.entry(id: id)?.wikidata == wikidata)
  }

  @Test func wellKnownNames() {
    #expect(names(of: "united-kingdom", .alias).contains("Britain"))
    #expect(names(of: "united-kingdom", .alias).contains("the UK"))
    #expect(names(of: "united-kingdom", .alias).contains("UK"))
    #expect(names(of: "united-kingdom", .adjective).contains("British"))
    #expect(names(of: "russia").contains("Moscow"))
    #expect(names(of: "russia").contains("the Kremlin"))
    #expect(names(of: "ukraine", .capital).contains("Kyiv"))
    #expect(names(of: "ukraine", .capital).contains("Kiev"))
    let lavrov = names(of: "sergey-lavrov")
    #expect(lavrov.contains("Sergey Lavrov") && lavrov.contains("Sergei Lavrov"))
    #expect(lexicon.entry(id: "nato")?.type == "Organization")
  }

  @Test func placesAreLocationsAndHostCapitalsAreBoth() {
    #expect(lexicon.entry(id: "crimea")?.type == "Location")
    #expect(lexicon.entry(id: "crimea")?.country == "ukraine")
    #expect(names(of: "odesa").contains("Odessa"))
    #expect(lexicon.entry(id: "brussels")?.wikidata == "Q239")
    #expect(names(of: "belgium", .capital).contains("Brussels"))
    #expect(names(of: "russia", .capital) == ["Moscow"])
    #expect(lexicon.entry(id: "moscow") == nil)
  }

  @Test func genericForcesAreNotOrganizationNames() {
    #expect(!names(of: "russian-armed-forces").contains("Russian military"))
    #expect(!names(of: "us-armed-forces").contains("US military"))
    #expect(names(of: "united-kingdom").contains("Downing Street"))
  }

  @Test func officeHoldersOnKnownDays() {
    #expect(
      lexicon.holders(role: "defence minister", of: "united-kingdom", on: date("2022-12-20"))
        == ["ben-wallace"])
    #expect(
      lexicon.holders(role: "defence minister", of: "russia", on: date("2022-02-11"))
        == ["sergei-shoigu"])
    #expect(
      lexicon.holders(role: "head of government", of: "united-kingdom", on: date("2022-12-20"))
        == ["rishi-sunak"])
    #expect(lexicon.entry(id: "rishi-sunak")?.label == "Rishi Sunak")
    #expect(
      lexicon.holders(role: "foreign minister", of: "russia", on: date("2022-12-20"))
        == ["sergey-lavrov"])
  }

  @Test func titlesMapToRoles() {
    #expect(
      lexicon.roles(title: "Secretary of State for Defence").map(\.state) == ["united-kingdom"])
    #expect(lexicon.roles(title: "Defence Secretary").map(\.role) == ["defence minister"])
  }

  @Test func officesAreListedPerPerson() {
    let shoigu = lexicon.offices(of: "sergei-shoigu")
    #expect(shoigu.map(\.role).contains("defence minister"))
    #expect(shoigu.allSatisfy { $0.state == "russia" })
  }
}
