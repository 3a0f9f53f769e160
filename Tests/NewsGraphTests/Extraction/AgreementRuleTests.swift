import NewsGraph
import Testing

/// Agreement mentions (`AgreementRule`) and how the resolver names, merges and refers back to
/// them, on sentences written for the test (other states, deals and weapons than the seeds).
@Suite struct AgreementRuleTests {
  func agreements(_ body: String) -> [Mention] {
    EntityMatcherTests.mentions(body).filter { $0.type == "Agreement" }
  }

  /// Documents resolved in order with the shipped lexicon; each body is one article.
  static func resolve(_ bodies: [String], published: String = "2023-03-01")
    -> ([(Article, [Mention])], EntityResolution)
  {
    var documents: [(Article, [Mention])] = []
    for (position, body) in bodies.enumerated() {
      let name = "d\(position).txt"
      var article = ArticleReader().read(text: "t\n" + body, document: name, index: nil)
      article.metadata = ArticleMetadata(
        file: name, published: CalendarDate(iso: published)!)
      let sentences = SentenceSplitter().sentences(in: article)
      documents.append(
        (article, EntityMatcherTests.matcher.mentions(in: article, sentences: sentences)))
    }
    return (documents, EntityResolver(lexicon: EntityMatcherTests.lexicon).resolve(documents))
  }

  /// The entity id each agreement mention resolved to, in text order, over all documents.
  static func agreementIDs(_ bodies: [String]) -> [String?] {
    let (documents, resolution) = resolve(bodies)
    var ids: [String?] = []
    for (position, (_, mentions)) in documents.enumerated() {
      for (offset, mention) in mentions.enumerated() where mention.type == "Agreement" {
        ids.append(resolution.assignments[position][offset])
      }
    }
    return ids
  }

  @Test func aValueAndTheSubjectNameADeal() throws {
    let found = agreements("Poland signed a $4.75bn deal for Patriot systems.")
    let deal = try #require(found.first)
    #expect(found.count == 1)
    #expect(deal.text == "deal for Patriot systems")
    #expect(deal.agreement?.name == "deal")
    #expect(deal.agreement?.longName == "deal for Patriot systems")
    #expect(deal.method == .agreement)
    #expect(deal.agreement?.value == "$4.75bn")
    #expect(deal.agreement?.parties == ["poland"])
    #expect(deal.candidates == ["poland-4-75bn-deal"])
    let (_, resolution) = Self.resolve(["Poland signed a $4.75bn deal for Patriot systems."])
    let entity = try #require(resolution.entities.first { $0.type == "Agreement" })
    #expect(entity.label == "Poland $4.75bn deal")
  }

