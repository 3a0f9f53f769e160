import NewsGraph
import NewsGraphTestSupport
import Testing

/// Modality and attribution of relations: negation, denial, consideration, conditions, and
/// speakers named by pronouns or carried across the sentences of a quotation.
@Suite struct ClaimQualifierTests {
  func relations(_ text: String) -> [ExtractedRelation] {
    RelationFixture.relations(text)
  }

  func only(_ text: String) throws -> ExtractedRelation {
    let found = relations(text)
    #expect(found.count == 1, "\(found.map(\.summary))")
    return try #require(found.first)
  }

  @Test func everyRelationCarriesModalityRuleAndConfidence() {
    for relation in relations("France delivered 12 Caesar howitzers to Ukraine.") {
      #expect(relation.string("modality") == "asserted")
      #expect(relation.string("rule") != nil)
      #expect(relation.attributes["confidence"] != nil)
      #expect(relation.string("attributed_to") == nil)
    }
  }

  @Test func aSupplyHasAStatusWhenTheTenseSaysIt() throws {
    #expect(
      try only("France delivered 12 Caesar howitzers to Ukraine.").string("status") == "delivered")
    #expect(
      try only("South Korea will sell 48 K9 howitzers to Poland.").string("status") == "planned")
    #expect(
      try only("Iran is sending drones to Russia.").string("status") == nil)
  }

  @Test func negationIsNeverAsserted() throws {
    #expect(
      try only("Russia has no plans to supply weapons to Iran.").summary
        == "supplies russia→iran negated")
    #expect(relations("Russia has insisted it has no plans to invade Ukraine.").isEmpty)
  }

  @Test func aDenialIsDeniedAndAttributedToTheDenier() throws {
    let china = try only("China denied supplying weapons to Russia.")
    #expect(china.summary == "supplies china→russia denied")
    #expect(china.string("attributed_to") == "china")
    #expect(china.string("reporting_verb") == "deny")
    #expect(
      try only("Iran denies supplying drones to Russia.").summary
        == "supplies iran→russia denied")
  }

  @Test func consideringIsNotADelivery() throws {
    #expect(
      try only("Iran is considering the sale of ballistic missiles to Russia.").summary
        == "supplies iran→russia considering")
  }

  @Test func plansAndConditions() throws {
    #expect(
      try only("South Korea will sell 48 K9 howitzers to Poland.").summary
        == "supplies south-korea→poland planned")
    #expect(
      try only("If Russia invaded, Britain would send more anti-tank weapons to Ukraine.").summary
        == "supplies united-kingdom→ukraine hypothetical")
    #expect(
      try only("Iran could supply ballistic missiles to Russia if the deal goes ahead.").summary
        == "supplies iran→russia hypothetical")
  }

  @Test func anAllegationIsAlleged() throws {
    let relation = try only("Russia accused the US of supplying HIMARS to Ukraine.")
    #expect(relation.summary == "supplies united-states→ukraine alleged")
    #expect(relation.string("attributed_to") == "russia")
  }

  @Test func aNeutralSpeakerKeepsTheClaimAsserted() throws {
    let relation = try only("Kyiv said Russia sold two Su-35 jets to Iran.")
    #expect(relation.summary == "supplies russia→iran asserted")
    #expect(relation.string("attributed_to") == "ukraine")
    #expect(relation.string("reporting_verb") == "say")
  }

  @Test func aTrailingAccordingToAttributesWithoutDoubt() throws {
    let found = relations(
      "Spain and Portugal have been sending ammunition to Ukraine, according to Reuters.")
    #expect(
      found.map(\.summary) == [
        "supplies spain→ukraine asserted", "supplies portugal→ukraine asserted",
      ])
    for relation in found {
      #expect(relation.string("attributed_to") == "reuters")
      #expect(relation.string("reporting_verb") == "according to")
    }
  }

  @Test func aPurposeInfinitiveIsIntended() throws {
    #expect(
      try only("Volodymyr Zelensky landed in Washington to meet Joe Biden.").summary
        == "meets volodymyr-zelensky→joe-biden intended")
    #expect(
      try only("The United Kingdom began to supply Ukraine with NLAW missiles.").summary
        == "supplies united-kingdom→ukraine asserted")
  }

  @Test func aRelativeClauseEscapesTheCueOfTheMainClause() {
    let found = relations(
      "Moscow will supply components to Tehran in return for drones which Russia has been "
        + "using against Ukraine."
    )
    #expect(
      found.map(\.summary) == [
        "supplies russia→iran planned", "usesAgainst russia→ukraine asserted",
      ])
  }

  @Test func aPronounSpeakerIsTheLatestPerson() throws {
    let found = relations(
      "Ben Wallace spoke to MPs on Tuesday. He said Russia had sent fighter jets to Belarus.")
    let relation = try #require(found.first)
    #expect(relation.summary == "supplies russia→belarus asserted")
    #expect(relation.string("attributed_to") == "ben-wallace")
  }

  @Test func aQuotationKeepsItsSpeakerAcrossSentences() {
    let found = relations(
      "Ben Wallace told MPs: “Iran has supplied hundreds of drones to Russia. "
        + "Russia now wants to provide advanced components to Iran.”\n"
        + "Russia sold Su-35 jets to Iran, Reuters said.")
    #expect(
      found.map(\.summary) == [
        "supplies iran→russia asserted", "supplies russia→iran intended",
        "supplies russia→iran asserted",
      ])
    #expect(
      found.map { $0.string("attributed_to") ?? "-" } == ["ben-wallace", "ben-wallace", "reuters"])
  }

  @Test func aQuotationNamedAtItsEndCarriesBackward() {
    let found = relations(
      "“Iran has become Russia’s top backer.\n"
        + "Russia intends to supply Iran with Su-35 jets,” "
        + "Ben Wallace said.")
    #expect(found.map(\.summary) == ["supplies russia→iran intended"])
    #expect(found.first?.string("attributed_to") == "ben-wallace")
  }

  @Test func aParagraphAfterAClosedQuoteIsNotCarried() {
    let found = relations(
      "“Iran is a threat,” Ben Wallace said.\nRussia sold Su-35 jets to Iran last year.")
    #expect(found.map(\.summary) == ["supplies russia→iran asserted"])
    #expect(found.first?.string("attributed_to") == nil)
  }

  @Test func aSentenceAfterSaidColonInherits() {
    let found = relations(
      "Ben Wallace spoke to MPs. He said:\nRussia intends to supply Iran with Su-35 jets.")
    #expect(found.first?.string("attributed_to") == "ben-wallace")
  }
}
