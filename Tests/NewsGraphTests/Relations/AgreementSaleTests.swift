import NewsGraph
import Testing

/// Contracts and deals read end to end (the matcher's own Agreement mentions, the resolver, the
/// agreement rules) on sentences about other states, companies and weapons than the seeds and
/// the test articles: sums after "worth", partners after "with" or "signed with", a company of
/// a possessive state, the sale a contract implies, restatements, sanctions as a verb.
@Suite struct AgreementSaleTests {
  let extractor = AgreementRelationExtractor(lexicon: AgreementTestDocument.lexicon)

  func candidates(_ text: String) -> [RelationCandidate] {
    extractor.candidates(in: AgreementTestDocument.make(text))
  }

  func summary(_ text: String) -> [String] {
    candidates(text).map { "\($0.relation.type) \($0.relation.source) -> \($0.relation.target)" }
  }

  @Test func aContractWithACompanyIsAPlannedSaleByTheCompany() throws {
    let text =
      "Egypt on Monday signed a contract worth about $4 billion with France's Dassault "
      + "Aviation for 30 fighter jets."
    let found = candidates(text)
    let lines = found.map { "\($0.relation.type) \($0.relation.source) -> \($0.relation.target)" }
    let agreement = try #require(found.first { $0.relation.type == "partyTo" }?.relation.target)
    #expect(lines.contains("partyTo egypt -> \(agreement)"))
    #expect(lines.contains("partyTo dassault-aviation -> \(agreement)"))
    #expect(!lines.contains("partyTo france -> \(agreement)"))
    let sale = try #require(found.first { $0.relation.type == "supplies" }?.relation)
    #expect(sale.source == "dassault-aviation")
    #expect(sale.target == "egypt")
    #expect(sale.attributes["rule"] == .string("agreement-supply"))
    #expect(sale.attributes["modality"] == .string("planned"))
    #expect(sale.attributes["weapon"] == .string("fighter-jet"))
    #expect(sale.attributes["amount"] == .double(4e9))
    let mention = try #require(
      EntityMatcherTests.mentions(text).first { $0.type == "Agreement" }?.agreement)
    #expect(mention.value == "$4 billion")
    #expect(mention.valueFollows)
  }

  @Test func aDealForWeaponsFromAStateIsItsSale() {
    let found = summary("Brazil signs $2bn deal for 36 fighter jets from Sweden")
    #expect(found.contains("supplies sweden -> brazil"))
    #expect(!found.contains("partyTo sweden -> brazil-2bn-deal"))
  }

  @Test func anAgreementSignedWithAPartnerTakesTheDocumentsMainState() {
    let text =
      "Indonesia will buy 48 fighter jets, Indonesian officials said. The purchase follows a "
      + "framework agreement signed with Ankara in 2023."
    let found = summary(text)
    #expect(found.contains { $0.hasPrefix("partyTo indonesia -> ") })
    #expect(found.contains { $0.hasPrefix("partyTo turkey -> ") })
  }

  @Test func aRestatementInTheSentenceIsTheSameAgreement() {
    let ids = AgreementRuleTests.agreementIDs([
      "Brazil signed an agreement with Sweden to buy 36 fighter jets, in a deal worth about "
        + "$4.5 billion."
    ])
    #expect(ids.count == 2)
    #expect(Set(ids).count == 1)
    #expect(ids[0] != nil)
  }

  @Test func theSameSumInTitleAndTextIsOneAgreement() throws {
    let ids = AgreementRuleTests.agreementIDs([
      "Egypt signs $4bn deal for fighter jets.\n\nEgypt signed a contract worth $4 billion "
        + "with Dassault Aviation on Monday."
    ])
    #expect(ids.count == 2)
    #expect(ids[0] != nil && ids[0] == ids[1])
    let (_, resolution) = AgreementRuleTests.resolve([
      "Egypt signs $4bn deal for fighter jets.\n\nEgypt signed a contract worth $4 billion "
        + "with Dassault Aviation on Monday."
    ])
    let entity = try #require(resolution.entities.first { $0.type == "Agreement" })
    #expect(entity.aliases.contains("$4bn deal"))
    #expect(entity.aliases.contains("contract worth $4 billion"))
  }

  @Test func aBareNounIsNoAliasAndAWeaponItNamesIsAnotherAgreement() throws {
    let bodies = [
      "Spain and Germany signed a deal for 20 fighter jets. The deal angered Russia. Officials "
        + "said Spain and Germany would sign the tank contract next year."
    ]
    let ids = AgreementRuleTests.agreementIDs(bodies)
    #expect(ids.count == 3)
    #expect(ids[0] == ids[1])
    #expect(ids[2] != nil && ids[2] != ids[0])
    let (_, resolution) = AgreementRuleTests.resolve(bodies)
    for entity in resolution.entities where entity.type == "Agreement" {
      #expect(!entity.aliases.contains("deal"))
      #expect(!entity.aliases.contains("contract"))
    }
  }

  @Test func sanctionsAfterAnActorAndBeforeANameIsTheVerb() {
    #expect(
      !EntityMatcherTests.mentions("EU sanctions Iranian drone makers").contains {
        $0.type == "Agreement"
      })
    let noun = EntityMatcherTests.mentions(
      "The strikes violate UN Security Council sanctions on Libya."
    ).filter { $0.type == "Agreement" }
    #expect(noun.map(\.text) == ["UN Security Council sanctions on Libya"])
    #expect(
      !EntityMatcherTests.mentions("Venezuela firmly opposes illegal unilateral sanctions.")
        .contains { $0.type == "Agreement" })
  }

  @Test func anApprovedPackageForAStateIsAPlannedSupply() throws {
    let found = candidates("Japan approved a $500mn arms package for the Philippines on Friday.")
    let supply = try #require(found.first { $0.relation.type == "supplies" }?.relation)
    #expect(supply.source == "japan")
    #expect(supply.target == "philippines")
    #expect(supply.attributes["modality"] == .string("planned"))
    #expect(supply.attributes["amount"] == .double(5e8))
    let parties = found.filter { $0.relation.type == "partyTo" }.map(\.relation.source)
    #expect(parties == ["japan"])
  }
}
