import NewsGraph
import Testing

/// Cue-word organizations, weapon designations and the overlap rules between them and the
/// lexicon.
@Suite struct EntityMatcherHeuristicTests {
  func mentions(_ body: String) -> [Mention] { EntityMatcherTests.mentions(body) }

  func organizations(_ body: String) -> [Mention] {
    mentions(body).filter { $0.type == "Organization" }
  }

  @Test func capitalizedRunsWithACueWordAreOrganizations() {
    let found = organizations("Officials of the Zetland Defence Procurement Agency met.")
    #expect(found.map(\.text) == ["Zetland Defence Procurement Agency"])
    #expect(found.map(\.candidates) == [["zetland-defence-procurement-agency"]])
    #expect(found.map(\.method) == [.cueOrganization])
  }

  @Test func leadingFunctionWordsArePossessivesAndSingleWordsAreNot() {
    #expect(organizations("The Quux Ministry said so.").map(\.text) == ["Quux Ministry"])
    #expect(
      organizations("Zetland's Security Council met.").map(\.text) == ["Security Council"])
    #expect(organizations("Parliament voted.").isEmpty)
    #expect(organizations("the quux ministry said.").isEmpty)
  }

  @Test func ofPhrasesAfterTheCueWordBelongToTheName() {
    #expect(
      organizations("the Ministry of Fluff Affairs said.").map(\.text) == [
        "Ministry of Fluff Affairs"
      ])
  }

  @Test func aLongerCueSpanBeatsTheLexiconMatchInsideIt() {
    let found = organizations("the House of Commons Defence Committee heard.")
    #expect(found.map(\.text) == ["House of Commons Defence Committee"])
    #expect(found.map(\.candidates) == [["house-of-commons-defence-committee"]])
  }

  @Test func aLexiconOrganizationHeadingTheSpanGivesItsCandidates() {
    let found = organizations("a Pentagon Office National Security Council spokesman spoke.")
    #expect(found.map(\.text) == ["Pentagon Office National Security Council"])
    #expect(found.first?.candidates == ["us-national-security-council"])
    let other = organizations("the Zimbabwe National Security Council met.")
    #expect(other.map(\.text) == ["Zimbabwe National Security Council"])
    #expect(other.first?.candidates == ["zimbabwe-national-security-council"])
  }

  @Test func designationsTheLexiconLacksAreWeapons() {
    let found = mentions("It fired a Xq-77 and two Zb-404s and a Kx-9M and an M919.")
    #expect(found.map(\.text) == ["Xq-77", "Zb-404s", "Kx-9M", "M919"])
    #expect(found.map(\.candidates) == [["xq-77"], ["zb-404"], ["kx-9m"], ["m919"]])
    #expect(found.allSatisfy { $0.type == "WeaponSystem" && $0.method == .designation })
  }

  @Test func weaponWordsInsideHyphenatedModifiersAreNotWeapons() {
    let found = mentions("They sent light, anti-tank, portable launchers and counter-drone kits.")
    #expect(found.filter { $0.type == "WeaponSystem" }.isEmpty)
    #expect(mentions("They sent anti-tank missiles.").map(\.candidates) == [["anti-tank-missile"]])
  }

  @Test func thingsShapedLikeDesignationsAreNotWeapons() {
    let found = mentions("COVID-19 and the G7 in Q4 of Zetland-2022 and a B2 pencil.")
    #expect(found.filter { $0.type == "WeaponSystem" }.isEmpty)
  }

  @Test(arguments: [
    ("Su-35", "su-35"), ("T-90", "t-90"), ("S-400", "s-400"), ("MiG-29", "mig-29"),
    ("Kh-101", "kh-101"), ("Shahed-136", "shahed-136"), ("M777", "m777"), ("F-16s", "f-16"),
  ])
  func knownDesignationsComeFromTheLexicon(text: String, id: String) {
    let found = mentions("They sent \(text) today.")
    #expect(found.map(\.text) == [text])
    #expect(found.first?.candidates.contains(id) == true)
    #expect(found.first?.method.isLexicon == true)
  }

  /// Names never overlap; an agreement phrase may hold names but never crosses one.
  @Test func finalMentionsNeverOverlapAndRunInTextOrder() throws {
    for prefix in ["000", "001", "002", "003", "004"] {
      let (_, all) = try EntityMatcherTests.seed(prefix)
      let found = all.filter { $0.method != .agreement }
      for (left, right) in zip(found, found.dropFirst()) {
        #expect(left.bytes.upperBound <= right.bytes.lowerBound || left.sentence < right.sentence)
        #expect(left.sentence <= right.sentence)
      }
      for (left, right) in zip(all, all.dropFirst()) {
        #expect(left.bytes.lowerBound <= right.bytes.lowerBound)
      }
      for phrase in all where phrase.method == .agreement {
        for name in found where name.bytes.overlaps(phrase.bytes) {
          #expect(phrase.bytes.lowerBound <= name.bytes.lowerBound)
          #expect(name.bytes.upperBound <= phrase.bytes.upperBound)
        }
      }
    }
  }
}
