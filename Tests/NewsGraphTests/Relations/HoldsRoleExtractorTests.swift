import NewsGraph
import Testing

/// `holdsRole` from titles, appositions, "X's defence minister Y", resolved role mentions and
/// "counterpart", with the state and the term of office from the lexicon.
@Suite struct HoldsRoleExtractorTests {
  let extractor = HoldsRoleExtractor(lexicon: AgreementTestDocument.lexicon)

  func roles(_ text: String, date: String? = "2022-12-20") -> [RelationCandidate] {
    extractor.candidates(in: AgreementTestDocument.make(text, date: date))
  }

  /// "person -> state (role) [rule]" per candidate.
  func summary(_ text: String, date: String? = "2022-12-20") -> [String] {
    roles(text, date: date).map {
      let relation = $0.relation
      let role = relation.attributes["role"]?.lexicalForm ?? "-"
      let rule = relation.attributes["rule"]?.lexicalForm ?? "-"
      return "\(relation.source) -> \(relation.target) (\(role)) [\(rule)]"
    }
  }

  @Test func aTitledPersonHoldsTheRoleOfTheStateInOfficeThatDay() throws {
    let text = "Defence Secretary Ben Wallace said Russia wants more drones."
    let found = roles(text)
    try #require(found.count == 1)
    let relation = found[0].relation
    #expect(relation.type == "holdsRole")
    #expect(relation.source == "ben-wallace")
    #expect(relation.target == "united-kingdom")
    #expect(relation.attributes["role"] == .string("defence minister"))
    #expect(relation.attributes["rule"] == .string("role-title"))
    #expect(relation.attributes["valid_from"] == .date(CalendarDate(iso: "2019-07-24")!))
    #expect(relation.attributes["valid_until"] == .date(CalendarDate(iso: "2023-08-31")!))
    #expect(relation.attributes["modality"] == nil)
    #expect(relation.attributes["confidence"] != nil)
    let scalars = Array(text.unicodeScalars)
    let quoted = String(
      String.UnicodeScalarView(
        scalars[relation.provenance.start..<relation.provenance.end]))
    #expect(quoted == "Defence Secretary Ben Wallace")
    #expect(relation.provenance.evidence == text)
    let bytes = Array(text.utf8)
    #expect(String(decoding: bytes[found[0].trigger], as: UTF8.self) == "Defence Secretary")
  }

  @Test func theStateComesFromTheOfficesWhenTheTitleHasNone() {
    #expect(
      summary("Foreign Minister Sergey Lavrov rejected the claims.")
        == ["sergey-lavrov -> russia (foreign minister) [role-title]"])
    #expect(
      summary("NATO Secretary General Jens Stoltenberg spoke in Brussels.")
        == ["jens-stoltenberg -> nato (secretary general) [role-title]"])
  }

  @Test func aStatePossessiveBeforeTheTitleGivesTheState() {
    #expect(
      summary("Russia's defence minister Sergei Shoigu met officers.", date: "2022-02-11")
        == ["sergei-shoigu -> russia (defence minister) [role-title]"])
  }

  @Test func appositionsInBothOrders() {
    #expect(
      summary("The Prime Minister, Rishi Sunak, told MPs about Iran.")
        == ["rishi-sunak -> united-kingdom (head of government) [role-apposition]"])
    #expect(
      summary("Ben Wallace, the defence secretary, told MPs about Iran.")
        == ["ben-wallace -> united-kingdom (defence minister) [role-apposition]"])
    #expect(
      summary("Vladimir Putin, the Russian President, spoke.", date: "2022-02-11")
        == ["vladimir-putin -> russia (head of state) [role-apposition]"])
  }

  @Test func aResolvedRoleMentionGivesItsHolder() {
    #expect(
      summary(
        "Britain said the Defence Secretary will travel to Moscow, as Britain wants talks.",
        date: "2022-02-11")
        == ["ben-wallace -> united-kingdom (defence minister) [role-mention]"])
  }

  @Test func theTermOfOfficeIsTheOneHeldOnTheArticleDate() throws {
    let asForeignMinister = roles("Foreign Minister Liz Truss met him.", date: "2022-02-11")
    let asPrimeMinister = roles("Prime Minister Liz Truss met him.", date: "2022-10-01")
    try #require(asForeignMinister.count == 1 && asPrimeMinister.count == 1)
    #expect(asForeignMinister[0].relation.attributes["role"] == .string("foreign minister"))
    #expect(
      asForeignMinister[0].relation.attributes["valid_until"]
        == .date(CalendarDate(iso: "2022-09-06")!))
    #expect(asPrimeMinister[0].relation.attributes["role"] == .string("head of government"))
    #expect(
      asPrimeMinister[0].relation.attributes["valid_from"]
        == .date(CalendarDate(iso: "2022-09-06")!))
    #expect(
      asPrimeMinister[0].relation.attributes["valid_until"]
        == .date(CalendarDate(iso: "2022-10-25")!))
  }

  @Test func aTitleTheLexiconDoesNotPlaceGivesNoRelation() {
    #expect(summary("Prime Minister Boris Johnson spoke.", date: "2023-06-01") == [])
    #expect(summary("Defence Minister Ivan Testenko spoke.") == [])
  }

  @Test func anUnknownPersonWithAStatedStateHoldsTheRoleWithoutTerm() throws {
    let found = roles("Ukrainian Defence Minister Ivan Testenko spoke.")
    try #require(found.count == 1)
    #expect(found[0].relation.target == "ukraine")
    #expect(found[0].relation.attributes["role"] == .string("defence minister"))
    #expect(found[0].relation.attributes["valid_from"] == nil)
  }

  @Test func aCounterpartTakesTheRoleOfTheTitledPersonBefore() {
    #expect(
      summary(
        "Foreign Minister Liz Truss met her Russian counterpart Sergei Lavrov.",
        date: "2022-02-11")
        == [
          "liz-truss -> united-kingdom (foreign minister) [role-title]",
          "sergey-lavrov -> russia (foreign minister) [role-counterpart]",
        ])
  }

  @Test func oneRelationPerFactAndSentence() {
    let text = "Britain’s defence secretary, Ben Wallace, said the defence secretary would go."
    #expect(summary(text) == ["ben-wallace -> united-kingdom (defence minister) [role-apposition]"])
  }
}
