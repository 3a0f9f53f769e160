import NewsGraph
import Testing

/// Parties, covered weapons, sanctions, money and package supplies read around Agreement
/// mentions, in contexts other than the seeds'.
@Suite struct AgreementRelationExtractorTests {
  let extractor = AgreementRelationExtractor(lexicon: AgreementTestDocument.lexicon)

  func facts(
    _ text: String, _ agreements: [(phrase: String, id: String)], date: String? = "2023-03-01"
  ) -> (candidates: [RelationCandidate], entityFacts: [EntityFact]) {
    extractor.facts(in: AgreementTestDocument.make(text, date: date, agreements: agreements))
  }

  /// "type source -> target" per candidate, in order.
  func summary(_ text: String, _ agreements: [(phrase: String, id: String)]) -> [String] {
    facts(text, agreements).candidates.map {
      "\($0.relation.type) \($0.relation.source) -> \($0.relation.target)"
    }
  }

  func money(_ facts: [EntityFact]) -> [String] {
    facts.map { "\($0.entity) \($0.name)=\($0.value.lexicalForm)" }
  }

  @Test func coordinatedSubjectsSignADealThatCoversAWeapon() {
    let text = "Germany and France signed a €5bn tank deal on Monday."
    let found = facts(text, [("tank deal", "tank-deal")])
    #expect(
      found.candidates.map { "\($0.relation.type) \($0.relation.source) -> \($0.relation.target)" }
        == [
          "partyTo germany -> tank-deal", "partyTo france -> tank-deal",
          "covers tank-deal -> tank",
        ])
    // The weapon is the covers relation's: a partyTo keeps no weapon column, so the same
    // party's partyTo from every mention of the deal merges into one.
    #expect(found.candidates[0].relation.attributes["weapon"] == nil)
    #expect(found.candidates[2].relation.attributes["rule"] == .string("agreement-covers"))
    #expect(
      money(found.entityFacts) == ["tank-deal amount=5000000000.0", "tank-deal currency=EUR"])
    #expect(found.entityFacts[0].value == .double(5e9))
  }

  @Test func aPossessiveOwnerAndPartnersAfterWith() {
    let text = "Australia's AUKUS submarine agreement with the US and UK was signed in 2023."
    let found = summary(text, [("AUKUS submarine agreement", "aukus")])
    #expect(found.contains("partyTo australia -> aukus"))
    #expect(found.contains("partyTo united-states -> aukus"))
    #expect(found.contains("partyTo united-kingdom -> aukus"))
    #expect(found.contains("covers aukus -> submarine"))
  }

  @Test func aSubjectApprovesAPackageWithMoneyBeforeIt() {
    let found = facts("Japan approved a $50bn defence package.", [("defence package", "jp-pkg")])
    #expect(
      found.candidates.map { "\($0.relation.type) \($0.relation.source) -> \($0.relation.target)" }
        == ["partyTo japan -> jp-pkg"])
    #expect(found.candidates[0].relation.attributes["rule"] == .string("agreement-subject"))
    #expect(money(found.entityFacts) == ["jp-pkg amount=50000000000.0", "jp-pkg currency=USD"])
  }

  @Test func aPackageSentToARecipientIsASupply() throws {
    let text =
      "The US will send an additional $275mn package to Ukraine, including counter-drone equipment."
    let found = facts(text, [("package", "us-package")])
    let supply = try #require(found.candidates.first { $0.relation.type == "supplies" })
    #expect(supply.relation.source == "united-states")
    #expect(supply.relation.target == "ukraine")
    #expect(supply.relation.attributes["amount"] == .double(275_000_000))
    #expect(supply.relation.attributes["currency"] == .string("USD"))
    #expect(supply.relation.attributes["rule"] == .string("package-supply"))
    #expect(supply.relation.attributes["agreement"] == .string("us-package"))
    #expect(supply.relation.attributes["weapon"] == .string("counter-drone-system"))
    #expect(supply.relation.attributes["modality"] == nil)
    let bytes = Array(text.utf8)
    #expect(String(decoding: bytes[supply.trigger], as: UTF8.self) == "send")
    let party = try #require(found.candidates.first { $0.relation.type == "partyTo" })
    #expect(party.relation.source == "united-states")
    #expect(String(decoding: bytes[party.trigger], as: UTF8.self) == "package")
    #expect(
      money(found.entityFacts) == ["us-package amount=275000000.0", "us-package currency=USD"])
  }

  @Test func partiesNamedInsideOrAfterBetween() {
    #expect(
      summary("The Russia-Iran deal worries Israel.", [("Russia-Iran deal", "ri-deal")])
        == ["partyTo russia -> ri-deal", "partyTo iran -> ri-deal"])
    #expect(
      summary("Israel fears a deal between Russia and Iran on drones.", [("a deal", "ri-deal")])
        == ["partyTo russia -> ri-deal", "partyTo iran -> ri-deal"])
  }

  @Test func sanctionsNameTheirTargetsAfterAgainstOrOn() {
    #expect(
      summary(
        "The EU adopted new sanctions against Belarus.", [("sanctions against Belarus", "s1")])
        == ["partyTo european-union -> s1", "sanctions european-union -> belarus"])
    #expect(
      summary("Canada imposed sanctions on Iranian officials.", [("sanctions", "s2")])
        == ["partyTo canada -> s2", "sanctions canada -> iran"])
  }

  @Test func anAdministrationNamedByItsLeadersSurnameIsItsState() {
    let found = summary(
      "The Biden administration unveiled sanctions against Iranian firms.",
      [("sanctions against Iranian firms", "s3")])
    #expect(found == ["partyTo united-states -> s3", "sanctions united-states -> iran"])
  }

  @Test func anaphoricMentionsTakeTheSameAgreementsParties() {
    let text = "Russia and Iran signed a drone deal in March. Their deal worries Kyiv."
    let found = facts(text, [("drone deal", "ri-deal"), ("Their deal", "ri-deal")])
    let parties = found.candidates.filter { $0.relation.type == "partyTo" }
    #expect(
      parties.map { "\($0.relation.provenance.sentence) \($0.relation.source)" }
        == ["0 russia", "0 iran", "1 russia", "1 iran"])
    #expect(parties[2].relation.attributes["rule"] == .string("agreement-anaphora"))
    #expect(
      found.candidates.contains { $0.relation.type == "covers" && $0.relation.target == "drone" }
    )
  }

  @Test func itsTakesTheNearestStateBefore() {
    #expect(
      summary(
        "Ministers allowed the UK to extend its sanctions against Russia.",
        [("sanctions against Russia", "uk-sanctions")])
        == ["partyTo united-kingdom -> uk-sanctions", "sanctions united-kingdom -> russia"])
  }

  @Test func aPossessiveOwnerIsThePartyNotTheBeneficiary() {
    #expect(
      summary("Ministers said the UK's action plan for Ukraine was late.", [("action plan", "p")])
        == ["partyTo united-kingdom -> p"])
    #expect(
      summary("The UK had not completed the Ukraine action plan.", [("action plan", "p")])
        == ["partyTo united-kingdom -> p"])
    #expect(
      summary("The UK had not completed the Ukraine action plan.", [("Ukraine action plan", "p")])
        == ["partyTo united-kingdom -> p"])
    #expect(
      summary("Officials said the Ukraine action plan was late.", [("Ukraine action plan", "p")])
        == ["partyTo ukraine -> p"])
  }

  @Test func moneySentWithoutAnAgreementMentionIsAPackageSupply() throws {
    let found = facts("Britain has committed £2.3bn of military aid to Ukraine.", [])
    try #require(found.candidates.count == 1)
    let relation = found.candidates[0].relation
    #expect(relation.type == "supplies")
    #expect(relation.source == "united-kingdom")
    #expect(relation.target == "ukraine")
    #expect(relation.attributes["amount"] == .double(2_300_000_000))
    #expect(relation.attributes["currency"] == .string("GBP"))
    #expect(relation.attributes["agreement"] == nil)
    #expect(found.entityFacts.isEmpty)
  }

  @Test func moneyAfterThePackageWorth() {
    let found = facts(
      "Canada announced a package worth C$500m for Ukraine.", [("a package", "ca-pkg")])
    #expect(money(found.entityFacts) == ["ca-pkg amount=500000000.0", "ca-pkg currency=CAD"])
  }

  @Test func aHyphenatedCompoundIsNotTheWeaponItEndsWith() {
    let found = summary(
      "Britain will deliver a security package with anti-tank weapons.",
      [("security package", "uk-pkg")])
    #expect(!found.contains("covers uk-pkg -> tank"))
  }

  @Test func provenanceCountsCodePointsAcrossNonASCIIText() throws {
    let text = "Kyiv’s “allies” — Germany and France — signed a €5bn tank deal."
    let found = facts(text, [("tank deal", "tank-deal")])
    let party = try #require(found.candidates.first { $0.relation.type == "partyTo" })
    let scalars = Array(text.unicodeScalars)
    let provenance = party.relation.provenance
    #expect(
      String(String.UnicodeScalarView(scalars[provenance.start..<provenance.end]))
        == "€5bn tank deal")
    #expect(provenance.evidence == text)
    let fact = try #require(found.entityFacts.first)
    #expect(fact.provenance == provenance)
  }

  @Test func mentionsNestedInTheAgreementSpanAreHarmless() {
    let text = "The Russia-Iran deal between Russia and Iran worries Israel, as the deal grows."
    let plain = AgreementTestDocument.make(text)
    let marked = AgreementTestDocument.make(
      text, agreements: [("Russia-Iran deal", "ri-deal"), ("the deal", "ri-deal")])
    let agreements = marked.mentions.filter { $0.type == "Agreement" }
    // The matcher's own Agreement mentions give way to the hand-marked ones; the mentions the
    // marked spans contain ("Russia", "Iran") stay.
    let named = plain.mentions.filter { $0.type != "Agreement" }
    let all = (named + agreements).sorted {
      ($0.mention.bytes.lowerBound, $0.mention.bytes.upperBound)
        < ($1.mention.bytes.lowerBound, $1.mention.bytes.upperBound)
    }
    let document = ResolvedDocument(
      article: plain.article, sentences: plain.sentences, mentions: all)
    let found = extractor.candidates(in: document).map {
      "\($0.relation.type) \($0.relation.source) -> \($0.relation.target)"
    }
    #expect(
      found == [
        "partyTo russia -> ri-deal", "partyTo iran -> ri-deal", "partyTo russia -> ri-deal",
        "partyTo iran -> ri-deal",
      ])
  }

  @Test func weaponsNamedLaterInTheClauseAreNotCovered() {
    let deals = summary(
      "Their sordid deals have seen Iran send hundreds of drones to Moscow.",
      [("sordid deals", "d")])
    #expect(!deals.contains("covers d -> drone"))
    let sanctions = summary(
      "The EU adopted sanctions against Iranian firms involved in the transfer of drones.",
      [("sanctions against Iranian firms", "s")])
    #expect(sanctions == ["partyTo european-union -> s", "sanctions european-union -> iran"])
    let package = summary(
      "Britain announced a package of anti-tank missiles for Kyiv.", [("a package", "p")])
    #expect(package.contains("covers p -> anti-tank-missile"))
  }

  @Test func noAgreementNoMoneyNoRelation() {
    #expect(summary("Iran and Russia held talks in Tehran.", []) == [])
  }
}
