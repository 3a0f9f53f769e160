import NewsGraph
import Testing

@Suite struct AttributionDetectorTests {
  let detector = AttributionDetector(lexicon: MarkedSentence.lexicon)

  func attribution(
    _ sentence: MarkedSentence, _ mentions: [(String, String, String)]
  ) -> Attribution? {
    detector.attribution(
      in: sentence.text, trigger: sentence.trigger,
      mentions: mentions.map { sentence.mention($0.0, id: $0.1, type: $0.2) })
  }

  func speakerID(_ attribution: Attribution?) -> String? {
    guard case .mention(let id, _)? = attribution?.speaker else { return nil }
    return id
  }

  @Test func speakerSaidBeforeTheTrigger() {
    let sentence = MarkedSentence(
      "Citing US intelligence, National Security Council spokesperson John Kirby said Iran is "
        + "set to [[receive]] stepped up military and technical support from Russia."
    )
    let found = attribution(
      sentence,
      [
        ("US", "united_states", "State"), ("National Security Council", "nsc", "Organization"),
        ("John Kirby", "john_kirby", "Person"), ("Iran", "iran", "State"),
        ("Russia", "russia", "State"),
      ])
    #expect(speakerID(found) == "john_kirby")
    #expect(found?.verb == "say")
    #expect(found?.stance == .neutral)
    #expect(found?.verbRange == sentence.range(of: "said"))
  }

  @Test func auxiliariesAndThatBetweenSpeakerAndTrigger() {
    let sentence = MarkedSentence("Moscow has also warned that Kyiv will [[attack]] Donetsk.")
    let found = attribution(
      sentence, [("Moscow", "russia", "State"), ("Kyiv", "ukraine", "State")])
    #expect(speakerID(found) == "russia")
    #expect(found?.verb == "warn")
  }

  @Test func speakerAfterTheClause() {
    let comma = MarkedSentence("Iran [[supplied]] the drones, the Pentagon said.")
    #expect(
      speakerID(
        attribution(comma, [("Pentagon", "pentagon", "Organization"), ("Iran", "iran", "State")]))
        == "pentagon")
    let quoted = MarkedSentence("“Iran [[supplied]] the drones,” Kirby added.")
    let found = attribution(quoted, [("Kirby", "john_kirby", "Person"), ("Iran", "iran", "State")])
    #expect(speakerID(found) == "john_kirby")
    #expect(found?.verb == "add")
    let inverted = MarkedSentence("Iran [[supplied]] the drones, said Kirby.")
    #expect(speakerID(attribution(inverted, [("Kirby", "john_kirby", "Person")])) == "john_kirby")
  }

  @Test func speakerBeforeAColonQuote() {
    let sentence = MarkedSentence(
      "Wallace said: “Russia intends to [[provide]] Iran with components.”")
    let found = attribution(
      sentence, [("Wallace", "ben_wallace", "Person"), ("Russia", "russia", "State")])
    #expect(speakerID(found) == "ben_wallace")
  }

  @Test func pronounSpeakerIsLeftToTheCaller() {
    let sentence = MarkedSentence(
      "“In return for having supplied more than 300 kamikaze drones, Russia intends to "
        + "[[provide]] it with advanced military components,” he said."
    )
    let found = attribution(sentence, [("Russia", "russia", "State")])
    let he = sentence.range(of: "he said").lowerBound
    #expect(found?.speaker == .pronoun(text: "he", range: he..<he + 2))
    #expect(found?.verb == "say")
  }

  @Test func accordingToSkipsAPossessiveState() {
    let sentence = MarkedSentence(
      "According to Britain’s defense secretary, Ben Wallace, Russia [[plans]] to deepen its "
        + "military cooperation with Iran."
    )
    let found = attribution(
      sentence,
      [
        ("Britain’s", "united_kingdom", "State"), ("Ben Wallace", "ben_wallace", "Person"),
        ("Russia", "russia", "State"), ("Iran", "iran", "State"),
      ])
    #expect(speakerID(found) == "ben_wallace")
    #expect(found?.verb == "according to")
    let bare = MarkedSentence("According to Britain, Russia [[plans]] to deepen ties.")
    #expect(
      speakerID(
        attribution(bare, [("Britain", "united_kingdom", "State"), ("Russia", "russia", "State")]))
        == "united_kingdom")
  }

  @Test func citingIsTheLastResort() {
    let sentence = MarkedSentence(
      "Citing the Pentagon, CNN reported that Iran [[supplied]] drones.")
    // CNN is not given as a speaker, so "reported" has none and "citing" decides.
    let found = attribution(
      sentence, [("Pentagon", "pentagon", "Organization"), ("Iran", "iran", "State")])
    #expect(speakerID(found) == "pentagon")
    #expect(found?.verb == "cite")
  }

  @Test func denyingVerbGivesItsStance() {
    let sentence = MarkedSentence("Tehran denied that it [[supplies]] drones to Russia.")
    let found = attribution(sentence, [("Tehran", "iran", "State"), ("Russia", "russia", "State")])
    #expect(speakerID(found) == "iran")
    #expect(found?.verb == "deny")
    #expect(found?.stance == .denying)
  }

  @Test func theTriggersSubjectIsNotTheSpeaker() {
    let sentence = MarkedSentence("Russia said Iran [[supplies]] drones.")
    let found = attribution(sentence, [("Russia", "russia", "State"), ("Iran", "iran", "State")])
    #expect(speakerID(found) == "russia")
  }

  @Test func noAttributionWithoutASpeaker() {
    let plain = MarkedSentence("Iran [[supplied]] drones to Russia.")
    #expect(attribution(plain, [("Iran", "iran", "State"), ("Russia", "russia", "State")]) == nil)
    let weapon = MarkedSentence("The Shahed said to be [[supplied]] by Iran.")
    #expect(attribution(weapon, [("Shahed", "shahed", "WeaponSystem")]) == nil)
    let unrelated = MarkedSentence("Iran [[supplied]] drones and the report said nothing.")
    #expect(attribution(unrelated, [("Iran", "iran", "State")]) == nil)
  }

  @Test func aReportingVerbThatIsTheTriggerIsNotItsOwnAttribution() {
    let sentence = MarkedSentence("Kyiv [[accused]] Minsk of training troops.")
    #expect(
      attribution(sentence, [("Kyiv", "ukraine", "State"), ("Minsk", "belarus", "State")]) == nil)
  }

  @Test func rangesPastTheTextAreNoTrigger() {
    let text = "According to Kirby, Iran supplied drones."
    let found = detector.attribution(
      in: text, trigger: 200..<210,
      mentions: [SpeakerCandidate(range: 13..<18, id: "john_kirby", type: "Person")])
    #expect(found == nil)
    let modality = ModalityDetector(lexicon: MarkedSentence.lexicon)
    #expect(modality.modality(in: "Russia will not", trigger: 90..<95).modality == .asserted)
  }
}
