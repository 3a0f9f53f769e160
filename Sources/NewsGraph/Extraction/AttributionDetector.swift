/// Finds who a sentence attributes a trigger to, from reporting verbs and entity mentions.
///
/// Patterns, tried in this order (the first that yields a speaker wins):
/// 1. `SPEAKER (has|had|also …) said (that) … TRIGGER`, `SPEAKER said: “… TRIGGER …”`: the
///    nearest reporting verb left of the trigger with a speaker right before it;
/// 2. `… TRIGGER …, SPEAKER said.`, `“… TRIGGER …,” SPEAKER said`, `…, said SPEAKER.`: the
///    nearest reporting verb right of the trigger whose speaker is set off by a comma or quote;
/// 3. `according to SPEAKER, … TRIGGER`; 4. `citing SPEAKER, … TRIGGER`.
/// A speaker is a Person, State or Organization mention, or a pronoun (returned as such for the
/// caller to resolve). In 3 and 4 the first speaking mention after the cue that is not
/// possessive is the speaker ("According to Britain’s defense secretary, Ben Wallace, …" gives
/// Ben Wallace). A reporting verb that overlaps the trigger is never its own attribution, and
/// the speaker must stand next to the verb, so "Russia said Iran supplies" attributes to Russia,
/// never to Iran, the trigger's own subject.
public struct AttributionDetector: Sendable {
  public let lexicon: CueLexicon

