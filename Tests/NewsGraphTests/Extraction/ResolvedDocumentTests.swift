import Testing

@testable import NewsGraph

/// `ResolvedDocument.mentions(inSentence:)` reads a table of where each sentence's mentions
/// start, made once per document; it must give the slice the binary search gives (same
/// elements, same indices) for every sentence asked, on mentions in order or not.
@Suite struct ResolvedDocumentTests {
  static func document(sentences: [Int], sentenceCount: Int) -> ResolvedDocument {
    let mentions = sentences.enumerated().map { position, sentence in
      ResolvedMention(
        mention: EntityResolverTests.mention(
          "M\(position)", ["m\(position)"], "State", sentence: sentence),
        entity: "m\(position)")
    }
    let split = (0..<sentenceCount).map {
      Sentence(index: $0, bytes: $0..<($0 + 1), scalars: $0..<($0 + 1))
    }
    return ResolvedDocument(
      article: EntityResolverTests.article("a.txt"), sentences: split, mentions: mentions)
  }

  static func expectSameSlices(_ document: ResolvedDocument, upTo last: Int) {
    for index in -3...(last + 3) {
      let table = document.mentions(inSentence: index)
      let search = document.searchedMentions(inSentence: index)
      #expect(table.startIndex == search.startIndex && table.endIndex == search.endIndex)
      #expect(Array(table) == Array(search))
    }
  }

  @Test(arguments: [1 as UInt64, 2, 3, 4, 5, 6])
  func theTableGivesTheSearchedSlices(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let sentenceCount = 1 + random.next(40)
    var sentences = (0..<random.next(60)).map { _ in random.next(sentenceCount) }
    sentences.sort()
    let document = Self.document(sentences: sentences, sentenceCount: sentenceCount)
    Self.expectSameSlices(document, upTo: sentenceCount)
    if let first = sentences.first {
      #expect(document.mentions(inSentence: first).allSatisfy { $0.mention.sentence == first })
    }
  }

  /// Mentions out of order, before sentence 0 or far past the document's sentences: no table,
  /// and the search answers as it always did.
  @Test(arguments: [[2, 1, 3], [-1, 0, 2], [0, 5_000], [], [0, 0, 0], [3, 3, 9]] as [[Int]])
  func oddMentionsAreSearched(sentences: [Int]) {
    let document = Self.document(sentences: sentences, sentenceCount: 4)
    Self.expectSameSlices(document, upTo: (sentences.max() ?? 0) + 2)
    #expect(
      (ResolvedDocument.sentenceStarts(of: document.mentions, bound: 8) == nil)
        == (sentences != sentences.sorted() || sentences.contains { $0 < 0 || $0 > 8 }))
  }
}
