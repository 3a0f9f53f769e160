import Testing

@testable import NewsGraph

@Suite struct WordSetTests {
  /// The sentence's tokens and, for each word, its text.
  func tokens(_ sentence: String) -> SentenceTokens {
    let bytes = Array(sentence.utf8)
    return SentenceTokens(bytes: bytes, range: 0..<bytes.count)
  }

  @Test func looksUpEveryWordOfASentenceAsSetOfStringWould() {
    let words: Set<String> = ["General", "of", "Lt-Col", "Gulf", "a"]
    let set = WordSet(words)
    let sentence = tokens("General Lt-Col of the Gulf, a generals general Of Gulfs Généràl Gulf’s")
    #expect(sentence.words.count == 13)
    for index in sentence.words.indices {
      #expect(
        set.contains(word: index, in: sentence) == words.contains(sentence.text(index)),
        "\(sentence.text(index))")
    }
  }

  @Test func lowercasedLookUpFoldsOnlyLikeLowercased() {
    let words: Set<String> = ["lost", "shot", "straße"]
    let set = WordSet(words)
    let sentence = tokens("LOST Lost lost Shot SHOTS STRASSE Straße STRAẞE losT")
    for index in sentence.words.indices {
      #expect(
        set.containsLowercased(word: index, in: sentence)
          == words.contains(sentence.text(index).lowercased()),
        "\(sentence.text(index))")
    }
    #expect(set.containsLowercased(word: 0, in: sentence))
    #expect(!set.containsLowercased(word: 4, in: sentence))
  }

  @Test func aNonASCIIWordEqualByCanonicalEquivalenceIsFound() {
    // U+212A KELVIN SIGN is canonically equivalent to "K": `Set<String>` finds it, and so must
    // the byte-level set, which sends non-ASCII words to the string path.
    let set: WordSet = ["Kyiv"]
    let sentence = tokens("\u{212A}yiv Kyiv kyiv")
    #expect(set.contains(word: 0, in: sentence))
    #expect(set.contains(word: 1, in: sentence))
    #expect(!set.contains(word: 2, in: sentence))
  }

  @Test func onlyScalarsWithAnASCIINormalFormLeaveTheByteLevelPath() {
    // U+037E GREEK QUESTION MARK is canonically ";", so "a\u{37E}" equals "a;" as a String.
    let set: WordSet = ["a;", "cafe", "k9"]
    let sentence = tokens("a\u{37E} café cafe\u{301} \u{212A}9")
    #expect(sentence.words.count == 4)
    #expect(set.contains(word: 0, in: sentence))
    #expect(!set.contains(word: 1, in: sentence))
    #expect(!set.contains(word: 2, in: sentence))
    #expect(!set.contains(word: 3, in: sentence))
    #expect(set.containsLowercased(word: 3, in: sentence))
  }

  @Test func manyWordsAndEmptySets() {
    let words = (0..<500).map { "word\($0)" }
    let set = WordSet(words)
    let sentence = tokens("word0 word499 word500 word12 wor word1234")
    #expect(
      sentence.words.indices.map { set.contains(word: $0, in: sentence) }
        == [true, true, false, true, false, false])
    let empty = WordSet([String]())
    #expect(!empty.contains(word: 0, in: sentence))
    #expect(!empty.contains("word0"))
  }

  @Test func wordIsComparesLikeStringEquality() {
    let sentence = tokens("of Of off \u{212A} K")
    #expect(sentence.word(0, is: "of"))
    #expect(!sentence.word(1, is: "of"))
    #expect(!sentence.word(2, is: "of"))
    #expect(sentence.word(3, is: "K"))
    #expect(sentence.word(4, is: "K"))
  }

  @Test func eachWordKeyHashesTheWordAsWrittenAndLowercased() {
    let sentence = tokens("NATO Su-35 Kyiv’s Généràl x")
    #expect(sentence.keys.count == sentence.words.count)
    for index in sentence.words.indices {
      let written = Array(sentence.text(index).utf8)
      let lowered = written.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
      let key = sentence.keys[index]
      #expect(key.exact == written.withUnsafeBufferPointer { WordSet.hash($0) })
      #expect(key.lowered == lowered.withUnsafeBufferPointer { WordSet.hash($0) })
      #expect(key.isASCII == written.allSatisfy { $0 < 0x80 }, "\(sentence.text(index))")
    }
    #expect(sentence.keys.map(\.isASCII) == [true, true, true, true, false, true])
    #expect(sentence.keys.allSatisfy { !$0.mayEqualASCII })
    let kelvin = tokens("\u{212A}GB café a\u{37E}")
    #expect(kelvin.keys.map(\.mayEqualASCII) == [true, false, true])
  }

  @Test func lowercasedLookUpOfManyMixedCaseWords() {
    let words = (0..<300).map { "w\($0)x" }
    let set = WordSet(words)
    let sentence = tokens("W0X w299X W300x w17x WX w1")
    #expect(
      sentence.words.indices.map { set.containsLowercased(word: $0, in: sentence) }
        == [true, true, false, true, false, false])
    #expect(
      sentence.words.indices.map { set.contains(word: $0, in: sentence) }
        == [false, false, false, true, false, false])
  }

  @Test func onlyWordsThatMayEqualAnAcronymPassTheAcronymFilter() {
    let sentence = tokens("JNIM fighters N ABCDEFGHI OFAC's \u{212A}GB Jnim AB2")
    let passed = sentence.words.indices.filter { AcronymRule.mayBeAcronym($0, in: sentence) }
    #expect(passed.map { sentence.text($0) } == ["JNIM", "OFAC", "\u{212A}GB"])
    // Every word a later acronym look-up could find passes.
    for index in sentence.words.indices
    where AcronymRule.acronymLetters(sentence.text(index)) != nil || sentence.text(index) == "KGB"
    {
      #expect(passed.contains(index))
    }
  }
}
