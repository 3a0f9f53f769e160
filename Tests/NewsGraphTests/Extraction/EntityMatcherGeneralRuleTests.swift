import NewsGraph
import Testing

/// The general name rules of round two: persons after ranks and person nouns, company suffixes,
/// acronyms in parentheses, states' own ministries, weapons named before their class, loss
/// tallies, and places by cue words. Sentences come from other contexts than the test articles.
@Suite struct EntityMatcherGeneralRuleTests {
  func mentions(_ body: String, type: String) -> [Mention] {
    EntityMatcherTests.mentions(body).filter { $0.type == type }
  }

  @Test func ranksIntroduceNamesInAnyScript() {
    let found = mentions("Brigadier General Moussa Salaou Barmou met envoys.", type: "Person")
    #expect(found.map(\.text) == ["Moussa Salaou Barmou"])
    #expect(found.map(\.method) == [.titledPerson])
    #expect(
      mentions("Later, Col. Zofia Wąsik-Żurek spoke.", type: "Person").map(\.text) == [
        "Zofia Wąsik-Żurek"
      ])
  }

  @Test func personNounsAndAppositivesIntroduceNames() {
    #expect(
      mentions("opposition lawmaker Ewa Kowalczyk-Nowak said so.", type: "Person").map(\.text)
        == ["Ewa Kowalczyk-Nowak"])
    #expect(
      mentions("The firm's founder, Selçuk Öztürk, declined.", type: "Person").map(\.text) == [
        "Selçuk Öztürk"
      ])
    #expect(
      mentions("Its militia commander Abu Hamza al-Zetlani fled.", type: "Person").map(\.text)
        == ["Abu Hamza al-Zetlani"])
  }

  @Test func aPersonNamedLikeAWeaponStaysAPerson() {
    let found = EntityMatcherTests.mentions("Aselsan chief executive Kemal Patriot spoke.")
    #expect(found.filter { $0.type == "Person" }.map(\.text) == ["Kemal Patriot"])
    #expect(found.filter { $0.type == "WeaponSystem" }.isEmpty)
  }

  @Test func ranksBeforeCompaniesAndOfficesAreNotPersons() {
    #expect(mentions("General Dynamics Land Systems won.", type: "Person").isEmpty)
    #expect(mentions("The officials met General Assembly delegates.", type: "Person").isEmpty)
  }

  @Test func appositivesAfterRoleTitlesKeepTheRole() {
    let found = mentions(
      "Zetland's interim president, General Ousmane Quibala, spoke.", type: "Person")
    let named = found.first { $0.text == "Ousmane Quibala" }
    #expect(named?.role == "head of state")
    #expect(named?.method == .titledPerson)
  }

  @Test func officeWordsBetweenTheStateAndTheTitle() {
    let found = mentions(
      "Peruvian foreign ministry spokesperson Ana Quispe Mamani said.", type: "Person")
    #expect(found.map(\.state) == ["peru"])
  }

  @Test func companySuffixesMakeOrganizationsAndModifiersAreTrimmed() {
    let found = mentions(
      "Officials named Zetland-based Quorn Shipping Co and Brask Heavy Industries.",
      type: "Organization")
    #expect(found.map(\.text) == ["Quorn Shipping Co", "Brask Heavy Industries"])
    #expect(found.map(\.candidates) == [["quorn-shipping-co"], ["brask-heavy-industries"]])
  }

  @Test func unitsAndBureausAreOrganizations() {
    let found = mentions(
      "The Zetland Coast Guard and the 47th Quorn Brigade met the Brask Investigation Bureau.",
      type: "Organization")
    #expect(
      found.map(\.text) == ["Zetland Coast Guard", "Quorn Brigade", "Brask Investigation Bureau"])
  }

  @Test func anAcronymInParenthesesIsAnAliasOfTheNameBeforeIt() {
    let found = mentions(
      "Clashes with the Front de Libération Nationale du Zetland (FLNZ) went on.",
      type: "Organization")
    #expect(found.map(\.text) == ["Front de Libération Nationale du Zetland", "FLNZ"])
    #expect(Set(found.map(\.candidates)).count == 1)
    #expect(found.allSatisfy { $0.method == .acronym })
    #expect(mentions("They met (OK) later.", type: "Organization").isEmpty)
  }

  @Test func anAcronymIntroducedOnceIsKnownLaterInTheArticle() {
    let found = mentions(
      "Troops fought the Zetland Liberation Army (ZLA) on Monday. ZLA fighters fled.",
      type: "Organization")
    #expect(found.map(\.text) == ["Zetland Liberation Army", "ZLA", "ZLA"])
    #expect(Set(found.map(\.candidates)) == [["zetland-liberation-army"]])
  }

  @Test func slugsFoldLatinDiacritics() {
    let found = mentions(
      "Later, Col. Zofia Wąsik-Żurek and Gen. Øyvind Ærø spoke.", type: "Person")
    #expect(found.map(\.candidates) == [["zofia-wasik-zurek"], ["oyvind-aero"]])
  }

  @Test func aStatesMinistryTheLexiconLacksIsItsOwn() {
    let found = EntityMatcherTests.mentions("Zambia's Ministry of National Defence said.")
    #expect(found.map(\.text) == ["Zambia's", "Ministry of National Defence"])
    #expect(found.map(\.candidates) == [["zambia"], ["zambia-ministry-of-national-defence"]])
  }

  @Test func namedWeaponsSwallowTheirClass() {
    let known = mentions("France sent Storm Shadow cruise missiles.", type: "WeaponSystem")
    #expect(known.map(\.text) == ["Storm Shadow cruise missiles"])
    #expect(known.first?.candidates.contains("storm-shadow") == true)
    let new = mentions("The jets carry Zephyr air-to-air missiles.", type: "WeaponSystem")
    #expect(new.map(\.candidates) == [["zephyr"]])
    #expect(new.map(\.method) == [.namedWeapon])
    #expect(
      mentions("It bought the Quillon interceptor.", type: "WeaponSystem").map(\.candidates) == [
        ["quillon"]
      ])
    #expect(
      mentions("Two Zeta-class submarines sailed.", type: "WeaponSystem").map(\.candidates) == [
        ["zeta"]
      ])
  }

  @Test func statesAndSentenceStartsDoNotNameWeapons() {
    let found = mentions("Sweden sent Swedish fighter jets. Missiles flew.", type: "WeaponSystem")
    #expect(found.allSatisfy { $0.method != .namedWeapon })
  }

  @Test func lossTalliesAreNoWeaponMentions() {
    #expect(
      mentions("The army lost 300 tanks and 40 helicopters.", type: "WeaponSystem").isEmpty)
    #expect(!mentions("Zetland sent 300 tanks.", type: "WeaponSystem").isEmpty)
  }

  @Test func placesByCueWords() {
    let found = mentions(
      "Ships left the port of Nampo for the Zarnitsa Cosmodrome, and a factory in Zlin.",
      type: "Location")
    #expect(found.map(\.text) == ["Nampo", "Zarnitsa Cosmodrome", "Zlin"])
    #expect(found.allSatisfy { $0.method == .cueLocation })
    #expect(mentions("Strikes hit Hasakah province.", type: "Location").map(\.text) == ["Hasakah"])
    #expect(mentions("a factory in December.", type: "Location").isEmpty)
    #expect(
      mentions("Drones hit Quorntown, a port on the Zetland coast.", type: "Location").map(\.text)
        == ["Quorntown"])
    #expect(
      mentions("They met Abel Quist, a soldier in the army.", type: "Location").isEmpty)
  }
}
