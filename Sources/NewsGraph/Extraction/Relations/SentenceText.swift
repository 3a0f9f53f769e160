/// One sentence's text as the relation stages read it: its words (which hold its bytes) and its
/// clause boundaries (`ClauseCues.boundaries`, quote marks included). Made once per sentence by
/// `SentenceTexts` and shared by the pattern rules and `ClaimQualifier`, which read the same
/// sentences.
struct SentenceText {
  let words: SentenceWords
  let boundaries: [Range<Int>]

  init(bytes: [UInt8]) {
    words = SentenceWords(bytes: bytes)
    boundaries = ClauseCues.boundaries(in: bytes)
  }

  var bytes: [UInt8] { words.bytes }
}
