import NewsGraph
import Testing

@Suite struct PhraseAutomatonTests {
  typealias Phrase = (text: String, payload: Int32, caseSensitive: Bool)

  /// Checks that the automaton finds exactly the `[[…]]` spans of `marked`.
  func expectSpans(
    _ phrases: [Phrase], _ marked: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let (text, spans) = PhraseAutomatonSpans.parse(marked)
    let found = PhraseAutomaton(phrases: phrases).matches(in: text).map { $0.start..<$0.end }
    #expect(found == spans, "in \(text.debugDescription)", sourceLocation: sourceLocation)
  }

  /// Checks that the matches found from shared word starts (`matches(in:startingAt:)`, as the
  /// entity matcher runs three automata over one sentence) are those of `matches(in:)`.
  func expectSameFromWordStarts(
    _ automaton: PhraseAutomaton, _ text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      let starts = PhraseAutomaton.wordStarts(in: buffer)
      #expect(starts == starts.sorted() && Set(starts).count == starts.count)
      #expect(
        automaton.matches(in: buffer, startingAt: starts) == automaton.matches(in: buffer),
        "in \(text.debugDescription)", sourceLocation: sourceLocation)
    }
  }

  func insensitive(_ texts: String...) -> [Phrase] {
    texts.enumerated().map { ($0.element, Int32($0.offset), false) }
  }

  @Test func matchesOnlyWholeWords() {
    let phrases = insensitive("Russia", "Su-35", "Iran")
    expectSpans(phrases, "[[Russia]]-US talks, Russian jets, Belarussia, [[Russia]].")
    expectSpans(phrases, "Su-35s, [[Su-35]] and [[Su-35]]: Su-350")
    expectSpans(phrases, "Iranian, Iran2 no: Iran2 is one word; ([[Iran]])")
    expectSpans(phrases, "Irán, Iranß, ßIran no: ßIran is one word, [[Iran]]")
  }

  @Test func possessivesEndAtTheApostrophe() {
    let phrases = insensitive("Russia")
    expectSpans(phrases, "[[Russia]]’s army and [[Russia]]'s navy")
    expectSpans(phrases, "“[[Russia]]” – ‘[[Russia]]’ — [[Russia]]… [[Russia]]\u{A0}today")
  }

  @Test func caseSensitivePhrasesMatchOnlyAsWritten() {
    let phrases: [Phrase] = [("Patriot", 0, true), ("ballistic missiles", 1, false)]
    expectSpans(
      phrases, "patriot PATRIOT [[Patriot]] [[Ballistic missiles]] [[BALLISTIC missiles]]")
    let automaton = PhraseAutomaton(phrases: [("US", 1, true), ("us", 2, false)])
    let matches = automaton.matches(in: "US us Us")
    #expect(matches.map { Array(automaton.payloads(of: $0)) } == [[1, 2], [2], [2]])
  }

  @Test func caseSensitiveVerificationKeepsTheWhitespaceAndApostropheRules() {
    let phrases: [Phrase] = [("Ben Wallace", 0, true), ("Côte d'Ivoire", 1, true)]
    expectSpans(phrases, "[[Ben\n\tWallace]] ben wallace [[Côte d’Ivoire]] côte d'Ivoire")
  }

  @Test func typographicApostrophesMatchEitherWay() {
    expectSpans(insensitive("Côte d'Ivoire"), "[[Côte d’Ivoire]] and [[Côte d'Ivoire]]")
    expectSpans(insensitive("Côte d’Ivoire"), "[[Côte d’Ivoire]] and [[Côte d'Ivoire]]")
  }

  @Test func whitespaceRunsMatchOneSpace() {
    let phrases = insensitive("Ben Wallace", "  New   York ")
    expectSpans(
      phrases,
      "[[Ben\nWallace]], [[Ben \u{A0}\t\r\n Wallace]], [[Ben\u{A0}Wallace]], "
        + "[[new\nyork]], BenWallace")
  }

  @Test func leftmostLongestWithoutOverlap() {
    expectSpans(
      insensitive("United States", "United States Navy"),
      "[[United States Navy]] and [[United States]] Army")
    expectSpans(insensitive("UK", "the UK"), "[[the UK]] and [[UK]]")
    expectSpans(insensitive("New York", "York Times"), "[[New York]] Times and [[York Times]]")
    expectSpans(
      insensitive("New York", "New York Times", "York"),
      "[[New York Times]], [[New York]], [[York]], New Yorker, [[New York]] Time")
  }

  @Test func ambiguousPhrasesReportEveryPayload() {
    let automaton = PhraseAutomaton(phrases: [
      ("Georgia", 7, false), ("Georgia", 3, false), ("georgia", 3, false), ("Georgia", 5, true),
    ])
    let matches = automaton.matches(in: "Georgia, GEORGIA")
    #expect(matches.map { $0.start..<$0.end } == [0..<7, 9..<16])
    #expect(matches.map { Array(automaton.payloads(of: $0)) } == [[3, 5, 7], [3, 7]])
  }

  @Test func nonASCIIPhrases() {
    let phrases = insensitive("Київ", "Zelenskyy", "Côte d’Ivoire")
    expectSpans(phrases, "У Київі no; [[Київ]], [[Zelenskyy]]’s КИЇВ")
    expectSpans(phrases, "President [[Zelenskyy]]—[[Côte d’Ivoire]]–[[Київ]]")
    // Guillemets are not in the punctuation list, so they are word bytes like any non-ASCII.
    expectSpans(phrases, "«Київ» and “[[Київ]]”")
  }

  /// Emoji are non-ASCII and therefore word bytes: they must be separated from a phrase.
  @Test func emojiAroundMatches() {
    let phrases = insensitive("Kyiv", "Ukraine")
    expectSpans(phrases, "🇺🇦 [[Kyiv]] 🔥, 🇺🇦Kyiv, Kyiv🔥, ([[Ukraine]])👍")
  }

  @Test func emptyInputs() {
    #expect(PhraseAutomaton(phrases: insensitive("a")).matches(in: "").isEmpty)
    #expect(PhraseAutomaton(phrases: []).matches(in: "some text").isEmpty)
    let bytes: [UInt8] = []
    #expect(bytes.withUnsafeBufferPointer { PhraseAutomaton(phrases: []).matches(in: $0) }.isEmpty)
  }

  @Test func phrasesWithoutWordCharactersAreIgnored() {
    let automaton = PhraseAutomaton(
      phrases: insensitive("...", "", "  ", "–", "’", "C++", "-", "(", "a-b"))
    #expect(automaton.ignoredPhraseIndices == [0, 1, 2, 3, 4, 6, 7])
    let matches = automaton.matches(in: "... – ’ - ( [C++] a-b")
    #expect(matches.map { $0.start..<$0.end } == [17..<20, 22..<25])
  }

  @Test func randomBytesDoNotCrash() {
    var random = SeededRandom(seed: 42)
    let alphabet = Array("ab AB-'’\u{A0}ü\n".utf8) + [0xE2, 0x80, 0xC2, 0xFF, 0x99]
    let bytes = (0..<(1 << 20)).map { _ in alphabet.randomElement(using: &random)! }
    let automaton = PhraseAutomaton(phrases: insensitive("ab", "a b", "b'a", "ab-ab", "ü"))
    let matches = bytes.withUnsafeBufferPointer { automaton.matches(in: $0) }
    #expect(!matches.isEmpty)
    for (previous, next) in zip(matches, matches.dropFirst()) {
      #expect(previous.end <= next.start)
    }
  }

  @Test func agreesWithTheNaiveReference() {
    var random = SeededRandom(seed: 7)
    let words = [
      "alpha", "Beta", "gamma", "GAMMA", "Київ", "d’Ivoire", "d'Ivoire", "US", "us", "Su-35", "x",
      "x2", "né", "🔥",
    ]
    let separators = [" ", "  ", "\n", "\u{A0}", "-", "’s ", "'s ", ", ", "“", "”", "…", "", "—"]
    for round in 0..<20 {
      var phrases: [Phrase] = []
      for index in 0..<200 {
        let length = Int.random(in: 1...3, using: &random)
        let text = (0..<length).map { _ in words.randomElement(using: &random)! }
          .joined(separator: Bool.random(using: &random) ? " " : "-")
        phrases.append((text, Int32(index % 150), Bool.random(using: &random)))
      }
      var text = ""
      for _ in 0..<400 {
        var piece =
          Bool.random(using: &random)
          ? phrases.randomElement(using: &random)!.text : words.randomElement(using: &random)!
        if Int.random(in: 0..<4, using: &random) == 0 {
          piece = Bool.random(using: &random) ? piece.uppercased() : piece.lowercased()
        }
        text += piece + separators.randomElement(using: &random)!
      }
      expectAgreesWithReference(phrases, text, round: round, atLeast: 50)
    }
  }

  /// Short phrases that differ in case, where the start filter decides most word starts:
  /// one-unit phrases, pairs of units, phrases that end the text, apostrophes and hyphens.
  @Test func agreesWithTheNaiveReferenceOnShortCaseMixedPhrases() {
    var random = SeededRandom(seed: 11)
    let letters = ["a", "A", "b", "B", "é", "É", "’", "'", "-", "1"]
    let separators = [" ", "", "\n", ", ", "  "]
    func word() -> String {
      (0..<Int.random(in: 1...3, using: &random)).map { _ in
        letters.randomElement(using: &random)!
      }.joined()
    }
    for round in 0..<30 {
      var phrases: [Phrase] = []
      for index in 0..<40 {
        phrases.append((word(), Int32(index), Bool.random(using: &random)))
      }
      var text = ""
      for _ in 0..<300 { text += word() + separators.randomElement(using: &random)! }
      expectAgreesWithReference(phrases, text, round: round, atLeast: 10)
    }
  }

  /// The automaton of `phrases` finds in `text` what the naive reference finds (more than
  /// `atLeast` matches, so a round cannot pass by matching nothing), also from shared word
  /// starts.
  func expectAgreesWithReference(
    _ phrases: [Phrase], _ text: String, round: Int, atLeast minimum: Int
  ) {
    let automaton = PhraseAutomaton(phrases: phrases)
    expectSameFromWordStarts(automaton, text)
    let found = automaton.matches(in: text).map {
      ($0.start, $0.end, Array(automaton.payloads(of: $0)))
    }
    let expected = PhraseAutomatonReference.matches(phrases: phrases, in: text)
    #expect(expected.count > minimum, "round \(round)")
    #expect(found.count == expected.count, "round \(round)")
    for (actual, wanted) in zip(found, expected) {
      #expect(
        actual.0 == wanted.start && actual.1 == wanted.end && actual.2 == wanted.payloads,
        "round \(round): \(actual) vs \(wanted)")
      if actual.0 != wanted.start { break }
    }
  }

  @Test func sharedWordStartsFindTheSameMatches() {
    let automaton = PhraseAutomaton(
      phrases: [
        ("Russia", 0, true), ("US", 1, true), ("Côte d’Ivoire", 2, true), ("su-35", 3, false),
        ("x", 4, false), ("a – b", 5, false), ("né", 6, true), ("Ben Wallace", 7, true),
      ])
    for text in [
      "", "x", " x", "x ", "Russia-US talks", "Russia’s and US's", "Su-35s, SU-35 and su-35",
      "Côte d'Ivoire\u{A0}x", "a – b–x", "“x”…x—x", "néx né", "Ben\n Wallace\u{A0}Ben Wallace",
      "🔥x🔥 x", "xx x\u{A0}\u{A0}x", "a\u{2013}x a – b",
    ] {
      expectSameFromWordStarts(automaton, text)
    }
  }

  @Test func compilesAHundredThousandPhrasesAndScansAMegabyte() {
    let phrases = (0..<100_000).map { index -> Phrase in
      ("name\(index)", Int32(index), index % 2 == 0)
    }
    let automaton = PhraseAutomaton(phrases: phrases)
    var random = SeededRandom(seed: 1)
    var text = ""
    while text.utf8.count < 1 << 20 {
      text += "the name\(Int.random(in: 0..<200_000, using: &random)) said Name12 "
    }
    let matches = automaton.matches(in: text)
    #expect(matches.count > 10_000)
    expectSameFromWordStarts(automaton, text)
    for match in matches.prefix(1000) {
      let payloads = automaton.payloads(of: match)
      #expect(payloads.count == 1)
    }
  }
}
