import Testing

@testable import NewsGraph

/// `TemporalTerm.lookup` rules words out by length and first letter before hashing them: every
/// term must still be found, and no other word.
@Suite struct TemporalTermLookupTests {
  @Test func everyTermIsFoundByItsSpelling() {
    for term in TemporalTerm.allCases {
      #expect(TemporalTerm.lookup(ArraySlice(term.rawValue.utf8)) == term, "\(term)")
    }
  }

  @Test(arguments: [
    "", "x", "z", "russia", "kyiv", "throughouts", "septembers", "mondays", "janu", "c", "has",
    "president", "q1", "mayor", "thursdays", "wednesdays",
  ])
  func otherWordsAreNoTerms(_ word: String) {
    #expect(TemporalTerm.lookup(ArraySlice(word.utf8)) == nil)
  }

  /// The terms of one initial are compared key by key: the result is what a table from every
  /// term's spelling gives, for every term and its near misses.
  @Test func lookupAgreesWithATableOfSpellings() {
    let table = Dictionary(
      uniqueKeysWithValues: TemporalTerm.allCases.map { ($0.rawValue, $0) })
    var words = ["", "z", "the", "maybe", "ll", "throughoutx"]
    for term in TemporalTerm.allCases {
      let spelling = term.rawValue
      words += [
        spelling, spelling + "s", String(spelling.dropLast()), String(spelling.dropFirst()),
        "x" + spelling, String(spelling.reversed()),
      ]
    }
    for word in words {
      #expect(TemporalTerm.lookup(ArraySlice(word.utf8)) == table[word], "\(word)")
    }
  }

  @Test func theFiltersMatchTheTerms() {
    #expect(TemporalTerm.longest == TemporalTerm.allCases.map(\.rawValue.count).max())
    for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
      let starts = TemporalTerm.allCases.contains { $0.rawValue.utf8.first == letter }
      #expect((TemporalTerm.initials & (1 << UInt32(letter - 0x61)) != 0) == starts)
    }
  }
}
