import Testing

@testable import NewsGraph

/// The per-sentence parts the relation stages now make once and share (`SentenceTexts`, the
/// lower-case words of `SentenceWords`, the clause boundaries handed to `ModalityDetector`) and
/// the money scan's capital-letter filter give what the paths they replace give, on every
/// sentence of the seed articles and on hand-made edge cases.
@Suite struct SentenceTextsTests {
  static let extra = [
    "US$5bn, C$3m, A$2.5 billion and USD 1.2 billion; not USA 12 or Us$3 or U$4 or CAD5.",
    "Russia, NATO and the EU pledged €1bn; GBP 300 million came from Britain, said “Kirby”.",
    "ÜNAL's T-90 deal - which 2,000 Su-35s <u>flew</u> - cost 50 million euros? EUR",
    "",
    "A",
    "U",
    "USD",
    "X$ 5",
  ]

  /// Every sentence text of the seed articles, then `extra`.
  static func texts() throws -> [[UInt8]] {
    let (documents, _) = try RelationFixture.seedDocuments()
    var result: [[UInt8]] = []
    for document in documents {
      for sentence in document.sentences { result.append(Array(document.bytes[sentence.bytes])) }
    }
    return result + extra.map { Array($0.utf8) }
  }

  /// The lower-case form `SentenceWords.lower` gave before words were folded once: ASCII
  /// letters folded, every other byte kept.
  static func folded(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
  }

  @Test func sharedTextsAreTheSentencesOwnWordsAndBoundaries() throws {
    let (documents, _) = try RelationFixture.seedDocuments()
    var checked = 0
    for document in documents {
      let texts = SentenceTexts(document)
      for sentence in document.sentences {
        let bytes = Array(document.bytes[sentence.bytes])
        let text = texts.text(of: sentence)
        let fresh = SentenceWords(bytes: bytes)
        #expect(text.bytes == bytes)
        #expect(text.words.words == fresh.words)
        #expect(text.boundaries == ClauseCues.boundaries(in: bytes))
        let again = texts.text(of: sentence)
        #expect(again.words.words == text.words.words && again.bytes == text.bytes)
        checked += 1
      }
    }
    #expect(checked > 50)
  }

  @Test func lowerWordsAreTheASCIIFoldedWords() throws {
    for bytes in try Self.texts() {
      let words = SentenceWords(bytes: bytes)
      #expect(words.lowered.count == words.words.count)
      for index in words.words.indices {
        #expect(words.lower(index) == Self.folded(bytes[words.words[index]]))
      }
      #expect(words.lowerWords(in: 0..<bytes.count) == words.lowered)
    }
  }

  @Test func modalityWithGivenBoundariesIsModalityWithout() throws {
    let detector = ModalityDetector(lexicon: RelationFixture.cues)
    var triggers = 0
    for bytes in try Self.texts() {
      let words = SentenceWords(bytes: bytes)
      let cues = detector.cueMatches(in: bytes)
      let boundaries = ClauseCues.boundaries(in: bytes)
      for range in words.words {
        #expect(
          ClauseCues.clause(containing: range, boundaries: boundaries, count: bytes.count)
            == ClauseCues.clause(containing: range, in: bytes))
        #expect(
          detector.modality(in: bytes, trigger: range, cues: cues, boundaries: boundaries)
            == detector.modality(in: bytes, trigger: range, cues: cues))
        triggers += 1
      }
    }
    #expect(triggers > 500)
  }

  /// The scan before the capital-letter filter: `amount(at:)` tried at every byte that may
  /// start an amount.
  static func referenceAmounts(in bytes: [UInt8], range: Range<Int>) -> [MoneyAmount] {
    let scanner = MoneyScanner(bytes: bytes, range: range)
    var result: [MoneyAmount] = []
    var position = range.lowerBound
    while position < range.upperBound {
      if MoneyScanner.mayStartAmount(bytes[position]), let found = scanner.amount(at: position) {
        result.append(found)
        position = found.bytes.upperBound
      } else {
        position += 1
      }
    }
    return result
  }

  @Test func moneyScanFindsWhatTheUnfilteredScanFinds() throws {
    var found = 0
    for bytes in try Self.texts() {
      for start in [0, 1, 3] where start <= bytes.count {
        for end in [bytes.count, max(start, bytes.count - 1)] {
          let amounts = MoneyAmount.amounts(in: bytes, range: start..<end)
          #expect(amounts == Self.referenceAmounts(in: bytes, range: start..<end))
          found += amounts.count
        }
      }
    }
    #expect(found > 10)
    let written = MoneyAmount.amounts(in: Self.extra[0]).map(\.currency)
    #expect(written == ["USD", "CAD", "AUD", "USD"])
  }
}
