import Testing

@testable import NewsGraph

/// `AgreementWords` with a token limit gives the first tokens of the whole range, with `last`
/// a suffix of them holding the last ones, `count` the number of the limited tokens, and
/// `mayContain` never rules out a word the tokens hold; `SentenceWords.words(in:)` counts what
/// `lowerWords(in:)` lists.
@Suite struct AgreementWordsTests {
  static let sentences = [
    "Iran’s new deal, “signed” with the US and UK (in 2023); THEIR pact was expected.",
    "sanctions on a North Korean shipping company, a Chinese trading firm",
    "\"Leader\" Kim's counterpart: the Counterparts' leaders—and Ünal's their-own deal",
    "",
    "a",
    "   ,, ;; \"\" ‘’ — end",
    "The US will send an extra $275mn “package” to Ukraine’s army, said ‘officials’ (late).",
  ]

  @Test(arguments: sentences)
  func limitedTokensAreThePrefixOfAllTokens(_ text: String) {
    let bytes = Array(text.utf8)
    for start in [0, 1, 5] where start <= bytes.count {
      let all = AgreementWords(bytes, from: start, to: bytes.count).tokens
      for limit in 0...(all.count + 2) {
        let limited = AgreementWords(bytes, from: start, to: bytes.count, limit: limit).tokens
        #expect(limited.map(\.text) == all.prefix(limit).map(\.text))
        #expect(limited.map(\.bytes) == all.prefix(limit).map(\.bytes))
      }
    }
  }

  @Test(arguments: sentences)
  func lastTokensAreASuffixOfAllTokensHoldingTheLastOnes(_ text: String) {
    let bytes = Array(text.utf8)
    for start in 0...bytes.count {
      for end in stride(from: start, through: bytes.count, by: 3) {
        let all = AgreementWords(bytes, from: start, to: end).tokens
        for count in 0...4 {
          let last = AgreementWords(bytes, from: start, to: end, last: count).tokens
          #expect(last.count >= min(count, all.count))
          #expect(last.map(\.text) == all.suffix(last.count).map(\.text))
          #expect(last.map(\.bytes) == all.suffix(last.count).map(\.bytes))
        }
      }
    }
  }

  @Test(arguments: sentences)
  func countIsTheNumberOfLimitedTokens(_ text: String) {
    let bytes = Array(text.utf8)
    for start in 0...bytes.count {
      for end in stride(from: max(0, start - 2), through: bytes.count, by: 2) {
        for limit in [0, 1, 2, 3, 5, Int.max] {
          #expect(
            AgreementWords.count(bytes, from: start, to: end, limit: limit)
              == AgreementWords(bytes, from: start, to: end, limit: limit).tokens.count)
        }
      }
    }
  }

  @Test(arguments: sentences)
  func aWordTheTokensHoldIsNeverRuledOut(_ text: String) {
    let bytes = Array(text.utf8)
    let texts = AgreementWords(bytes, 0..<bytes.count).texts
    for (word, needle) in [
      ("their", "their" as StaticString), ("leader", "leader"), ("counterpart", "counterpart"),
      ("with", "with"),
    ] where texts.contains(word) {
      #expect(AgreementWords.mayContain(needle, in: bytes, 0..<bytes.count), "\(word)")
    }
    #expect(!AgreementWords.mayContain("zebra", in: bytes, 0..<bytes.count))
  }

  @Test func mayContainIgnoresASCIICaseAndStaysInTheRange() {
    let bytes = Array("the LEADER of Their party".utf8)
    #expect(AgreementWords.mayContain("leader", in: bytes, 0..<bytes.count))
    #expect(AgreementWords.mayContain("their", in: bytes, 14..<19))
    #expect(!AgreementWords.mayContain("their", in: bytes, 14..<18))
    #expect(!AgreementWords.mayContain("leader", in: bytes, 5..<bytes.count))
    #expect(!AgreementWords.mayContain("leader", in: bytes, 0..<0))
  }

  @Test(arguments: sentences)
  func wordRangesCountTheLowerCasedWords(_ text: String) {
    let words = SentenceWords(bytes: Array(text.utf8))
    let count = text.utf8.count
    for start in stride(from: 0, through: count, by: 3) {
      for end in stride(from: start, through: count, by: 4) {
        #expect(words.words(in: start..<end).count == words.lowerWords(in: start..<end).count)
      }
    }
  }
}
