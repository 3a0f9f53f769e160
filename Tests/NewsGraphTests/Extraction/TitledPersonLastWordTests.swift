import Testing

@testable import NewsGraph

@Suite struct TitledPersonLastWordTests {
  @Test(arguments: [
    "Ben Wallace", "Wallace", "  Ben  Wallace  ", "", "   ", "Jean-Yves Le Drian",
    "Jürgen Øyranvek", "a \u{301}b", "x\u{600} y", "Ursula von der Leyen ",
  ])
  func lastWordIsTheLastPieceOfASplitOnSpaces(name: String) {
    let expected = name.split(separator: " ").last.map(String.init)
    #expect(TitledPersonRule.lastWord(of: name).map(String.init) == expected)
  }
}
