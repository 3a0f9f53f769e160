import NewsGraph
import Testing

/// Role mentions ("the defence secretary") resolved to office holders on the article's date.
@Suite struct EntityResolverRoleTests {
  let resolver = EntityResolver(lexicon: EntityResolverTests.lexicon)

  static func role(
    _ text: String = "the defence secretary", _ role: String = "defence minister",
    state: String? = nil, sentence: Int = 0, bytes: Range<Int> = 0..<0
  ) -> Mention {
    EntityResolverTests.mention(
      text, [], "Person", method: .role, role: role, state: state, sentence: sentence,
      bytes: bytes)
  }

  static let britain = EntityResolverTests.mention("Britain", ["united-kingdom"], "State")
  static let russia = EntityResolverTests.mention("Russia", ["russia"], "State")

  func resolve(_ mentions: [Mention], on date: String?, text: String = "") -> EntityResolution {
    let article = EntityResolverTests.article("a.txt", published: date, text: text)
    return resolver.resolve([(article, mentions)])
  }

  @Test func holderOnTheArticleDate() throws {
    let mentions = [Self.britain, Self.role()]
    let in2022 = resolve(mentions, on: "2022-12-20")
    #expect(in2022.assignments == [["united-kingdom", "ben-wallace"]])
    let wallace = try #require(in2022.entities.first { $0.id == "ben-wallace" })
    #expect(wallace.aliases == [])
    #expect(wallace.mentions == 1)
    #expect(in2022.report.lines.last?.reason == .roleHolder)
    #expect(resolve(mentions, on: "2022-02-11").assignments == [["united-kingdom", "ben-wallace"]])
    #expect(resolve(mentions, on: "2024-01-10").assignments == [["united-kingdom", "grant-shapps"]])
  }

  @Test func twoHoldersOnAHandoverDayDrop() {
    let result = resolve([Self.britain, Self.role()], on: "2023-08-31")
    #expect(result.assignments == [["united-kingdom", nil]])
    #expect(result.report.lines.last?.reason == .noHolder)
  }

  @Test func withoutStateOrDateTheMentionDrops() {
    #expect(resolve([Self.role()], on: "2022-12-20").assignments == [[nil]])
    #expect(resolve([Self.britain, Self.role()], on: nil).assignments == [["united-kingdom", nil]])
  }

  @Test func theMostMentionedStateIsTheDefault() {
    let result = resolve([Self.russia, Self.britain, Self.britain, Self.role()], on: "2022-12-20")
    #expect(result.assignments == [["russia", "united-kingdom", "united-kingdom", "ben-wallace"]])
    let tie = resolve([Self.russia, Self.britain, Self.role()], on: "2022-12-20")
    #expect(tie.assignments.first?.last == .some(nil))
  }

  @Test func anEarlierMentionOfTheRoleGivesItsState() {
    let mentions = [
      Self.role("UK defence secretary", state: "united-kingdom"), Self.russia, Self.russia,
      Self.role(),
    ]
    #expect(
      resolve(mentions, on: "2022-12-20").assignments == [
        ["ben-wallace", "russia", "russia", "ben-wallace"]
      ])
  }

  @Test func bareTitlesOfKnownOfficialsGiveTheHomeState() {
    let smith = EntityResolverTests.mention(
      "Jane Smith", ["jane-smith"], "Person", method: .lexicon(.label),
      role: "foreign minister")
    let mentions = [Self.role(), Self.russia, Self.russia, smith]
    #expect(
      resolve(mentions, on: "2022-12-20").assignments == [
        ["ben-wallace", "russia", "russia", "jane-smith"]
      ])
  }

  @Test func aPersonInAppositionIsTheHolder() throws {
    let text = "The Prime Minister, Grant Shapps, spoke."
    let role = Self.role("Prime Minister", "defence minister", bytes: 4..<18)
    let named = EntityResolverTests.mention(
      "Grant Shapps", ["grant-shapps"], "Person", bytes: 20..<32)
    let result = resolve([Self.russia, role, named], on: "2024-01-10", text: text)
    #expect(result.assignments == [["russia", "grant-shapps", "grant-shapps"]])
    #expect(result.report.lines.map(\.reason).contains(.apposition))
    let outOfOffice = resolve([role, named], on: "2022-12-20", text: text)
    #expect(outOfOffice.assignments == [[nil, "grant-shapps"]])
  }

  @Test func indefiniteRoleMentionsDrop() {
    let text = "It was a defence secretary who spoke."
    let role = Self.role("defence secretary", bytes: 9..<26)
    let result = resolve([Self.britain, role], on: "2022-12-20", text: text)
    #expect(result.assignments == [["united-kingdom", nil]])
    #expect(result.report.lines.last?.reason == .indefinite)
    let definite = "It was the defence secretary who spoke."
    let theRole = Self.role("defence secretary", bytes: 11..<28)
    #expect(
      resolve([Self.britain, theRole], on: "2022-12-20", text: definite).assignments == [
        ["united-kingdom", "ben-wallace"]
      ])
  }
}
