import NewsGraph
import NewsGraphTestSupport
import Testing

/// The verb-pattern engine on sentences built in memory, run through the real lexicon, matcher
/// and resolver. Mostly other countries, weapons and deals than the seeds.
@Suite struct PatternRelationExtractorTests {
  func summaries(_ text: String) -> [String] {
    RelationFixture.relations(text).map(\.summary)
  }

  func only(_ text: String) throws -> ExtractedRelation {
    let relations = RelationFixture.relations(text)
    #expect(relations.count == 1, "\(relations.map(\.summary))")
    return try #require(relations.first)
  }

  @Test func anActiveVerbWithAMarkedRecipientAndACountedWeapon() throws {
    let relation = try only("France delivered 12 Caesar howitzers to Ukraine.")
    #expect(relation.summary == "supplies france→ukraine asserted")
    #expect(relation.string("weapon") == "caesar")
    #expect(relation.integer("quantity") == 12)
    #expect(relation.string("quantity_qualifier") == nil)
    #expect(relation.string("rule") == "supplies.verb")
    if case .double(let confidence)? = relation.attributes["confidence"] {
      #expect(confidence > 0 && confidence <= 1)
    } else {
      Issue.record("no confidence")
    }
  }

  @Test func aDirectRecipientThenWith() throws {
    let relation = try only(
      "The United Kingdom has begun supplying Poland with Starstreak missiles.")
    #expect(relation.summary == "supplies united-kingdom→poland asserted")
    #expect(relation.string("weapon") == "starstreak")
  }

  @Test func aPassiveTakesItsAgentAfterBy() throws {
    let relation = try only("Drones were supplied to Russia by Iran.")
    #expect(relation.summary == "supplies iran→russia asserted")
    #expect(relation.string("weapon") == "drone")
  }

  @Test func aPassiveWithoutAgentGivesNothing() {
    #expect(summaries("Drones were supplied to Russia last year.") == [])
  }

