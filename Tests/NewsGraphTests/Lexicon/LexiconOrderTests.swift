import NewsGraph
import Testing

@Suite struct LexiconOrderTests {
  func entry(_ id: String, _ label: String = "x") -> LexiconEntry {
    LexiconEntry(id: id, type: "State", label: label)
  }

  @Test func entriesAreSortedByCodePointsOfTheirIds() {
    let ids = ["b", "a-b", "é", "Z", "a", "ab", "a.b", "bench-person-000010", "bench-person-00001"]
    let lexicon = Lexicon(entries: ids.map { entry($0) })
    let expected = ids.sorted {
      $0.unicodeScalars.map(\.value).lexicographicallyPrecedes($1.unicodeScalars.map(\.value))
    }
    #expect(lexicon.entries.map(\.id) == expected)
    #expect(lexicon.entries.map(\.id).first == "Z")
    #expect(lexicon.entries.map(\.id).last == "é")
    for id in ids { #expect(lexicon.entry(id: id)?.id == id) }
  }

  @Test func sortedEntriesStayAsGivenAndEqualIdsKeepTheirOrder() {
    let sorted = Lexicon(entries: [entry("a"), entry("b"), entry("c")])
    #expect(sorted.entries.map(\.id) == ["a", "b", "c"])
    let twins = Lexicon(entries: [entry("b", "first"), entry("a"), entry("b", "second")])
    #expect(twins.entries.map(\.label) == ["x", "first", "second"])
    #expect(twins.entry(id: "b")?.label == "second")
  }
}
