import NewsGraph
import Testing

@Suite struct SentenceSplitterTests {
  /// The sentence texts of an in-memory article.
  func sentences(_ text: String, splitter: SentenceSplitter = SentenceSplitter()) -> [String] {
    let article = ArticleReader().read(text: text, document: "a.txt", index: nil)
    return splitter.sentences(in: article).map { $0.text(in: article) }
  }

  @Test func aLineBreakAlwaysEndsASentence() {
    #expect(
      sentences("Title without stop\nFirst line has no stop\n\nSecond one. Then more.") == [
        "Title without stop", "First line has no stop", "Second one.", "Then more.",
      ])
  }

  @Test func splitsAfterStopsQuestionsAndExclamations() {
    #expect(
      sentences("T\nHe left. She stayed! Did they? 2022 was long. “Yes,” he said.") == [
        "T", "He left.", "She stayed!", "Did they?", "2022 was long.", "“Yes,” he said.",
      ])
  }

  @Test func closingQuotesStayWithTheirSentence() {
    #expect(
      sentences("T\nHe said: “We must.” Then he left. 'Go.' (It ended.) \"Done.\" Next.") == [
        "T", "He said: “We must.”", "Then he left.", "'Go.'", "(It ended.)", "\"Done.\"", "Next.",
      ])
    #expect(sentences("T\nShe said ‘no.’ He agreed.") == ["T", "She said ‘no.’", "He agreed."])
  }

  @Test func noSplitBeforeALowercaseWord() {
    #expect(
      sentences("T\nIt was nuclear”. program”. Fine.") == [
        "T", "It was nuclear”. program”.", "Fine.",
      ])
  }

  @Test(arguments: [
    "Mr. Lavrov", "Mrs. May", "Ms. Truss", "Dr. Who", "St. Petersburg", "Gen. Milley",
    "Lt. Col. Vindman", "Maj. Smith", "Capt. Kirk", "Sgt. Pepper", "Adm. Radakin", "Prof. Xu",
    "Sen. Graham", "Rep. Pelosi", "Gov. Abbott", "Jr. Officers", "vs. Russia", "etc. Moscow",
    "e.g. Kyiv", "i.e. Kyiv", "No. 10", "U.S. Officials", "U.K. Ministers", "U.N. Envoys",
    "E.U. Leaders", "Jan. 24", "Feb. 24", "Dec. 31", "Sept. 9",
  ])
  func abbreviationsDoNotEndASentence(phrase: String) {
    #expect(
      sentences("T\nThey met \(phrase) today. Next.") == [
        "T", "They met \(phrase) today.", "Next.",
      ])
  }

  @Test func abbreviationsAreCaseInsensitiveAndMayFollowAQuoteOrBracket() {
    #expect(
      sentences("T\nSaid (MR. Smith) and “Dr. Jones” too. End.") == [
        "T", "Said (MR. Smith) and “Dr. Jones” too.", "End.",
      ])
  }

  @Test func initialsDoNotEndASentence() {
    #expect(
      sentences("T\nJohn F. Kennedy and J. R. R. Tolkien met. Then H. G. Wells came.") == [
        "T", "John F. Kennedy and J. R. R. Tolkien met.", "Then H. G. Wells came.",
      ])
  }

  @Test func aWordEndingLikeAnAbbreviationStillEnds() {
    // "Friday." is not "day." and "Ukraine." is no initial: both end their sentence.
    #expect(
      sentences("T\nHe came on Friday. Ukraine. Next.") == [
        "T", "He came on Friday.", "Ukraine.", "Next.",
      ])
  }

  @Test func numbersAreNeverSplit() {
    #expect(
      sentences("T\nBritain gave £2.3bn and $275mn. In 2023 it was 3.5 per cent. 1.5m fled.") == [
        "T", "Britain gave £2.3bn and $275mn.", "In 2023 it was 3.5 per cent.", "1.5m fled.",
      ])
  }

  @Test func anEllipsisBeforeALowercaseWordDoesNotSplit() {
    #expect(
      sentences("T\nThese are short-range ... but useful. It waits… and waits… Then it ends.") == [
        "T", "These are short-range ... but useful.", "It waits… and waits…", "Then it ends.",
      ])
  }

  @Test func sentencesMayStartWithNonASCIICapitals() {
    #expect(
      sentences("T\nHe left. Über alles. Ødegaard scored. éclair stays.") == [
        "T", "He left.", "Über alles.", "Ødegaard scored. éclair stays.",
      ])
  }

  @Test func offsetsAreCodePointsAfterEmojiAndCurlyQuotes() {
    let text = "Title 🇺🇦\n“Curly” 🙂 start. Then «Київ» — end.\n"
    let article = ArticleReader().read(text: text, document: "a.txt", index: nil)
    let found = SentenceSplitter().sentences(in: article)
    let scalars = Array(text.unicodeScalars)
    #expect(found.count == 3)
    func slice(_ range: Range<Int>) -> String {
      var result = ""
      result.unicodeScalars.append(contentsOf: scalars[range])
      return result
    }
    #expect(
      found.map { slice($0.scalars) } == ["Title 🇺🇦", "“Curly” 🙂 start.", "Then «Київ» — end."])
    #expect(found.map(\.index) == [0, 1, 2])
    // Title (8 scalars) and newline, then 16 scalars of sentence and a space: 26, as Python says.
    #expect(found[2].scalars == 26..<44)
    #expect(found[2].bytes.lowerBound == Array(text.utf8).count - "Then «Київ» — end.\n".utf8.count)
  }

  @Test func rangesAreTrimmed() {
    let text = "  T  \n\t First.   Second.  \r\n"
    let article = ArticleReader().read(text: text, document: "a.txt", index: nil)
    let found = SentenceSplitter().sentences(in: article)
    #expect(found.map { $0.text(in: article) } == ["T", "First.", "Second."])
    #expect(found[1].bytes == 8..<14)
    #expect(found[2].bytes == 17..<24)
  }

  @Test func aLongLineIsCutAtTheLastSpaceBeforeTheLimit() {
    let splitter = SentenceSplitter(maximumLength: 20)
    let result = sentences("T\naaaa bbbb cccc dddd eeee ffff gggg", splitter: splitter)
    #expect(result == ["T", "aaaa bbbb cccc dddd", "eeee ffff gggg"])
  }

  @Test func aLongWordIsCutAtAScalarBoundary() {
    let splitter = SentenceSplitter(maximumLength: 10)
    // Each "é" is two bytes: 10 bytes hold five of them.
    let result = sentences("T\n" + String(repeating: "é", count: 12), splitter: splitter)
    #expect(
      result == ["T", String(repeating: "é", count: 5), String(repeating: "é", count: 5), "éé"])
  }

  @Test func runsWithoutSpacesOrStopsAreCutAtEveryLimit() {
    // The splitter skips runs of bytes that are neither whitespace nor a stop at once; the cut
    // must still fall exactly where the length cap puts it.
    let word = String(repeating: "a", count: 100)
    for limit in 8...40 {
      let result = sentences("T\n" + word, splitter: SentenceSplitter(maximumLength: limit))
      let expected = stride(from: 0, to: 100, by: limit).map {
        String(repeating: "a", count: min(limit, 100 - $0))
      }
      #expect(result == ["T"] + expected, "maximumLength \(limit)")
    }
    let mixed = "Zażółć gęślą jaźń. Kto? Ten, co ma długiesłowobezspacjiażdokońca i nic więcej"
    for limit in 8...30 {
      let result = sentences("T\n" + mixed, splitter: SentenceSplitter(maximumLength: limit))
      #expect(result.allSatisfy { $0.utf8.count <= limit }, "maximumLength \(limit)")
      #expect(
        result.joined().filter { $0 != " " } == "T" + mixed.filter { $0 != " " },
        "maximumLength \(limit)")
    }
  }

  @Test func aLongRunOfStopsIsCutToo() {
    let splitter = SentenceSplitter(maximumLength: 10)
    let result = sentences("T\nx" + String(repeating: ".", count: 25) + " Y", splitter: splitter)
    #expect(result.allSatisfy { $0.utf8.count <= 10 })
    #expect(result.joined() == "Tx" + String(repeating: ".", count: 25) + "Y")
  }

  @Test func tenMegabytesWithoutANewlineFinishWithBoundedSentences() {
    // Words and spaces, no punctuation, no newline: only the length cap can split it.
    let word = "lorem ipsum dolor sit amet consectetur "
    let text = String(repeating: word, count: 10_000_000 / word.utf8.count)
    let article = ArticleReader().read(text: text, document: "huge.txt", index: nil)
    let found = SentenceSplitter().sentences(in: article)
    #expect(found.count > 2_500)
    #expect(found.allSatisfy { $0.bytes.count <= SentenceSplitter.defaultMaximumLength })
    // Cut at the last space before the cap: every piece but the last is within a word of it.
    #expect(
      found.dropLast().allSatisfy {
        $0.bytes.count > SentenceSplitter.defaultMaximumLength - word.utf8.count
      })
    #expect(found.last?.bytes.upperBound == text.utf8.count - 1)
  }

  @Test func tenMegabytesOfOneWordFinish() {
    let text = String(repeating: "x", count: 10_000_000)
    let article = ArticleReader().read(text: text, document: "huge.txt", index: nil)
    let found = SentenceSplitter().sentences(in: article)
    #expect(found.count == 2_500)
    #expect(found.allSatisfy { $0.bytes.count == SentenceSplitter.defaultMaximumLength })
    #expect(found.last?.scalars.upperBound == 10_000_000)
  }
}
