import Testing

@testable import NewsGraph

/// `TitledPersonRule.lexiconPersons(named:)` keeps a name's ids as one entry position, or a
/// shared list for names several persons have: the same ids, in the same order, as a list per
/// name built the plain way.
@Suite struct TitledPersonNamesTests {
  /// The old tables: every label and alias, and its last word, → the ids in the order seen.
  func reference(_ lexicon: Lexicon) -> (byName: [String: [String]], bySurname: [String: [String]])
  {
    var byName: [String: [String]] = [:]
    var bySurname: [String: [String]] = [:]
    for entry in lexicon.entries where entry.type == "Person" {
      for name in [entry.label] + entry.aliases {
        if !byName[name, default: []].contains(entry.id) {
          byName[name, default: []].append(entry.id)
        }
        if let surname = name.split(separator: " ").last.map(String.init),
          !bySurname[surname, default: []].contains(entry.id)
        {
          bySurname[surname, default: []].append(entry.id)
        }
      }
    }
    return (byName, bySurname)
  }

  func expectSameAsReference(_ lexicon: Lexicon, extra: [String] = []) {
    let rule = TitledPersonRule(lexicon: lexicon)
    let (byName, bySurname) = reference(lexicon)
    for name in Set(byName.keys).union(bySurname.keys).union(extra) {
      let expected = byName[name] ?? (name.contains(" ") ? nil : bySurname[name])
      #expect(rule.lexiconPersons(named: name) == expected, "\(name.debugDescription)")
    }
  }

  @Test func sharedNamesAndSurnamesKeepEveryIdInOrder() {
    let lexicon = Lexicon(entries: [
      LexiconEntry(
        id: "b-smith", type: "Person", label: "Bob Smith", aliases: ["Smith", "B. Smith"]),
      LexiconEntry(id: "a-smith", type: "Person", label: "Anna Smith", aliases: ["Smith"]),
      LexiconEntry(id: "c-smith", type: "Person", label: "Carl Smith", aliases: ["Bob Smith"]),
      LexiconEntry(id: "d-jones", type: "Person", label: "Dan Jones", aliases: ["Dan Jones"]),
      LexiconEntry(id: "smith-co", type: "Organization", label: "Smith", aliases: ["Jones Co"]),
      LexiconEntry(id: "e-lee", type: "Person", label: "Lee"),
    ])
    expectSameAsReference(lexicon, extra: ["Jones Co", "Co", "Nobody", "Anna"])
    let rule = TitledPersonRule(lexicon: lexicon)
    // "Smith" is a full alias of two persons, which comes before the surname of three.
    #expect(rule.lexiconPersons(named: "Smith") == ["a-smith", "b-smith"])
    #expect(rule.lexiconPersons(named: "Bob Smith") == ["b-smith", "c-smith"])
    #expect(rule.lexiconPersons(named: "Jones") == ["d-jones"])
    #expect(rule.lexiconPersons(named: "Jones Co") == nil)
  }

  @Test func theShippedLexiconGivesTheSameIds() {
    expectSameAsReference(EntityMatcherTests.lexicon)
  }
}
