import NewsGraph
import NewsGraphTestSupport
import Testing

/// `EntityResolver` on hand-made mentions and a small in-memory lexicon, one rule per test.
@Suite struct EntityResolverTests {
  static let lexicon = Lexicon(
    entries: [
      LexiconEntry(
        id: "united-kingdom", type: "State", label: "United Kingdom", aliases: ["Britain", "UK"],
        wikidata: "Q145", capitals: ["London"], adjectives: ["British"]),
      LexiconEntry(id: "russia", type: "State", label: "Russia", wikidata: "Q159"),
      LexiconEntry(id: "ben-wallace", type: "Person", label: "Ben Wallace"),
      LexiconEntry(id: "grant-shapps", type: "Person", label: "Grant Shapps"),
      LexiconEntry(id: "liz-truss", type: "Person", label: "Liz Truss"),
      LexiconEntry(id: "john-smith", type: "Person", label: "John Smith"),
      LexiconEntry(id: "jane-smith", type: "Person", label: "Jane Smith"),
      LexiconEntry(id: "patriot", type: "WeaponSystem", label: "Patriot"),
    ],
    offices: [
      Office(
        person: "ben-wallace", role: "defence minister", state: "united-kingdom",
        from: date("2019-07-24"), until: date("2023-08-31")),
      Office(
        person: "grant-shapps", role: "defence minister", state: "united-kingdom",
        from: date("2023-08-31"), until: nil),
      Office(
        person: "jane-smith", role: "foreign minister", state: "united-kingdom",
        from: date("2020-01-01"), until: nil),
    ])

  static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  static func article(_ name: String, published: String? = nil, text: String = "") -> Article {
    Article(
      document: name, text: text, title: nil,
      metadata: published.map { ArticleMetadata(file: name, published: date($0)) },
      contentLines: [])
  }

  /// A mention found in `document`; a slug candidate is the slug of the text without honorific.
  static func mention(
    _ text: String, _ candidates: [String], _ type: String, in document: String = "a.txt",
    method: MentionMethod = .lexicon(.label), role: String? = nil, state: String? = nil,
    sentence: Int = 0, bytes: Range<Int> = 0..<0
  ) -> Mention {
    Mention(
      document: document, sentence: sentence, bytes: bytes, scalars: 0..<0, text: text,
      candidates: candidates, type: type, method: method, role: role, state: state)
  }

  let resolver = EntityResolver(lexicon: lexicon)

  func entity(_ id: String, in result: EntityResolution) throws -> ResolvedEntity {
    try #require(result.entities.first { $0.id == id }, "no entity \(id)")
  }

  @Test func lexiconMentionsTakeTheEntryAndKeepCleanedAliases() throws {
    let mentions = [
      Self.mention("Britain’s", ["united-kingdom"], "State"),
      Self.mention("the UK", ["united-kingdom"], "State"),
      Self.mention("British", ["united-kingdom"], "State", method: .lexicon(.adjective)),
      Self.mention("London", ["united-kingdom"], "State", method: .lexicon(.capital)),
      Self.mention("United Kingdom", ["united-kingdom"], "State"),
      Self.mention("Britain", ["united-kingdom"], "State"),
    ]
    let result = resolver.resolve([(Self.article("a.txt"), mentions)])
    let uk = try entity("united-kingdom", in: result)
    #expect(uk.label == "United Kingdom")
    #expect(uk.wikidata == "Q145")
    #expect(uk.aliases == ["Britain", "UK", "British", "London"])
    #expect(uk.mentions == 6)
    #expect(uk.documents == ["a.txt"])
    #expect(result.assignments == [Array(repeating: "united-kingdom", count: 6)])
    #expect(uk.entity.attributes["mentions"] == .integer(6))
  }

