/// A person named by the surname alone ("Wallace said") after the full name earlier in the same
/// article ("Defence Secretary Ben Wallace"). The lexicon never lists bare surnames (too many
/// people share them), so the rule learns them per article, from the Person mentions of two or
/// more words in earlier sentences, and marks later capitalized words equal to such a surname.
/// The mention's candidates are those of the full names; the resolver joins it to the one of
/// them mentioned in the document.
struct SurnameRule {
  /// Surname → candidate ids of the full names that end with it, first-seen order.
  private(set) var surnames: [String: [String]] = [:]

  /// Learns the surnames of the multi-word Person mentions (honorifics and "the" dropped).
  mutating func learn(from mentions: [Mention]) {
    for mention in mentions where mention.type == "Person" && !mention.candidates.isEmpty {
      let words = EntityResolver.name(of: mention).split(separator: " ")
      guard words.count >= 2, let last = words.last else { continue }
      let surname = String(last)
      for id in mention.candidates where !(surnames[surname] ?? []).contains(id) {
        surnames[surname, default: []].append(id)
      }
    }
  }

  /// Surname mentions among the words no other mention covers.
  func mentions(in tokens: SentenceTokens, existing: [Mention]) -> [Mention] {
    guard !surnames.isEmpty else { return [] }
    var result: [Mention] = []
    for index in tokens.words.indices where tokens.isCapitalized(index) {
      let word = tokens.words[index]
      guard !existing.contains(where: { $0.bytes.overlaps(word) }),
        let ids = surnames[tokens.text(index)]
      else { continue }
      var end = word.upperBound
      var possessive = false
      if let extended = tokens.possessiveEnd(after: end) {
        end = extended
        possessive = true
      }
      result.append(
        Mention(
          document: "", sentence: 0, bytes: word.lowerBound..<end, scalars: 0..<0,
          text: String(decoding: tokens.bytes[word.lowerBound..<end], as: UTF8.self),
          candidates: ids, type: "Person", method: .surname, possessive: possessive))
    }
    return result
  }
}
