import NewsGraph
import Testing

/// `holdsRole` where the title alone does not say it all: "leader X" (confirmed by the
/// lexicon's offices) and titled people the lexicon lacks (the state from the context).
@Suite struct HoldsRoleContextTests {
  let extractor = HoldsRoleExtractor(lexicon: AgreementTestDocument.lexicon)

  func summary(_ text: String, date: String? = "2023-06-01") -> [String] {
    extractor.candidates(in: AgreementTestDocument.make(text, date: date)).map {
      let relation = $0.relation
      let role = relation.attributes["role"]?.lexicalForm ?? "-"
      let rule = relation.attributes["rule"]?.lexicalForm ?? "-"
      return "\(relation.source) -> \(relation.target) (\(role)) [\(rule)]"
    }
  }

  @Test func leaderIsTheHeadOfStateTheLexiconRecords() {
    #expect(
      summary("Beijing hosted a summit with leader Xi Jinping on Monday.")
        == ["xi-jinping -> china (head of state) [role-leader]"])
    #expect(summary("The opposition leader Xi Jinping spoke.").isEmpty)
  }

  @Test func anUnknownMinisterTakesTheOneStateOfTheSentence() {
    // One state in the sentence: his; two: nobody can tell.
    let found = summary(
      "\"Poland will buy more tanks,\" Defence Minister Jan Kowalczyk told lawmakers.")
    #expect(found == ["jan-kowalczyk -> poland (defence minister) [role-context]"])
    #expect(
      summary("Russia attacked Ukraine, Defence Minister Jan Kowalczyk said.").isEmpty)
  }

  @Test func aSpokespersonOfAStateOfficeSpeaksForItsState() {
    let found = summary(
      "Indonesia's Foreign Ministry spokesperson Budi Hartono said the talks would go on.")
    #expect(found == ["budi-hartono -> indonesia (spokesperson) [role-context]"])
  }

  @Test func aRankMayStandBetweenAnApposedTitleAndTheName() {
    let found = summary("Russia's defence minister, General Sergei Shoigu, visited the front.")
    #expect(found == ["sergei-shoigu -> russia (defence minister) [role-apposition]"])
    #expect(
      summary("North Korea's leader, Marshal Kim Jong Un, watched the launch.")
        == ["kim-jong-un -> north-korea (head of state) [role-leader]"])
  }
}