  @Test func nounFormsFindPossessiveOrClauseSubject() throws {
    #expect(
      try only("Germany's deliveries of Leopard 2 tanks to Ukraine continued.").summary
        == "supplies germany→ukraine asserted")
    #expect(
      try only("The sale of 24 F-16 jets to Turkey by the United States was approved.").summary
        == "supplies united-states→turkey asserted")
    #expect(summaries("Deliveries of HIMARS to Ukraine began in June.") == [])
  }

  @Test func coordinatedSubjectsGiveOneRelationEach() {
    let relations = RelationFixture.relations(
      "The US and the UK supplied more than 400 Javelin missiles to Ukraine.")
    #expect(
      relations.map(\.summary) == [
        "supplies united-states→ukraine asserted", "supplies united-kingdom→ukraine asserted",
      ])
    for relation in relations {
      #expect(relation.string("weapon") == "javelin")
      #expect(relation.integer("quantity") == 400)
      #expect(relation.string("quantity_qualifier") == "more than")
    }
  }

  @Test func aCommaAloneCoordinatesNothing() {
    #expect(
      summaries("In Moscow, Liz Truss had a difficult meeting with Sergey Lavrov.")
        == ["meets liz-truss→sergey-lavrov asserted"])
  }

  @Test func vagueAndWordedQuantities() throws {
    let germany = try only("Germany sent about a dozen Leopard 2 tanks to Ukraine.")
    #expect(germany.integer("quantity") == 12)
    #expect(germany.string("quantity_qualifier") == "about")
    let iran = try only("Iran has transferred several hundred drones to Russia.")
    #expect(iran.integer("quantity") == nil)
    #expect(iran.string("quantity_qualifier") == "several hundred")
  }

  @Test func anInverseVerbTurnsBuyerAndSeller() throws {
    #expect(
      try only("Turkey agreed to buy S-400 systems from Russia.").summary
        == "supplies russia→turkey intended")
    #expect(
      try only("Moscow has asked Tehran for ballistic missiles.").summary
        == "supplies iran→russia requested")
  }

  @Test func deploymentsCountTheirTroops() throws {
    let relation = try only(
      "Russia has deployed more than 100,000 troops near its border with Ukraine.")
    #expect(relation.integer("quantity") == 100_000)
    #expect(relation.string("quantity_qualifier") == "more than")
    #expect(relation.string("weapon") == nil)
  }

  @Test func troopsAreDeployedNotSupplied() {
    #expect(
      summaries("Russia has deployed 100,000 troops near its border with Ukraine.")
        == ["deploys russia→ukraine asserted"])
    #expect(
      summaries("Canada sent a small contingent of special forces to Ukraine.")
        == ["deploys canada→ukraine asserted"])
  }

  @Test func anAdjectiveOfAWeaponIsItsOriginNotAParty() {
    #expect(
      summaries("Belarus supplied Iranian drones to Russia.")
        == ["supplies belarus→russia asserted"])
    #expect(summaries("Our advice helps Ukraine target incoming Russian-Iranian drones.") == [])
  }

  @Test func aWordOfAnotherSenseTriggersNothing() {
    #expect(summaries("The US gave a warning to Russia.") == [])
    #expect(summaries("Ukraine received a warning from Russia.") == [])
    #expect(summaries("Russia is moving to a new phase in Ukraine.") == [])
  }

  @Test func otherRelations() {
    #expect(
      summaries("Israel used F-35 jets against Hezbollah.")
        == ["usesAgainst israel→hezbollah asserted"])
    #expect(
      summaries("Russia fired Iskander missiles at Kyiv.")
        == ["usesAgainst russia→ukraine asserted"])
    #expect(
      summaries("The EU sanctioned Iran over the drones.")
        == ["sanctions european-union→iran asserted"])
    let sanctions = RelationFixture.relations("Washington imposed sanctions on Belarus.")
      .filter { $0.type == "sanctions" }
    #expect(sanctions.map(\.summary) == ["sanctions united-states→belarus asserted"])
    #expect(
      summaries("President Joe Biden met Chinese President Xi Jinping in Bali.")
        == ["meets joe-biden→xi-jinping asserted"])
    #expect(
      summaries("US troops trained Ukrainian soldiers in Germany.")
        == ["trains united-states→ukraine asserted"])
    #expect(
      summaries("North Korea is developing hypersonic missiles.")
        == ["develops north-korea→hypersonic-missile asserted"])
  }

  @Test func aPledgeIsPlannedAndAListOfSuppliersGivesOneEach() {
    #expect(
      summaries("Germany, Norway and Denmark pledged Leopard 2 tanks to Kyiv.") == [
        "supplies germany→ukraine planned", "supplies norway→ukraine planned",
        "supplies denmark→ukraine planned",
      ])
    #expect(
      summaries("Poland ordered 250 Abrams tanks from the United States.")
        == ["supplies united-states→poland planned"])
  }

  @Test func strikesWithAWeaponAreUses() {
    #expect(
      summaries("Israel struck Hezbollah targets in Lebanon with F-16 jets.")
        == ["usesAgainst israel→hezbollah asserted"])
    #expect(summaries("Russia attacked Ukraine in 2022.") == [])
  }

  @Test func coordinatedPartiesMeetEachOther() {
    #expect(
      summaries("Japan and the Philippines held talks on defence cooperation.")
        == ["meets japan→philippines asserted"])
  }

  @Test func hyphenatedPartiesOfANoun() {
    #expect(
      summaries("The Russia-US negotiations in Geneva ended without a breakthrough.")
        == ["meets russia→united-states asserted"])
    #expect(
      summaries("Talks between India and China resumed.")
        == ["meets india→china asserted"])
  }

  @Test func membership() {
    #expect(summaries("Finland joined NATO in April.") == ["memberOf finland→nato asserted"])
    #expect(summaries("Poland is a member of NATO.") == ["memberOf poland→nato asserted"])
    #expect(
      summaries("NATO member Turkey has blocked the bid.") == ["memberOf turkey→nato asserted"])
    #expect(summaries("Ukraine is not part of NATO.") == ["memberOf ukraine→nato negated"])
    #expect(summaries("Moscow wants to ban Kiev from ever becoming a member of NATO.") == [])
  }

  @Test func aPronounSubjectStandsForTheNearestState() {
    #expect(
      summaries("Iran sent drones to Russia, which it is using to target Ukrainian cities.")
        == ["supplies iran→russia asserted", "usesAgainst russia→ukraine asserted"])
  }

  @Test func aPrepositionalPhraseIsNoSubject() {
    #expect(summaries("Speaking in the House of Commons, he gave an assessment for Russia.") == [])
  }

  @Test func provenanceIsTheSpanInCodePoints() throws {
    let body = "Über alles: Iran’s supply of drones to Russia grew."
    let document = RelationFixture.document(body)
    let relation = try #require(RelationFixture.extractor.facts(in: document).relations.first)
    let text = Array(document.article.text.unicodeScalars)
    let quote = String(
      String.UnicodeScalarView(text[relation.provenance.start..<relation.provenance.end]))
    #expect(quote == "Iran’s supply of drones to Russia")
    #expect(relation.provenance.evidence == body)
    #expect(relation.provenance.document == "a.txt")
    #expect(relation.provenance.sentence == 1)
  }
}
