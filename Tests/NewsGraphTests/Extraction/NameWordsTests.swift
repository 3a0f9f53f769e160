import Testing

@testable import NewsGraph

/// `NameWords.lastWord` against the split of characters it stands for.
@Suite struct NameWordsTests {
  @Test(arguments: [
    "Ben Wallace", "Wallace", "  Ben  Wallace  ", "", "   ", "Jean-Yves Le Drian",
    "Jürgen Øyranvek", "a \u{301}b", "x\u{600} y", "Ursula von der Leyen ",
  ])
  func lastWordIsTheLastPieceOfASplitOnSpaces(name: String) {
    let expected = name.split(separator: " ").last.map(String.init)
    #expect(NameWords.lastWord(of: name).map(String.init) == expected)
  }
}
