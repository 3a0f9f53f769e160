/// The `SentenceText` of each sentence of one document, made when first asked for: the pattern
/// rules and `ClaimQualifier` read mostly the same sentences (those with a trigger), and each
/// used to copy the sentence, split its words and find its clause boundaries again.
///
/// A reference type so that the stages of one `RelationExtractor.facts` call share it; it lives
/// for that call only, on one thread.
final class SentenceTexts {
  private let text: [UInt8]
  private var made: [Int: SentenceText] = [:]

  init(_ document: ResolvedDocument) {
    text = document.bytes
  }

  /// The text of `sentence` (keyed by its index).
  func text(of sentence: Sentence) -> SentenceText {
    if let known = made[sentence.index] { return known }
    let found = SentenceText(bytes: Array(text[sentence.bytes]))
    made[sentence.index] = found
    return found
  }
}
