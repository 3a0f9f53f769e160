import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct ArticleReaderTests {
  static let seeds = RepositoryPaths.root + "/seeds/"

  func seed(_ name: String) throws -> (Article, [String]) {
    let index = try ArticleIndex(contentsOf: Self.seeds + "INDEX.tsv")
    let article = try ArticleReader().read(contentsOf: Self.seeds + name, index: index)
    return (article, SentenceSplitter().sentences(in: article).map { $0.text(in: article) })
  }

  @Test func seed000HasItsTitleAsSentenceZeroAndDropsSourceLink() throws {
    let (article, sentences) = try seed("000_436b093d3de44444.txt")
    #expect(article.document == "000_436b093d3de44444.txt")
    #expect(
      article.title
        == "UK defense secretary says Russia plans to boost military ties "
        + "with Iran | Daily News Byte"
    )
    #expect(sentences.first == article.title)
    #expect(
      article.headline == "UK defense secretary says Russia plans to boost military ties with Iran")
    #expect(article.metadata?.outlet == "Daily News Byte")
    #expect(!sentences.contains("Source link"))
    #expect(
      sentences.last
        == "Britain has already committed to match 2022’s £2.3bn worth of "
        + "arms supplies to Ukraine in 2023."
    )
    #expect(
      sentences.contains(
        "The West is closely monitoring Iran’s ties with Russia at a "
          + "time when the Kremlin is desperate to make up for a munitions "
          + "shortage."
      ))
    #expect(sentences.count == 20)
  }

  @Test func seed001SplitsQuotedSpeech() throws {
    let (_, sentences) = try seed("001_6729c13711a731bc.txt")
    #expect(sentences.contains("“We must hold their enablers to account,” he said."))
    #expect(sentences.contains("“Iran has become one of Russia’s top military backers."))
    #expect(sentences.contains("We must expose this deal.”"))
    #expect(
      sentences.last?.hasPrefix("Ukrainian President Volodymyr Zelensky landed in Washington")
        == true)
  }

  @Test func seed002DropsFTBoilerplateAndKeepsCaptionAndByline() throws {
    let (article, sentences) = try seed("002_71ee3d9be39746e4.txt")
    #expect(
      sentences.contains(
        "The US will also send an additional \\$275mn in lethal aid to "
          + "<u>Ukraine</u>, including ammunition for heavy artillery "
          + "systems and counter-drone equipment."
      ))
    #expect(sentences[0] == "War in Ukraine")
    #expect(article.headline == "US says Russia providing 'unprecedented' military support to Iran")
    #expect(
      sentences.contains(
        "Iran has been sending Russia drones to assist with its invasion of Ukraine"))
    #expect(sentences.contains("Felicia Schwartz in Washington YESTERDAY"))
    for gone in ["X", "Stay across", "Additional reporting", "Copyright", "© AP"] {
      #expect(!sentences.contains { $0.contains(gone) && $0.count < 80 }, "\(gone)")
    }
    #expect(
      sentences.contains(
        "\"This is a full-scale defence partnership that is harmful to Ukraine, to Iran's"))
    #expect(
      sentences.contains(
        "neighbours and, quite frankly, to the international community,\" he said."))
  }

  @Test func seed003KeepsTitlesTogetherAndDropsFooter() throws {
    let (_, sentences) = try seed("003_218ca8e7fb6f78b1.txt")
    #expect(sentences.contains("In Moscow, Ms. Truss had a difficult meeting with Mr. Lavrov."))
    #expect(
      sentences.contains(
        "Rejecting Ms. Truss’ call for the withdrawal of forces, Mr. "
          + "Lavrov said: “The demands for the withdrawal of Russian troops "
          + "from Russian territory cause regret."
      ))
    #expect(
      sentences.last
        == "But he said force levels would plummet once the military "
        + "drills were over, in which case “the West will likely claim it "
        + "forced Russia to de-escalate”."
    )
    #expect(
      !sentences.contains {
        $0.hasPrefix("For more stories") || $0 == "About Author" || $0 == "Comments are closed."
      })
  }

  @Test func seed004DropsSharingWidgetsAtBothEnds() throws {
    let (article, sentences) = try seed("004_1a681538aeaaf5db.txt")
    #expect(
      sentences.first
        == "UK gives Ukraine anti-tank weapons as Canada sends special forces | Military news")
    #expect(article.title == sentences.first)
    #expect(sentences.last == "Russia took control of Crimea in 2014.")
    #expect(
      sentences.contains(
        "\"These are short-range ... but nonetheless, it would make "
          + "people stop and think about what they were doing, and if tanks "
          + "were to roll into Ukraine, invade it, then they would be part "
          + "of the defense mechanism.\""
      ))
    #expect(article.metadata?.published == CalendarDate(year: 2022, month: 1, day: 18))
  }

  @Test func theTextStaysExactlyAsInTheFileWithoutItsBOM() throws {
    let text = "\u{FEFF}Share this:\r\nTitle here\r\nBody. More.\r\n"
    let article = ArticleReader().read(text: text, document: "a.txt", index: nil)
    #expect(article.text == "Share this:\r\nTitle here\r\nBody. More.\r\n")
    #expect(article.title == "Title here")
    #expect(article.contentLines == [13..<23, 25..<36])
    #expect(article.metadata == nil)
  }

  @Test func onlyBoilerplateGivesNoSentences() {
    let article = ArticleReader().read(
      text: "Share this:\n\nLike this:\n  \nSource link", document: "empty.txt", index: nil)
    #expect(article.title == nil)
    #expect(article.contentLines.isEmpty)
    #expect(SentenceSplitter().sentences(in: article).isEmpty)
    #expect(article.headline == nil)
  }

  @Test func invalidUTF8NamesTheFileAndByte() throws {
    let path = NSTemporaryDirectory() + "newsgraph-article-\(UUID().uuidString).txt"
    let bytes: [UInt8] = Array("Title\nBody ".utf8) + [0xC3, 0x28]
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect { try ArticleReader().read(contentsOf: path, index: nil) } throws: {
      let error = $0 as? NewsGraphError
      return error?.kind == .invalidUTF8 && error?.location?.file == path
        && error?.location?.byteOffset == 11 && error?.location?.line == 2
    }
  }
}
