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

  @Test func theFiltersMatchTheTerms() {
    #expect(TemporalTerm.longest == TemporalTerm.allCases.map(\.rawValue.count).max())
    for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
      let starts = TemporalTerm.allCases.contains { $0.rawValue.utf8.first == letter }
      #expect((TemporalTerm.initials & (1 << UInt32(letter - 0x61)) != 0) == starts)
    }
  }
}