  @Test func aLeadingTheIsDroppedFromAliasesButNotFromLabels() throws {
    let lexicon = Lexicon(entries: [
      LexiconEntry(id: "the-times", type: "Organization", label: "The Times"),
      LexiconEntry(
        id: "russia", type: "State", label: "Russia", aliases: ["the Kremlin", "Kremlin"]),
    ])
    let mentions = [
      Self.mention("The Times", ["the-times"], "Organization"),
      Self.mention("the Kremlin", ["russia"], "State"),
      Self.mention("The Kremlin’s", ["russia"], "State"),
    ]
    let result = EntityResolver(lexicon: lexicon).resolve([(Self.article("a.txt"), mentions)])
    #expect(try entity("the-times", in: result).aliases == [])
    #expect(try entity("russia", in: result).aliases == ["Kremlin"])
  }

  @Test func bareSurnameJoinsTheFullNameOfTheSameDocument() throws {
    let mentions = [
      Self.mention("Defence Secretary Ben Wallace", ["ben-wallace"], "Person"),
      Self.mention("Mr Wallace", ["wallace"], "Person", method: .titledPerson),
      Self.mention("Peter Jones", ["peter-jones"], "Person", method: .titledPerson),
      Self.mention("Mr. Jones’s", ["jones"], "Person", method: .titledPerson),
    ]
    let result = resolver.resolve([(Self.article("a.txt"), mentions)])
    #expect(result.assignments == [["ben-wallace", "ben-wallace", "peter-jones", "peter-jones"]])
    #expect(try entity("peter-jones", in: result).aliases == ["Mr. Jones"])
    #expect(try entity("ben-wallace", in: result).mentions == 2)
    #expect(!result.entities.contains { $0.id == "wallace" || $0.id == "jones" })
    #expect(result.report.text.contains("peter-jones <- \"Mr. Jones’s\" (surname) [a.txt]"))
  }

  @Test func bareSurnameJoinsAFullNameOfAnEarlierDocument() throws {
    let first = [Self.mention("Liz Truss", ["liz-truss"], "Person", in: "a.txt")]
    let second = [
      Self.mention("Ms Truss", ["truss"], "Person", in: "b.txt", method: .titledPerson)
    ]
    let result = resolver.resolve([(Self.article("a.txt"), first), (Self.article("b.txt"), second)])
    #expect(result.assignments == [["liz-truss"], ["liz-truss"]])
    #expect(try entity("liz-truss", in: result).documents == ["a.txt", "b.txt"])
    #expect(try entity("liz-truss", in: result).aliases == ["Ms Truss"])
  }

  @Test func unknownSurnameBecomesItsOwnPerson() throws {
    let mentions = [Self.mention("Mr. Volkov", ["volkov"], "Person", method: .titledPerson)]
    let result = resolver.resolve([(Self.article("a.txt"), mentions)])
    let volkov = try entity("volkov", in: result)
    #expect(volkov.label == "Volkov")
    #expect(volkov.aliases == ["Mr. Volkov"])
    #expect(result.report.text == "volkov <- \"Mr. Volkov\" (slug) [a.txt]\n")
  }

  @Test func ambiguousCandidateIsChosenByAnEarlierMention() throws {
    let smiths = ["jane-smith", "john-smith"]
    let first = [Self.mention("John Smith", ["john-smith"], "Person", in: "a.txt")]
    let second = [Self.mention("Smith", smiths, "Person", in: "b.txt")]
    let result = resolver.resolve([(Self.article("a.txt"), first), (Self.article("b.txt"), second)])
    #expect(result.assignments == [["john-smith"], ["john-smith"]])
    #expect(result.report.lines.last?.reason == .earlierDocument)
    let sameDocument = resolver.resolve([
      (
        Self.article("a.txt"),
        [
          Self.mention("Jane Smith", ["jane-smith"], "Person"),
          Self.mention("Smith", smiths, "Person"),
        ]
      )
    ])
    #expect(sameDocument.assignments == [["jane-smith", "jane-smith"]])
  }

