/// Finds the modality a sentence imposes on a relation trigger, from the cues of `CueLexicon`.
///
/// Pure: the sentence text and the trigger's byte range in, a `ModalityFinding` out. Every cue
/// the automaton finds is a candidate when its scope reaches the trigger:
/// - `clause`: the cue starts in the trigger's clause (`ClauseCues`) before the trigger ends,
///   so a cue written as the trigger itself counts ("Moscow rejects plans" with trigger
///   "rejects" is denied);
/// - `clause-both`: the cue is anywhere in the trigger's clause;
/// - `near`: as `clause`, with at most three words between cue and trigger ("does not supply",
///   "is not part of"; but not "did not specify what technology was being transferred");
/// - `sentence`: the cue is anywhere in the sentence before the trigger ends.
/// A clause ending in "?" adds a `hypothetical` candidate: a question asserts nothing.
/// The candidate of highest `Modality.precedence` wins; between equals, the one nearest the
/// trigger.
public struct ModalityDetector: Sendable {
  public let lexicon: CueLexicon
  /// Words allowed between a `near` cue and its trigger.
  public static let nearWords = 3

  public init(lexicon: CueLexicon) {
    self.lexicon = lexicon
  }

  /// The modality of the trigger at `trigger` (byte offsets into `text`'s UTF-8).
  public func modality(in text: String, trigger: Range<Int>) -> ModalityFinding {
    modality(in: Array(text.utf8), trigger: trigger)
  }

  /// The modality of the trigger at `trigger` (byte offsets into `bytes`); a range outside the
  /// text is no trigger, and asserted.
  public func modality(in bytes: [UInt8], trigger: Range<Int>) -> ModalityFinding {
    modality(in: bytes, trigger: trigger, cues: cueMatches(in: bytes))
  }

  /// The modality cues of a sentence, for `modality(in:trigger:cues:)`: a sentence with several
  /// triggers is scanned once.
  func cueMatches(in bytes: [UInt8]) -> [PhraseMatch] {
    bytes.withUnsafeBufferPointer { lexicon.modalityAutomaton.matches(in: $0) }
  }

  /// `modality(in:trigger:)` with the sentence's cues (`cueMatches(in:)`) already found.
  func modality(in bytes: [UInt8], trigger: Range<Int>, cues matches: [PhraseMatch])
    -> ModalityFinding
  {
    modality(
      in: bytes, trigger: trigger, cues: matches, boundaries: ClauseCues.boundaries(in: bytes))
  }

  /// `modality(in:trigger:cues:)` with the sentence's `ClauseCues.boundaries` already found
  /// (one pass per sentence, not one per trigger).
  func modality(
    in bytes: [UInt8], trigger: Range<Int>, cues matches: [PhraseMatch],
    boundaries: [Range<Int>]
  ) -> ModalityFinding {
    guard trigger.lowerBound >= 0, trigger.upperBound <= bytes.count else { return .asserted }
    let clause = ClauseCues.clause(containing: trigger, boundaries: boundaries, count: bytes.count)
    var best: (modality: Modality, range: Range<Int>, distance: Int)?
    func consider(_ modality: Modality, _ range: Range<Int>) {
      let distance = abs(trigger.lowerBound - range.lowerBound)
      if let current = best {
        if modality < current.modality { return }
        if modality == current.modality && distance >= current.distance { return }
      }
      best = (modality, range, distance)
    }
    for match in matches {
      let range = match.start..<match.end
      for payload in lexicon.modalityAutomaton.payloads(of: match) {
        let cue = lexicon.modalityCues[Int(payload)]
        if reaches(cue.scope, from: range, to: trigger, clause: clause, in: bytes) {
          consider(cue.modality, range)
        }
      }
    }
    if clause.upperBound < bytes.count && bytes[clause.upperBound] == UInt8(ascii: "?") {
      consider(.hypothetical, clause.upperBound..<clause.upperBound + 1)
    }
    guard let best else { return .asserted }
    return ModalityFinding(
      modality: best.modality,
      cue: String(decoding: bytes[best.range], as: UTF8.self), cueRange: best.range)
  }

  private func reaches(
    _ scope: CueScope, from cue: Range<Int>, to trigger: Range<Int>, clause: Range<Int>,
    in bytes: [UInt8]
  ) -> Bool {
    switch scope {
    case .sentence:
      return cue.lowerBound < trigger.upperBound
    case .clauseBoth:
      return cue.lowerBound >= clause.lowerBound && cue.upperBound <= clause.upperBound
    case .clause:
      return cue.lowerBound >= clause.lowerBound && cue.lowerBound < trigger.upperBound
    case .near:
      guard cue.lowerBound >= clause.lowerBound && cue.lowerBound < trigger.upperBound else {
        return false
      }
      return cue.upperBound >= trigger.lowerBound
        || Self.wordCount(in: cue.upperBound..<trigger.lowerBound, of: bytes) <= Self.nearWords
    }
  }

  /// Words (runs of letters, digits, non-ASCII bytes, `'` and `-`) in a byte range.
  static func wordCount(in range: Range<Int>, of bytes: [UInt8]) -> Int {
    var count = 0
    var inWord = false
    for index in range {
      let byte = bytes[index]
      let isWord =
        byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        || (byte >= 0x30 && byte <= 0x39) || byte == 0x27 || byte == 0x2D
      if isWord && !inWord { count += 1 }
      inWord = isWord
    }
    return count
  }
}
