import NewsGraph
import Testing

/// Titled persons and role mentions: names after honorifics and role titles, the state taken from
/// the title or the words before it, surnames resolved against the lexicon.
@Suite struct EntityMatcherTitledPersonTests {
  func mentions(_ body: String) -> [Mention] { EntityMatcherTests.mentions(body) }

  func person(_ body: String) -> Mention? {
    mentions(body).first { $0.type == "Person" }
  }

  @Test func aRoleTitleBeforeAnUnknownNameGivesASluggedPerson() throws {
    let kirov = try #require(person("Defence Secretary Ivo Testerov said so."))
    #expect(kirov.text == "Ivo Testerov")
    #expect(kirov.candidates == ["ivo-testerov"])
    #expect(kirov.method == .titledPerson)
    #expect(kirov.role == "defence minister")
    #expect(kirov.roleTitle == "Defence Secretary")
    #expect(kirov.state == nil)
  }

  @Test(arguments: [
    ("Russian Foreign Minister Pavel Zorkin spoke.", "russia", "foreign minister"),
    ("Ukraine's Defense Minister Petro Nemov spoke.", "ukraine", "defence minister"),
    ("UK Defense Secretary Tom Grint spoke.", "united-kingdom", "defence minister"),
    ("Kremlin spokesman Ivan Orlov spoke.", "russia", "spokesperson"),
    ("Belarusian Defence Minister Ivan Orlov spoke.", "belarus", "defence minister"),
    (
      "the National Security Council spokesperson Ivan Orlov spoke.", "united-states",
      "spokesperson"
    ),
  ])
  func theStateComesFromTheWordsBeforeOrTheTitle(body: String, state: String, role: String) {
    let found = person(body)
    #expect(found?.state == state)
    #expect(found?.role == role)
    #expect(found?.method == .titledPerson)
  }

  @Test func spokespersonAndLowercaseTitlesWork() {
    #expect(person("said spokesperson Anna Berg on Monday.")?.text == "Anna Berg")
    #expect(person("said spokesman Anna Berg.")?.candidates == ["anna-berg"])
    let volfovich = person("Belarus's Security Council secretary Alexander Volfovich said.")
    #expect(volfovich?.text == "Alexander Volfovich")
    #expect(volfovich?.role == "national security adviser")
  }

  @Test func theNameStopsAtLowercaseWordsWeekdaysAndThreeWords() {
    #expect(person("spokesman Anna Berg said it.")?.text == "Anna Berg")
    #expect(person("the spokesman Monday said it.")?.method == .role)
    #expect(person("spokesman Jan Van Der Berg said it.")?.text == "Jan Van Der")
  }

  @Test func aTitledLexiconPersonKeepsTheLexiconEntryAndGainsTheTitle() {
    let lavrov = person("Russian Foreign Minister Sergey Lavrov's trip ended.")
    #expect(lavrov?.text == "Sergey Lavrov's")
    #expect(lavrov?.candidates == ["sergey-lavrov"])
    #expect(lavrov?.method == .lexicon(.label))
    #expect(lavrov?.role == "foreign minister")
    #expect(lavrov?.state == "russia")
  }

  @Test func honorificsIncludeThemselvesAndResolveUniqueSurnames() {
    let found = mentions("Ms. Truss met Mr Lavrov and Dr Ada Lind and Sir Zed Quorn.")
    #expect(found.map(\.text) == ["Ms. Truss", "Mr Lavrov", "Dr Ada Lind", "Sir Zed Quorn"])
    #expect(
      found.map(\.candidates) == [["liz-truss"], ["sergey-lavrov"], ["ada-lind"], ["zed-quorn"]])
    #expect(found.allSatisfy { $0.type == "Person" && $0.method == .titledPerson })
  }

  @Test func honorificsNeedACapitalizedName() {
    #expect(mentions("Mr. said nothing and Dr who left.").isEmpty)
  }

  @Test func aRoleTitleWithoutANameIsARoleMention() throws {
    let role = try #require(person("Britain’s defence secretary said so."))
    #expect(role.text == "defence secretary")
    #expect(role.method == .role)
    #expect(role.candidates == [])
    #expect(role.role == "defence minister")
    #expect(role.state == "united-kingdom")
    let pm = mentions("The Prime Minister, Rishi Sunak, agreed.")
    #expect(pm.map(\.text) == ["Prime Minister", "Rishi Sunak"])
    #expect(pm.map(\.method) == [.role, .lexicon(.label)])
    #expect(pm.first?.role == "head of government")
  }

  @Test func roleMentionsResolveToTheHolderOnTheArticleDate() throws {
    let lexicon = EntityMatcherTests.lexicon
    let role = try #require(person("The defence secretary spoke."))
    let date = try #require(CalendarDate(iso: "2022-12-20"))
    #expect(
      RoleResolver.holder(
        of: role, articleDate: date, defaultState: "united-kingdom", lexicon: lexicon)
        == "ben-wallace")
    #expect(
      RoleResolver.holder(of: role, articleDate: date, defaultState: nil, lexicon: lexicon) == nil)
    let russian = try #require(person("Russia's defence minister spoke."))
    #expect(
      RoleResolver.holder(
        of: russian, articleDate: date, defaultState: "united-kingdom", lexicon: lexicon)
        == "sergei-shoigu")
  }
}
