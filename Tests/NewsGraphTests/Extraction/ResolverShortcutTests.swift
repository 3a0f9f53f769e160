import Testing

@testable import NewsGraph

/// The resolver's shortcuts against what they stand for: an entry read in place by position,
/// the per-entry memo of entity positions, the byte-level surname key and ministry words.
@Suite struct ResolverShortcutTests {
  static let names = [
    "Ben Wallace", "ben", "  Ben   WALLACE  ", "Jürgen Øyranvek", "Ab Cd\u{301}", "A \u{301}b",
    "", "   ", "Mary-Jane O'Neil", "x y z", "Ünit 7 Ω", "KELVIN \u{212A}elvin",
  ]

  @Test(arguments: names)
  func surnameKeyIsTheLowercasedLastOfSeveralWords(name: String) {
    let words = name.split(separator: " ")
    let expected = words.count > 1 ? words.last?.lowercased() : nil
    #expect(ResolutionState.surnameKey(of: name) == expected)
  }

  @Test func positionOfEntryIsWhereEntryByIDIs() {
    let lexicon = EntityResolverTests.lexicon
    for entry in lexicon.entries {
      let position = lexicon.position(ofEntry: entry.id)
      #expect(position.map { lexicon.entries[$0] } == lexicon.entry(id: entry.id))
    }
    #expect(lexicon.position(ofEntry: "nowhere") == nil)
  }

  /// An entity made by the role path (`add(entry:)`) and then met through a lexicon mention
  /// (`add(entryAt:)`, memoized) stays one entity, counted in both documents.
  @Test func entryPositionsAndIDsMeetInOneEntity() {
    let lexicon = EntityResolverTests.lexicon
    var state = ResolutionState()
    state.startDocument()
    let wallace = lexicon.entry(id: "ben-wallace")!
    let role = EntityResolverTests.mention("the defence secretary", [], "Person")
    state.add(entry: wallace, alias: nil, mention: role, reason: .roleHolder)
    let position = lexicon.position(ofEntry: "ben-wallace")!
    for document in ["a.txt", "b.txt"] {
      state.startDocument()
      let named = EntityResolverTests.mention("Wallace", ["ben-wallace"], "Person", in: document)
      state.add(
        entryAt: position, of: lexicon, alias: "Wallace", mention: named, reason: .lexiconID)
      #expect(state.isInDocument("ben-wallace"))
    }
    let entities = state.resolution.entities
    #expect(entities.map(\.id) == ["ben-wallace"])
    #expect(entities.first?.mentions == 3)
    #expect(entities.first?.documents == ["a.txt", "b.txt"])
    #expect(entities.first?.aliases == ["Wallace"])
    #expect(state.fullName(withSurname: "wallace") == "ben-wallace")
  }

  @Test func ministryWordsCompareAsLowercasedStrings() {
    let text = "Iran's FOREIGN Ministry, Défense ministry of \u{212A}ey Office"
    let bytes = Array(text.utf8)
    let tokens = SentenceTokens(bytes: bytes, range: 0..<bytes.count)
    for index in tokens.words.indices {
      for word in MinistryRule.phrases.flatMap(\.words) + ["key", "défense", "iran"] {
        #expect(
          MinistryRule.word(index, in: tokens, is: word, bytes: Array(word.utf8))
            == (tokens.text(index).lowercased() == word))
      }
    }
  }
}
