/// "his Russian counterpart": a state adjective or possessive ("Russian", "Russia's") right
/// before "counterpart" gives a role mention with that state and the title "counterpart" but no
/// role: the resolver takes the role from the person the counterpart is set against (the last
/// office holder named before it) and finds who held it for the other state on the article's
/// date. Followed by a name ("her Russian counterpart Sergei Lavrov"), the name is the mention
/// and the rule adds nothing.
struct CounterpartRule {
  static let title = "counterpart"

  func mentions(in tokens: SentenceTokens, lexicon: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for index in tokens.words.indices
    where index > 0 && (11...12).contains(tokens.words[index].count)
      && tokens.bytes[tokens.words[index].lowerBound] == UInt8(ascii: "c")
    {
      let word = tokens.text(index)
      guard word == "counterpart" || word == "counterparts" else { continue }
      let start = tokens.words[index].lowerBound
      guard
        let state = lexicon.last(where: {
          $0.type == "State" && $0.candidates.count == 1 && $0.bytes.upperBound <= start
            && start - $0.bytes.upperBound <= 1
        })
      else { continue }
      if index + 1 < tokens.words.count, tokens.isSpaceAfter(index),
        lexicon.contains(where: {
          $0.type == "Person" && $0.bytes.lowerBound == tokens.words[index + 1].lowerBound
        }) || tokens.isCapitalized(index + 1)
      {
        continue
      }
      result.append(
        Mention(
          document: "", sentence: 0, bytes: tokens.words[index], scalars: 0..<0, text: word,
          candidates: [], type: "Person", method: .role, roleTitle: Self.title,
          state: state.candidates[0]))
    }
    return result
  }
}
