import NewsGraph
import Testing

/// Locations, capitals used as places or as governments, seats of government, generic forces,
/// ministries named through their state, counterparts and website names in titles.
@Suite struct PlaceAndMetonymTests {
  func mentions(_ body: String) -> [Mention] { EntityMatcherTests.mentions(body) }

  func typed(_ body: String) -> [String] {
    mentions(body).map { "\($0.text):\($0.type):\($0.candidates.joined(separator: ","))" }
  }

  @Test func frontLineAndRegionalPlacesAreLocations() {
    #expect(typed("Fighting around Bakhmut intensified.") == ["Bakhmut:Location:bakhmut"])
    #expect(
      typed("Patrols cross the Taiwan Strait and the South China Sea.")
        == [
          "the Taiwan Strait:Location:taiwan-strait",
          "the South China Sea:Location:south-china-sea",
        ])
    #expect(typed("Talks in Geneva resumed.") == ["Geneva:Location:geneva"])
    #expect(typed("Blasts shook Odessa overnight.") == ["Odessa:Location:odesa"])
  }

  @Test func aHostCapitalIsAPlaceAfterALocativePrepositionOnly() {
    #expect(typed("Diplomats met in Vienna on Tuesday.") == ["Vienna:Location:vienna"])
    #expect(typed("Vienna said it would stay neutral.") == ["Vienna:State:austria"])
    #expect(
      typed("In Warsaw, the minister spoke to reporters.") == ["Warsaw:State:poland"])
    #expect(
      typed("He made visits to Brussels and The Hague.")
        == ["Brussels:Location:brussels", "The Hague:Location:the-hague"])
  }

  @Test func otherCapitalsStayTheirGovernmentEvenAsPlaces() {
    #expect(typed("Officials met in Moscow.") == ["Moscow:State:russia"])
    #expect(typed("Ankara said no.") == ["Ankara:State:turkey"])
  }

  @Test func seatsOfGovernmentAreTheirState() {
    #expect(typed("The Kremlin denied it.") == ["Kremlin:State:russia"])
    #expect(typed("Downing Street declined to comment.") == ["Downing Street:State:united-kingdom"])
    #expect(typed("Aides at Zhongnanhai were silent.") == ["Zhongnanhai:State:china"])
    #expect(
      typed("The Biden administration said so.")
        == ["Biden administration:State:united-states"])
    #expect(typed("the Pentagon said.") == ["the Pentagon:Organization:us-department-of-defense"])
  }

  @Test func genericForcesAreTheStateAndNamedForcesTheBody() {
    #expect(typed("the Russian military advanced.") == ["Russian:State:russia"])
    #expect(typed("US forces left.") == ["US:State:united-states"])
    #expect(
      typed("The Russian Armed Forces advanced.")
        == ["Russian Armed Forces:Organization:russian-armed-forces"])
  }

  @Test func aStateAndAGenericMinistryNameTheStatesMinistry() {
    #expect(
      typed("Poland's defence ministry said so.")
        == ["Poland's defence ministry:Organization:polish-ministry-of-national-defence"])
    #expect(
      typed("the Turkish foreign ministry said so.")
        == ["Turkish foreign ministry:Organization:turkey-foreign-ministry"])
  }

  @Test func aWebsiteNameInTheTitleIsNotAMention() {
    let article = ArticleReader().read(
      text: "Russia warns NATO | Global News\nBody.", document: "a.txt", index: nil)
    let sentences = SentenceSplitter().sentences(in: article)
    let found = EntityMatcherTests.matcher.mentions(in: article, sentences: sentences)
    #expect(found.map(\.text) == ["Russia", "NATO"])
  }

  @Test func aCounterpartHoldsTheSameRoleForTheOtherState() {
    let (documents, resolution) = AgreementRuleTests.resolve(
      ["US Defense Secretary Lloyd Austin spoke with his Chinese counterpart on Friday."],
      published: "2022-06-10")
    let mentions = documents[0].1
    let position = mentions.firstIndex { $0.text == "counterpart" }
    #expect(position.map { resolution.assignments[0][$0] } == "wei-fenghe")
    #expect(mentions.first { $0.text == "Chinese" }?.candidates == ["china"])
  }

  @Test func aNamedCounterpartIsTheName() {
    let found = mentions("She met her Chinese counterpart Wang Yi.")
    #expect(!found.contains { $0.text == "counterpart" })
  }
}
