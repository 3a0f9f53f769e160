/// Turns the speakers `AttributionDetector` finds into entity ids: a mention is its entity; a
/// pronoun is the nearest earlier mention it can name — a Person for "he", "she" and "I", a
/// State or Organization for "it", "they" and "we" — in the sentence before the pronoun, then in
/// the article before the sentence.
struct SpeakerResolver {
  let document: ResolvedDocument
  let detector: AttributionDetector

  /// The sentence's mentions as speaker candidates (byte ranges relative to the sentence).
  func candidates(in sentence: Sentence) -> [SpeakerCandidate] {
    document.mentions(inSentence: sentence.index).map {
      SpeakerCandidate(
        range: ($0.mention.bytes.lowerBound - sentence.bytes.lowerBound)..<($0.mention.bytes
          .upperBound - sentence.bytes.lowerBound),
        id: $0.entity, type: $0.type)
    }
  }

  /// The attribution of the trigger at `trigger` in `sentence` (its text `bytes`), resolved;
  /// failing the detector's patterns, "…, according to X" after the trigger.
  func speaker(of trigger: Range<Int>, in sentence: Sentence, bytes: [UInt8]) -> ReportedSpeaker? {
    speaker(
      of: trigger, in: sentence, bytes: bytes, speakers: candidates(in: sentence),
      verbs: detector.verbMatches(in: bytes), words: nil)
  }

  /// `speaker(of:in:bytes:)` with the parts of the sentence that do not depend on the trigger
  /// already made: its `candidates(in:)`, its reporting verbs (`verbMatches(in:)`), its words.
  func speaker(
    of trigger: Range<Int>, in sentence: Sentence, bytes: [UInt8], speakers: [SpeakerCandidate],
    verbs: [PhraseMatch], words: SentenceWords?
  ) -> ReportedSpeaker? {
    guard
      let found = detector.attribution(
        in: bytes, trigger: trigger, mentions: speakers, verbs: verbs)
    else {
      return trailingAccordingTo(
        after: trigger, words: words ?? SentenceWords(bytes: bytes), speakers: speakers)
    }
    switch found.speaker {
    case .mention(let id, _):
      return ReportedSpeaker(entity: id, verb: found.verb, stance: found.stance)
    case .pronoun(let text, let range):
      guard
        let entity = antecedent(
          of: text.lowercased(), before: sentence.bytes.lowerBound + range.lowerBound)
      else { return nil }
      return ReportedSpeaker(
        entity: entity, verb: found.verb, stance: found.stance, viaPronoun: true)
    }
  }

  /// "Iran has sent drones to Russia, according to US officials": the first speaking mention
  /// within three words after an "according to" that follows the trigger.
  private func trailingAccordingTo(
    after trigger: Range<Int>, words: SentenceWords, speakers: [SpeakerCandidate]
  ) -> ReportedSpeaker? {
    let first = words.firstWord(from: trigger.upperBound)
    guard first + 1 < words.words.count else { return nil }
    for index in first..<(words.words.count - 1)
    where words.lower(index) == "according" && words.lower(index + 1) == "to" {
      let after = words.words[index + 1].upperBound
      for speaker in speakers
      where speaker.range.lowerBound >= after
        && SpeakerCandidate.speakingTypes.contains(speaker.type)
        && words.words(in: after..<speaker.range.lowerBound).count <= 3
      {
        return ReportedSpeaker(entity: speaker.id, verb: "according to", stance: .neutral)
      }
      return nil
    }
    return nil
  }

  /// The entity of the nearest mention before the article byte `offset` that the pronoun can
  /// name.
  func antecedent(of pronoun: String, before offset: Int) -> String? {
    let types: Set<String> =
      ["he", "she", "i"].contains(pronoun) ? ["Person"] : ["State", "Organization"]
    let end = document.mentions.partitionPoint { $0.mention.bytes.upperBound <= offset }
    return document.mentions[..<end].last { types.contains($0.type) }?.entity
  }
}
