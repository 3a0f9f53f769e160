import NewsGraph
import NewsGraphTestSupport
import Testing

/// The lexicon part of `EntityMatcher`: case policy, surface-form kinds, possessives, overlaps.
/// Its static members are the shared fixture of every EntityMatcher suite (the lexicon and the
/// automaton are built once).
@Suite struct EntityMatcherTests {
  static let lexicon: Lexicon = {
    do {
      let loader = LexiconLoader(ontology: try RepositoryPaths.ontology())
      return try loader.load(folder: RepositoryPaths.root + "/ontology/lexicon")
    } catch {
      fatalError("the shipped lexicon does not load: \(error)")
    }
  }()

  static let matcher = EntityMatcher(lexicon: lexicon)

  /// The mentions of an in-memory article whose first line is the title `T`.
  static func mentions(_ body: String) -> [Mention] {
    let article = ArticleReader().read(text: "T\n" + body, document: "a.txt", index: nil)
    let sentences = SentenceSplitter().sentences(in: article)
    return matcher.mentions(in: article, sentences: sentences)
  }

  /// The mentions of a seed article, with the article.
  static func seed(_ prefix: String) throws -> (Article, [Mention]) {
    let folder = RepositoryPaths.root + "/seeds/"
    let index = try ArticleIndex(contentsOf: folder + "INDEX.tsv")
    let name = try #require(index.entries.map(\.file).first { $0.hasPrefix(prefix + "_") })
    let article = try ArticleReader().read(contentsOf: folder + name, index: index)
    let sentences = SentenceSplitter().sentences(in: article)
    return (article, matcher.mentions(in: article, sentences: sentences))
  }

  func texts(_ mentions: [Mention]) -> [String] { mentions.map(\.text) }

  @Test func capitalizedFormsMatchOnlyAsWritten() {
    #expect(texts(Self.mentions("He was a patriot, not a hero.")) == [])
    let patriot = Self.mentions("Patriot missiles arrived.")
    #expect(patriot.map(\.text) == ["Patriot missiles"])
    #expect(patriot.first?.candidates == ["patriot"])
    #expect(patriot.first?.type == "WeaponSystem")
    let us = Self.mentions("They told us that the US would help.")
    #expect(us.map(\.text) == ["US"])
    #expect(us.first?.candidates == ["united-states"])
  }

  @Test func allCapsWordsAreNotSpecialCased() {
    #expect(texts(Self.mentions("PATRIOT BATTERIES MOVED")) == [])
  }

  @Test func lowercaseFormsMatchInAnyCase() {
    let mentions = Self.mentions("Ballistic missiles and KAMIKAZE DRONES were fired.")
    #expect(mentions.map(\.text) == ["Ballistic missiles", "KAMIKAZE DRONES"])
    #expect(mentions.map(\.candidates) == [["ballistic-missile"], ["kamikaze-drone"]])
    #expect(mentions.allSatisfy { $0.type == "WeaponSystem" })
  }

  @Test func adjectivesAndCapitalsNameTheirState() {
    let mentions = Self.mentions("British officials flew to Kiev.")
    #expect(mentions.map(\.text) == ["British", "Kiev"])
    #expect(mentions.map(\.candidates) == [["united-kingdom"], ["ukraine"]])
    #expect(mentions.map(\.method) == [.lexicon(.adjective), .lexicon(.capital)])
    #expect(mentions.allSatisfy { $0.type == "State" })
  }

  @Test func possessivesJoinLabelsButNotAdjectives() {
    let mentions = Self.mentions("Britain’s army and Russia's navy met Russian's ships.")
    let britain = mentions.first { $0.candidates == ["united-kingdom"] }
    #expect(britain?.text == "Britain’s")
    #expect(britain?.possessive == true)
    #expect(mentions.first { $0.text.hasPrefix("Russia'") }?.text == "Russia's")
    let adjective = mentions.first { $0.method == .lexicon(.adjective) }
    #expect(adjective?.text == "Russian")
    #expect(adjective?.possessive == false)
  }

  @Test func theLongestLexiconFormWins() {
    let mentions = Self.mentions("The House of Commons Liaison Committee sat.")
    #expect(mentions.map(\.text) == ["House of Commons Liaison Committee"])
    #expect(mentions.first?.candidates == ["house-of-commons-liaison-committee"])
  }

  @Test func mentionsCarryDocumentSentenceAndOffsets() {
    let article = ArticleReader().read(
      text: "Títle\nÉté: Russia spoke. Then Iran’s envoy left.", document: "d.txt", index: nil)
    let sentences = SentenceSplitter().sentences(in: article)
    let mentions = Self.matcher.mentions(in: article, sentences: sentences)
    #expect(mentions.map(\.text) == ["Russia", "Iran’s"])
    #expect(mentions.map(\.document) == ["d.txt", "d.txt"])
    #expect(mentions.map(\.sentence) == [1, 2])
    #expect(mentions.map(\.scalars) == [11..<17, 30..<36])
    #expect(mentions.map(\.bytes) == [14..<20, 33..<41])
  }
}
