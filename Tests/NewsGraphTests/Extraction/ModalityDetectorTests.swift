import NewsGraph
import Testing

@Suite struct ModalityDetectorTests {
  let detector = ModalityDetector(lexicon: MarkedSentence.lexicon)

  func modality(_ marked: String) -> Modality {
    let sentence = MarkedSentence(marked)
    return detector.modality(in: sentence.text, trigger: sentence.trigger).modality
  }

  @Test(arguments: [
    ("Russia will [[supply]] Iran with jets.", Modality.planned),
    ("Russia plans to [[supply]] Iran with jets.", .planned),
    ("Iran is set to [[receive]] jets.", .planned),
    ("Turkey is preparing to [[send]] drones.", .planned),
    ("Russia intends to [[provide]] Iran with components.", .intended),
    ("Kyiv wants to [[buy]] more tanks.", .intended),
    ("Tehran is seeking to [[acquire]] jets.", .intended),
    ("Berlin is weighing whether Leopards can be [[sent]].", .hypothetical),
    ("Berlin is mulling the [[delivery]] of tanks.", .considering),
    ("Ukraine asked Germany for the [[delivery]] of tanks.", .requested),
    ("Zelensky urged allies to [[send]] jets.", .requested),
    ("Paris offered to [[train]] pilots.", .offered),
    ("London proposed to [[supply]] howitzers.", .offered),
    ("Iran allegedly [[supplied]] drones.", .alleged),
    ("Russia reportedly [[received]] shells.", .alleged),
    ("Kyiv accused Minsk of [[training]] troops.", .alleged),
    ("Tehran denied that it [[supplies]] drones.", .denied),
    ("Moscow refused to [[sign]] the treaty.", .denied),
    ("Germany does not [[supply]] jets.", .negated),
    ("Germany hasn't [[supplied]] jets.", .negated),
    ("Germany didn’t [[supply]] jets.", .negated),
    ("There is no sign of Chinese [[deliveries]].", .negated),
    ("Seoul failed to [[deliver]] the shells.", .negated),
    ("Russia would [[invade]] if provoked.", .hypothetical),
    ("Tanks might be [[sent]].", .hypothetical),
    ("Aid could be [[offered]] in the event of an attack.", .hypothetical),
    ("Will Germany [[send]] tanks?", .hypothetical),
    ("Russia [[supplied]] Iran with jets.", .asserted),
  ])
  func cueClasses(_ marked: String, _ expected: Modality) {
    #expect(modality(marked) == expected, "\(marked)")
  }

  @Test func issueCases() {
    #expect(modality("Russia has insisted it has no plans to [[invade]] Ukraine") == .negated)
    #expect(modality("Ukraine is not [[part of]] NATO.") == .negated)
    #expect(modality("Iran is considering the [[sale]] of ballistic missiles") == .considering)
    #expect(
      modality("Russia intends to [[provide]] Iran with advanced military components")
        == .intended)
    #expect(
      modality(
        "Defense Secretary Ben Wallace said Britain had \"made the decision to [[supply]] "
          + "Ukraine with light anti-tank defense systems\"."
      ) == .asserted)
    #expect(
      modality(
        "Boris Johnson indicated that additional military support could be [[offered]] to "
          + "Ukraine if Russia invaded."
      ) == .hypothetical)
    #expect(
      modality(
        "While Moscow - which has deployed 100,000 troops near its border with Ukraine - "
          + "[[rejects]] plans for an attack on Ukraine, it has said it could take unspecified "
          + "military action."
      ) == .denied)
    #expect(
      modality(
        "According to Britain’s defense secretary, Ben Wallace, Russia [[plans]] to deepen "
          + "its military cooperation with Iran."
      ) == .planned)
  }

  @Test func theFindingNamesTheCue() {
    let sentence = MarkedSentence("Russia has insisted it has no plans to [[invade]] Ukraine")
    let finding = detector.modality(in: sentence.text, trigger: sentence.trigger)
    #expect(finding.cue == "has no plans to")
    #expect(finding.cueRange == sentence.range(of: "has no plans to"))
    let plain = MarkedSentence("Russia [[invaded]] Ukraine.")
    #expect(detector.modality(in: plain.text, trigger: plain.trigger) == .asserted)
  }

  @Test func cuesStopAtClauseBoundaries() {
    #expect(modality("Russia will not win; Iran [[supplies]] drones.") == .asserted)
    #expect(modality("Berlin may hesitate, but Paris [[sends]] tanks.") == .asserted)
    #expect(modality("“We will win,” he said, and Iran [[supplied]] drones.") == .asserted)
    #expect(modality("Russia plans to: [[supply]] drones.") == .asserted)
  }

  @Test func shortNegationsReachOnlyNearbyTriggers() {
    #expect(
      modality("Wallace did not specify what technology was being [[transferred]] to Iran.")
        == .asserted)
    #expect(modality("Russia has not yet [[delivered]] the jets.") == .negated)
  }

  @Test func negationOutranksPlansAndConditions() {
    #expect(modality("Russia will not [[supply]] jets.") == .negated)
    #expect(modality("If asked, Russia would never [[supply]] jets.") == .negated)
    #expect(modality("Russia plans to [[supply]] jets if Iran pays.") == .hypothetical)
    #expect(modality("Russia reportedly plans to [[supply]] jets.") == .planned)
  }

  @Test func theMonthMayIsNotAModal() {
    #expect(modality("In May Russia [[supplied]] drones.") == .asserted)
    #expect(modality("Russia may [[supply]] drones.") == .considering)
  }

  @Test func triggersWithoutCuesAndEmptyTextAreAsserted() {
    #expect(detector.modality(in: "", trigger: 0..<0) == .asserted)
    #expect(modality("[[Supplies]] arrived.") == .asserted)
  }
}