  @Test func ambiguousCandidateIsChosenByOfficeOrDropped() throws {
    let smith = Self.mention("Smith", ["jane-smith", "john-smith"], "Person")
    let inOffice = resolver.resolve([(Self.article("a.txt", published: "2022-05-01"), [smith])])
    #expect(inOffice.assignments == [["jane-smith"]])
    #expect(inOffice.report.lines.map(\.reason) == [.officeHeld])
    let undated = resolver.resolve([(Self.article("a.txt"), [smith])])
    #expect(undated.assignments == [[nil]])
    #expect(undated.entities.isEmpty)
    #expect(
      undated.report.text == "- \"Smith\" (dropped: ambiguous: jane-smith, john-smith) [a.txt]\n")
  }

  @Test func typesNeverConflict() throws {
    let mentions = [
      Self.mention("Patriot", ["patriot"], "Organization", method: .cueOrganization),
      Self.mention("Patriot Command", ["patriot"], "Organization", method: .cueOrganization),
      Self.mention("Patriot", ["patriot"], "WeaponSystem"),
      Self.mention("Wallace", ["wallace"], "Organization", method: .cueOrganization),
      Self.mention("Mr Wallace", ["wallace"], "Person", method: .titledPerson),
    ]
    let result = resolver.resolve([(Self.article("a.txt"), mentions)])
    #expect(result.assignments == [[nil, nil, "patriot", "wallace", "wallace-person"]])
    #expect(result.report.lines.first?.reason == .typeConflict)
    #expect(try entity("wallace", in: result).type == "Organization")
    #expect(try entity("wallace-person", in: result).type == "Person")
    #expect(try entity("patriot", in: result).mentions == 1)
  }

  @Test func bareSurnameNeverJoinsAnotherType() throws {
    let mentions = [
      Self.mention("Kirby Command", ["kirby-command"], "Organization", method: .cueOrganization),
      Self.mention("Mr Command", ["command"], "Person", method: .titledPerson),
    ]
    let result = resolver.resolve([(Self.article("a.txt"), mentions)])
    #expect(result.assignments == [["kirby-command", "command"]])
  }

  @Test func addingADocumentKeepsTheIdsOfEarlierOnes() throws {
    let a = [
      Self.mention("Mr Jones", ["jones"], "Person", in: "a.txt", method: .titledPerson),
      Self.mention("Smith", ["jane-smith", "john-smith"], "Person", in: "a.txt"),
      Self.mention("Britain", ["united-kingdom"], "State", in: "a.txt"),
    ]
    let b = [
      Self.mention("Peter Jones", ["peter-jones"], "Person", in: "b.txt", method: .titledPerson),
      Self.mention("John Smith", ["john-smith"], "Person", in: "b.txt"),
      Self.mention("Mr Jones", ["jones"], "Person", in: "b.txt", method: .titledPerson),
    ]
    let alone = resolver.resolve([(Self.article("a.txt", published: "2022-05-01"), a)])
    let both = resolver.resolve([
      (Self.article("a.txt", published: "2022-05-01"), a), (Self.article("b.txt"), b),
    ])
    #expect(both.assignments.first == alone.assignments.first)
    #expect(alone.assignments == [["jones", "jane-smith", "united-kingdom"]])
    #expect(both.assignments.last == ["peter-jones", "john-smith", "peter-jones"])
    let ids = Set(both.entities.map(\.id))
    #expect(alone.entities.allSatisfy { ids.contains($0.id) })
  }

  @Test func sameInputSameOutput() {
    let mentions = [
      Self.mention("Liz Truss", ["liz-truss"], "Person"),
      Self.mention("Ms Truss", ["truss"], "Person", method: .titledPerson),
      Self.mention("Britain", ["united-kingdom"], "State"),
    ]
    let input = [(Self.article("a.txt"), mentions), (Self.article("b.txt"), mentions)]
    #expect(resolver.resolve(input) == resolver.resolve(input))
  }

  @Test func aWeaponNamedBeforeItsClassIsLabelledByTheName() throws {
    let mentions = [
      Self.mention("Zephyr air-to-air missiles", ["zephyr"], "WeaponSystem", method: .namedWeapon),
      Self.mention("Zeta-class submarines", ["zeta"], "WeaponSystem", method: .namedWeapon),
    ]
    let result = resolver.resolve([(Self.article("a.txt"), mentions)])
    let zephyr = try entity("zephyr", in: result)
    #expect(zephyr.label == "Zephyr")
    #expect(zephyr.aliases == ["Zephyr air-to-air missiles"])
    #expect(try entity("zeta", in: result).label == "Zeta")
  }
}