  static let auxiliaries: Set<String> = [
    "has", "have", "had", "also", "again", "previously", "repeatedly", "earlier", "later",
    "then", "once", "recently", "publicly", "reportedly",
  ]
  static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]

  public init(lexicon: CueLexicon) {
    self.lexicon = lexicon
  }

  /// The attribution of the trigger at `trigger` (byte offsets into `text`'s UTF-8), or nil
  /// when the sentence names no source for it. `mentions` are the sentence's entity mentions,
  /// with byte ranges in the same text; only speaking types are considered.
  public func attribution(
    in text: String, trigger: Range<Int>, mentions: [SpeakerCandidate]
  ) -> Attribution? {
    attribution(in: Array(text.utf8), trigger: trigger, mentions: mentions)
  }

  /// The attribution of the trigger at `trigger` (byte offsets into `bytes`); a range outside
  /// the text is no trigger, and has none.
  public func attribution(
    in bytes: [UInt8], trigger: Range<Int>, mentions: [SpeakerCandidate]
  ) -> Attribution? {
    attribution(in: bytes, trigger: trigger, mentions: mentions, verbs: verbMatches(in: bytes))
  }

  /// The reporting verbs of a sentence, for `attribution(in:trigger:mentions:verbs:)`: a
  /// sentence with several triggers is scanned once.
  func verbMatches(in bytes: [UInt8]) -> [PhraseMatch] {
    bytes.withUnsafeBufferPointer { lexicon.verbAutomaton.matches(in: $0) }
  }

  /// `attribution(in:trigger:mentions:)` with the sentence's reporting verbs
  /// (`verbMatches(in:)`) already found.
  func attribution(
    in bytes: [UInt8], trigger: Range<Int>, mentions: [SpeakerCandidate], verbs all: [PhraseMatch]
  ) -> Attribution? {
    guard trigger.lowerBound >= 0, trigger.upperBound <= bytes.count else { return nil }
    let speakers = mentions.filter { SpeakerCandidate.speakingTypes.contains($0.type) }
    let verbs = all.filter { $0.end <= trigger.lowerBound || $0.start >= trigger.upperBound }
    func verb(of match: PhraseMatch) -> ReportingVerb {
      lexicon.reportingVerbs[Int(lexicon.verbAutomaton.payloads(of: match).first!)]
    }
    for match in verbs.reversed() where match.end <= trigger.lowerBound {
      let reporting = verb(of: match)
      if reporting.lemma == "cite" { continue }
      if let speaker = speaker(endingAt: match.start, in: bytes, speakers: speakers) {
        return Attribution(
          speaker: speaker, verb: reporting.lemma, stance: reporting.stance,
          verbRange: match.start..<match.end)
      }
    }
    for match in verbs where match.start >= trigger.upperBound {
      let reporting = verb(of: match)
      if reporting.lemma == "cite" { continue }
      let found: AttributionSpeaker?
      if let before = speaker(endingAt: match.start, in: bytes, speakers: speakers),
        Self.isSetOff(before: startOf(before), in: bytes)
      {
        found = before
      } else if Self.isSetOff(before: match.start, in: bytes) {
        found = speaker(startingAt: match.end, in: bytes, speakers: speakers)
      } else {
        found = nil
      }
      if let found {
        return Attribution(
          speaker: found, verb: reporting.lemma, stance: reporting.stance,
          verbRange: match.start..<match.end)
      }
    }
    if let cue = Self.find(Array("according to".utf8), before: trigger.lowerBound, in: bytes),
      let speaker = firstSpeaker(
        after: cue.upperBound, before: trigger.lowerBound, in: bytes,
        speakers: speakers)
    {
      return Attribution(
        speaker: speaker, verb: "according to", stance: .neutral, verbRange: cue)
    }
    for match in verbs where match.end <= trigger.lowerBound && verb(of: match).lemma == "cite" {
      if let speaker = firstSpeaker(
        after: match.end, before: trigger.lowerBound, in: bytes, speakers: speakers)
      {
        let reporting = verb(of: match)
        return Attribution(
          speaker: speaker, verb: reporting.lemma, stance: reporting.stance,
          verbRange: match.start..<match.end)
      }
    }
    return nil
  }

  private func startOf(_ speaker: AttributionSpeaker) -> Int {
    switch speaker {
    case .mention(_, let range), .pronoun(_, let range): range.lowerBound
    }
  }

  /// The speaker that ends right before `position`, skipping spaces and auxiliary words.
  private func speaker(
    endingAt position: Int, in bytes: [UInt8], speakers: [SpeakerCandidate]
  ) -> AttributionSpeaker? {
    var end = Self.skipSpaces(backFrom: position, in: bytes)
    for _ in 0..<3 {
      if let mention = speakers.last(where: { $0.range.upperBound == end }) {
        return .mention(id: mention.id, range: mention.range)
      }
      let word = Self.word(endingAt: end, in: bytes)
      let lower = String(decoding: bytes[word], as: UTF8.self).lowercased()
      if Self.pronouns.contains(lower) {
        return .pronoun(text: String(decoding: bytes[word], as: UTF8.self), range: word)
      }
      guard !word.isEmpty, Self.auxiliaries.contains(lower) else { return nil }
      end = Self.skipSpaces(backFrom: word.lowerBound, in: bytes)
    }
    return nil
  }

  /// The speaker that starts right after `position` ("…, said Kirby").
  private func speaker(
    startingAt position: Int, in bytes: [UInt8], speakers: [SpeakerCandidate]
  ) -> AttributionSpeaker? {
    var start = position
    while start < bytes.count && bytes[start] == 0x20 { start += 1 }
    if let mention = speakers.first(where: { $0.range.lowerBound == start }) {
      return .mention(id: mention.id, range: mention.range)
    }
    return nil
  }

  /// The first non-possessive speaker mention in `lower..<upper`.
  private func firstSpeaker(
    after lower: Int, before upper: Int, in bytes: [UInt8], speakers: [SpeakerCandidate]
  ) -> AttributionSpeaker? {
    for mention in speakers.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
    where mention.range.lowerBound >= lower && mention.range.upperBound <= upper {
      if Self.isPossessive(mention.range, in: bytes) { continue }
      return .mention(id: mention.id, range: mention.range)
    }
    return nil
  }

  /// Whether a span ends with, or is followed by, 's or ’s.
  static func isPossessive(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
    let s = UInt8(ascii: "s")
    func apostropheEnds(at end: Int) -> Bool {
      (end >= 1 && bytes[end - 1] == 0x27)
        || (end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0x99)
    }
    if range.count >= 2 && bytes[range.upperBound - 1] | 0x20 == s
      && apostropheEnds(at: range.upperBound - 1)
    {
      return true
    }
    let end = range.upperBound
    if end + 1 < bytes.count && bytes[end] == 0x27 && bytes[end + 1] | 0x20 == s { return true }
    return end + 3 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80
      && bytes[end + 2] == 0x99 && bytes[end + 3] | 0x20 == s
  }

  /// Whether the text before `position` (skipping spaces and a "the") ends with a comma or a
  /// quote mark.
  static func isSetOff(before position: Int, in bytes: [UInt8]) -> Bool {
    var end = skipSpaces(backFrom: position, in: bytes)
    let article = word(endingAt: end, in: bytes)
    if String(decoding: bytes[article], as: UTF8.self).lowercased() == "the" {
      end = skipSpaces(backFrom: article.lowerBound, in: bytes)
    }
    guard end > 0 else { return false }
    let last = bytes[end - 1]
    if last == UInt8(ascii: ",") || last == UInt8(ascii: "\"") { return true }
    return end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && last == 0x9D
  }

  static func skipSpaces(backFrom position: Int, in bytes: [UInt8]) -> Int {
    var end = position
    while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
    return end
  }

  /// The ASCII letter run ending at `end`.
  static func word(endingAt end: Int, in bytes: [UInt8]) -> Range<Int> {
    var start = end
    while start > 0, bytes[start - 1] | 0x20 >= 0x61, bytes[start - 1] | 0x20 <= 0x7A {
      start -= 1
    }
    return start..<end
  }

  /// The last whole-word, ASCII-case-insensitive occurrence of `needle` ending before `limit`.
  static func find(_ needle: [UInt8], before limit: Int, in bytes: [UInt8]) -> Range<Int>? {
    let limit = min(limit, bytes.count)
    guard needle.count <= limit else { return nil }
    var start = limit - needle.count
    while start >= 0 {
      var same = true
      for offset in 0..<needle.count where bytes[start + offset] | 0x20 != needle[offset] {
        same = false
        break
      }
      let end = start + needle.count
      let boundedLeft = start == 0 || !isASCIILetter(bytes[start - 1])
      let boundedRight = end == bytes.count || !isASCIILetter(bytes[end])
      if same && boundedLeft && boundedRight { return start..<end }
      start -= 1
    }
    return nil
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
  }
}
