/// One sentence as `ClaimQualifier` reads it, made once for all the candidates in it: its
/// bytes and words, its resolved mentions, and the modality cues and reporting verbs in it.
/// A sentence often holds several candidates (coordinated ends, several rules on one
/// trigger), and each used to copy the sentence, split its words and scan it again.
struct QualifiedSentence {
  let sentence: Sentence
  let bytes: [UInt8]
  let words: SentenceWords
  /// `ClauseCues.boundaries` of the sentence, for `ModalityDetector`.
  let boundaries: [Range<Int>]
  /// The resolved mentions, byte ranges relative to the sentence start (`DisputedClaim`).
  let mentions: [(range: Range<Int>, entity: String)]
  /// The mentions as speaker candidates (`SpeakerResolver.candidates(in:)`).
  let speakers: [SpeakerCandidate]
  /// `ModalityDetector.cueMatches(in:)` of the sentence.
  let cues: [PhraseMatch]
  /// `AttributionDetector.verbMatches(in:)` of the sentence.
  let verbs: [PhraseMatch]

  init(
    _ sentence: Sentence, in document: ResolvedDocument, qualifier: ClaimQualifier,
    resolver: SpeakerResolver, text: SentenceText
  ) {
    self.sentence = sentence
    bytes = text.bytes
    words = text.words
    boundaries = text.boundaries
    let start = sentence.bytes.lowerBound
    mentions = document.mentions(inSentence: sentence.index).map {
      (
        range: ($0.mention.bytes.lowerBound - start)..<($0.mention.bytes.upperBound - start),
        entity: $0.entity
      )
    }
    speakers = resolver.candidates(in: sentence)
    cues = qualifier.modalityDetector.cueMatches(in: bytes)
    verbs = qualifier.attributionDetector.verbMatches(in: bytes)
  }
}
