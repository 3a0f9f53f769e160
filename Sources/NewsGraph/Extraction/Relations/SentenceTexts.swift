/// The `SentenceText` of each sentence of one document, made when first asked for: the pattern
/// rules and `ClaimQualifier` read mostly the same sentences (those with a trigger), and each
/// used to copy the sentence, split its words and find its clause boundaries again.
///
/// A reference type so that the stages of one `RelationExtractor.facts` call share it; it lives
/// for that call only, on one thread.
final class SentenceTexts {
  private let text: [UInt8]
  /// By sentence index (the splitter numbers sentences 0, 1, …); an index outside it is kept
  /// in `others`.
  private var made: [SentenceText?]
  private var others: [Int: SentenceText] = [:]

  init(_ document: ResolvedDocument) {
    text = document.bytes
    made = Array(repeating: nil, count: document.sentences.count)
  }

  /// The text of `sentence` (keyed by its index).
  func text(of sentence: Sentence) -> SentenceText {
    let index = sentence.index
    guard made.indices.contains(index) else {
      if let known = others[index] { return known }
      let found = SentenceText(bytes: Array(text[sentence.bytes]))
      others[index] = found
      return found
    }
    if let known = made[index] { return known }
    let found = SentenceText(bytes: Array(text[sentence.bytes]))
    made[index] = found
    return found
  }
}