  @Test func aMoneyValueInAidIsAnAidPackage() throws {
    let found = agreements("Germany will send €2.7bn in military aid to Ukraine.")
    let aid = try #require(found.first)
    #expect(aid.text == "military aid")
    #expect(aid.agreement?.head == "package")
    #expect(aid.agreement?.value == "€2.7bn")
    #expect(aid.agreement?.parties == ["germany"])
    #expect(aid.agreement?.target == "ukraine")
    let (_, resolution) = Self.resolve(["Germany will send €2.7bn in military aid to Ukraine."])
    #expect(
      resolution.entities.first { $0.type == "Agreement" }?.label
        == "Germany €2.7bn military aid package")
  }

  @Test func aMarkdownEscapeBeforeTheCurrencyIsNotPartOfTheValue() {
    let found = agreements("Japan pledged an extra \\$500mn in humanitarian aid.")
    #expect(found.first?.agreement?.value == "$500mn")
  }

  @Test func sanctionsTakeTheirTargetAndTheirMaker() throws {
    let found = agreements("The EU imposed new sanctions on Belarusian banks last week.")
    let sanctions = try #require(found.first)
    #expect(sanctions.text == "sanctions on Belarusian banks")
    #expect(sanctions.agreement?.parties == ["european-union"])
    #expect(sanctions.agreement?.target == "belarus")
    #expect(sanctions.candidates == ["european-union-sanctions-belarus"])
  }

  @Test func aNationalBodyImposesSanctionsForItsState() {
    let found = agreements("The Treasury Department unveiled sanctions against Syria.")
    #expect(found.first?.agreement?.parties == ["united-states"])
    #expect(found.first?.candidates == ["united-states-sanctions-syria"])
  }

  @Test func partiesInThePhraseOrAfterBetween() {
    #expect(
      agreements("The Serbia-Hungary pact was signed.").first?.agreement?.parties
        == ["serbia", "hungary"])
    let between = agreements("Officials said the agreement between Serbia and Hungary holds.")
    #expect(between.first?.agreement?.parties == ["serbia", "hungary"])
    #expect(between.first?.candidates == ["hungary-serbia-agreement"])
  }

  @Test func capitalizedNamesAreNamedAgreements() {
    let aukus = agreements("Australia joined the AUKUS pact in 2021.")
    #expect(aukus.map(\.text) == ["AUKUS pact"])
    #expect(aukus.first?.agreement?.isNamed == true)
    #expect(aukus.first?.candidates == ["aukus-pact"])
    let named = agreements("Both sides praised the Good Friday Agreement again.")
    #expect(named.map(\.text) == ["Good Friday Agreement"])
  }

  @Test func genericAndOrganizationPhrasesAreLeftOut() {
    #expect(agreements("Any deal must respect the law.").isEmpty)
    #expect(agreements("Officials hope for an agreement soon.").isEmpty)
    #expect(agreements("The NATO alliance met in Vilnius.").isEmpty)
    #expect(agreements("The alliance met again.").isEmpty)
    #expect(agreements("Sweden said it would deal with Norway directly.").isEmpty)
    #expect(agreements("Sweden is in agreement with Norway.").isEmpty)
    #expect(agreements("Sweden spent a great deal of money.").isEmpty)
  }

  @Test func theDealRefersBackToTheLastDealOfTheDocument() {
    let ids = Self.agreementIDs([
      "Japan and the Philippines signed a defence pact on Monday. The pact lets troops train "
        + "together. Critics said this pact goes too far."
    ])
    #expect(ids == ["japan-philippines-pact", "japan-philippines-pact", "japan-philippines-pact"])
  }

  @Test func aDefiniteDealWithoutAntecedentTakesTheStatesOfTheSentenceBefore() {
    let ids = Self.agreementIDs([
      "Turkey will sell drones to Azerbaijan. Analysts say the deal worries Armenia."
    ])
    #expect(ids == ["azerbaijan-turkey-deal"])
    #expect(Self.agreementIDs(["Analysts say the package is too small."]) == [nil])
  }

  @Test func theSamePartiesAndHeadMergeAcrossDocuments() {
    let ids = Self.agreementIDs([
      "Russia and Belarus signed a union treaty.",
      "Belarus and Russia met again. They revised the treaty.",
      "Belarus signed a treaty with Russia.",
    ])
    #expect(ids == ["belarus-russia-treaty", "belarus-russia-treaty", "belarus-russia-treaty"])
  }

  @Test func agreementsHoldTheNamesInThem() {
    let found = EntityMatcherTests.mentions("Canada announced sanctions against Iran.")
    #expect(found.map(\.text) == ["Canada", "sanctions against Iran", "Iran"])
  }

  @Test func aContractWithAStateHasBothPartiesAndTheDealRefersBackToIt() {
    let ids = Self.agreementIDs([
      "Poland has signed a $10bn contract with South Korea for howitzers. Officials said the "
        + "deal would speed up deliveries."
    ])
    #expect(ids == ["poland-south-korea-10bn-contract", "poland-south-korea-10bn-contract"])
  }

  @Test func aCurrencySignGluedToTheAmountIsTheValue() {
    let found = agreements("Germany announced a new €500mn military aid package for Ukraine.")
    #expect(found.map(\.text) == ["military aid package"])
    #expect(found.first?.agreement?.value == "€500mn")
    #expect(found.first?.candidates == ["germany-500mn-package"])
  }

  @Test func noAgreementIsNotAnAgreement() {
    #expect(agreements("Talks between Sweden and Norway ended without an agreement.").isEmpty)
    #expect(agreements("Sweden and Norway said there was no deal.").isEmpty)
  }
}
