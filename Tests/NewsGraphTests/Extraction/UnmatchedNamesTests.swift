import NewsGraph
import Testing

/// `UnmatchedNames`: capitalized runs no mention covers, counted and ordered.
@Suite struct UnmatchedNamesTests {
  func report(_ bodies: [String], title: String = "t", titles: Set<String> = [])
    -> [UnmatchedName]
  {
    var documents: [(Article, [Sentence], [Mention])] = []
    for (position, body) in bodies.enumerated() {
      let article = ArticleReader().read(
        text: title + "\n" + body, document: "d\(position)", index: nil)
      let sentences = SentenceSplitter().sentences(in: article)
      documents.append(
        (article, sentences, EntityMatcherTests.matcher.mentions(in: article, sentences: sentences))
      )
    }
    return UnmatchedNames.find(in: documents, titles: titles)
  }

  @Test func namesAreCountedMostFrequentFirstThenByName() {
    let found = report([
      "Zorblatt Farms signed a deal with Britain. However, Zorblatt Farms denied it.",
      "Jane Doe and Abel Quist met on Monday in December.",
    ])
    #expect(
      found == [
        UnmatchedName(name: "Zorblatt Farms", count: 2),
        UnmatchedName(name: "Abel Quist", count: 1), UnmatchedName(name: "Jane Doe", count: 1),
      ])
  }

  @Test func mentionsAndFunctionWordsAreNotNames() {
    #expect(report(["The Kremlin said Russia and NATO disagree."]).isEmpty)
    #expect(report(["Meanwhile, the talks went on."]).isEmpty)
  }

  @Test func connectorsJoinAndPossessivesEnd() {
    #expect(report(["The Bank of Zetland raised rates."]).map(\.name) == ["Bank of Zetland"])
    #expect(report(["Quist's plan failed."]).map(\.name) == ["Quist"])
  }

  @Test func namesOrderByCodePointsOnTies() {
    #expect(report(["Émile Zola met Zed Quux."]).map(\.name) == ["Zed Quux", "Émile Zola"])
  }

  @Test func titlesOpenersAndSiteNamesAreNotNames() {
    #expect(report(["Separately, Abel Quist met officials."]).map(\.name) == ["Abel Quist"])
    #expect(report(["The Grand Vizier spoke."]).map(\.name) == ["Grand Vizier"])
    #expect(report(["The Grand Vizier spoke."], titles: ["grand vizier"]).isEmpty)
    #expect(
      report(["it rained."], title: "Zorblatt wins | Zeta Daily").map(\.name) == ["Zorblatt"])
  }
}
