import NewsGraph
import NewsGraphTestSupport
import Testing

/// The round-2 readings of the pattern engine and the claim qualifier, each on a sentence from
/// another context than the articles they were written for.
@Suite struct PatternRelationRound2Tests {
  func summaries(_ text: String) -> [String] {
    RelationFixture.relations(text).map(\.summary)
  }

  func patternSummaries(_ text: String) -> [String] {
    RelationFixture.relations(text).filter {
      guard case .string(let rule)? = $0.attributes["rule"] else { return false }
      return !rule.hasPrefix("sanctions-agreement") && !rule.hasPrefix("agreement")
        && !rule.hasPrefix("package")
    }.map(\.summary)
  }

  @Test func aSanctionsVerbReadsTheStateNestedInTheAgreementMention() {
    #expect(
      patternSummaries("The European Union imposed sanctions on Syria.")
        .contains("sanctions european-union→syria asserted"))
    #expect(
      !patternSummaries("The European Union imposed sanctions on Syria.")
        .contains(where: { $0.hasPrefix("sanctions european-union→european-union") }))
  }

  @Test func namesListedAfterIncludingAreTheTargets() {
    #expect(
      patternSummaries(
        "Russia sanctioned several European defence companies, such as Thales and Saab."
      )
      .filter { $0.hasPrefix("sanctions") }
        == ["sanctions russia→thales asserted", "sanctions russia→saab asserted"])
  }

  @Test func aMakerIsReadFromAPassiveParticipleAndFromAnApposition() {
    #expect(
      summaries("The Patriot system, developed by Raytheon, was deployed in 1984.")
        .contains("develops rtx→patriot asserted"))
    #expect(
      summaries("Kyiv signed a deal with Rheinmetall, the maker of the Leopard 2, on Monday.")
        .contains("develops rheinmetall→leopard-2 asserted"))
  }

  @Test func aCounterpartAfterTheVerbIsMet() {
    #expect(
      summaries("Lloyd Austin met his Ukrainian counterpart Oleksii Reznikov in Brussels.")
        .contains("meets lloyd-austin→oleksii-reznikov asserted"))
  }

  @Test func discussingWithSomeoneIsAMeeting() {
    #expect(
      summaries("Olaf Scholz discussed the tank deliveries with Joe Biden on Friday.")
        .contains("meets olaf-scholz→joe-biden asserted"))
  }

  @Test func anAppositiveMembership() {
    #expect(
      summaries("Hungary, a NATO member, has blocked the decision.")
        .contains("memberOf hungary→nato asserted"))
  }

  @Test func aWithdrawalFromAnOrganizationIsANegatedMembership() {
    #expect(
      summaries("Russia announced its withdrawal from the Council of Europe in 2022.")
        .contains("memberOf russia→council-of-europe negated"))
  }

  @Test func aPossessorOfASupplierNounIsTheRecipient() {
    let found = summaries("The United States is Israel's largest arms supplier after Germany.")
    #expect(found.contains("supplies united-states→israel asserted"))
    #expect(found.contains("supplies germany→israel asserted"))
  }

  @Test func aSecondVerbPhraseSharesTheSubject() {
    #expect(
      summaries("Germany has delivered IRIS-T systems to Ukraine and agreed to sell Poland tanks.")
        .contains("supplies germany→poland intended"))
  }

  @Test func sinceBeforeTheVerbIsAnAdverb() {
    #expect(
      summaries("Estonia has since received HIMARS launchers from the United States.")
        .contains("supplies united-states→estonia asserted"))
  }

  @Test func aCompassAdjectiveBeforeTheTargetIsSkipped() {
    #expect(
      summaries("The Houthis fired ballistic missiles at southern Israel.")
        .contains("usesAgainst houthis→israel asserted"))
  }

  @Test func personnelFromAGroupArePassivelyDeployed() {
    #expect(
      summaries(
        "Mercenaries from the Wagner Group have been deployed in the Central African Republic."
      )
      .contains("deploys wagner-group→central-african-republic asserted"))
  }

  @Test func endingCooperationSuspends() {
    #expect(
      summaries("Burkina Faso ended military cooperation with France in January.")
        .contains("suspends burkina-faso→france asserted"))
  }

  @Test func aClaimSomeoneDeniesIsAllegedAndDenied() throws {
    let found = RelationFixture.relations(
      "Ukrainian officials say Belarus supplies Russia with fuel and ammunition, "
        + "a claim Minsk denies.")
    let supplies = found.filter { $0.type == "supplies" }
    #expect(
      supplies.map(\.summary) == [
        "supplies belarus→russia alleged", "supplies belarus→russia denied",
      ])
    #expect(supplies.last?.string("attributed_to") == "belarus")
    #expect(supplies.last?.string("reporting_verb") == "deny")
  }

  @Test func aPossessiveAfterForIsTheRecipientOfItsWeapon() {
    #expect(
      summaries("Germany will send more missiles for Ukraine's Patriot batteries.")
        .contains("supplies germany→ukraine planned"))
  }

  @Test func aNounTriggerInAnAdverbialPhraseHasNoSentenceSubject() {
    #expect(
      summaries("Beijing protested against arms sales to Taiwan on Monday.")
        .filter { $0.hasPrefix("supplies") } == [])
    #expect(
      summaries("Moscow expelled diplomats over Germany's tank deliveries to Ukraine.")
        .contains("supplies germany→ukraine asserted"))
  }

  @Test func anApprovedSaleIsPlanned() {
    #expect(
      summaries("Washington approved the possible sale of F-16 jets to Turkey.")
        .contains("supplies united-states→turkey planned"))
  }

  @Test func aCompanionAfterAlongWithSharesTheSubject() {
    let found = summaries(
      "Estonia and Latvia, along with Lithuania, announced their withdrawal from the OSCE.")
    #expect(found.contains("memberOf estonia→osce negated"))
    #expect(found.contains("memberOf latvia→osce negated"))
    #expect(found.contains("memberOf lithuania→osce negated"))
  }

  /// The patterns plus a stand-in agreement rule that reads "sanctions on Syria" as a US
  /// sanctions package.
  static let withSanctionsAgreement = RelationExtractor(
    patterns: RelationFixture.patterns, cues: RelationFixture.cues,
    extraSources: [
      SanctionsAgreementStub(
        source: "united-states", target: "syria", agreement: "united-states-sanctions-syria")
    ])

  @Test func aSanctionsVerbAndAnAgreementRuleGiveOneEdge() {
    let found = Self.withSanctionsAgreement.facts(
      in: RelationFixture.document("Washington imposed sanctions on Syria.")
    ).relations.filter { $0.type == "sanctions" }
    #expect(found.map(\.summary) == ["sanctions united-states→syria asserted"])
    #expect(found.first?.string("agreement") == nil)
    #expect(found.first?.string("rule") == "sanctions.verb")
  }

  @Test func anAgreementOnlyInAnotherSentenceIsDroppedToo() {
    let found = Self.withSanctionsAgreement.facts(
      in: RelationFixture.document("Washington imposed sanctions on Syria. They took effect.")
    ).relations.filter { $0.type == "sanctions" }
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.string("agreement") == nil })
  }

  @Test func membersListedAfterSuchAs() {
    let found = summaries("EU member states such as Hungary and Slovakia objected.")
    #expect(found.contains("memberOf hungary→european-union asserted"))
    #expect(found.contains("memberOf slovakia→european-union asserted"))
  }

  @Test func aViolationNoun() {
    #expect(
      summaries("Iran's enrichment is a breach of the Non-Proliferation Treaty.")
        .contains("violates iran→non-proliferation-treaty asserted"))
  }

  @Test func theJuntaStandsForTheStateNamedBefore() {
    #expect(
      summaries(
        "Russia sent instructors to Mali after the junta ended military cooperation with France."
      )
      .contains("suspends mali→france asserted"))
  }

  @Test func anOfferByAnAdjectiveStateToTheClauseSubject() {
    #expect(
      summaries("Slovakia, an EU member, is considering a Swedish offer of Gripen jets.")
        .contains("supplies sweden→slovakia offered"))
    #expect(
      summaries("Argentina rejected a Chinese offer of JF-17 fighters.")
        .contains("supplies china→argentina denied"))
  }

  @Test func aGovernmentBodyActsForItsState() {
    let extractor = RelationExtractor(
      patterns: RelationFixture.patterns, cues: RelationFixture.cues,
      lexicon: EntityMatcherTests.lexicon)
    func supplies(_ text: String) -> [String] {
      extractor.facts(in: RelationFixture.document(text)).relations
        .filter { $0.type == "supplies" }.map(\.summary)
    }
    #expect(
      supplies("The UK Ministry of Defence sent Starstreak missiles to Poland.")
        == ["supplies united-kingdom→poland asserted"])
    #expect(
      supplies("Lockheed Martin delivered F-35 jets to Poland.")
        == ["supplies lockheed-martin→poland asserted"])
  }
}
