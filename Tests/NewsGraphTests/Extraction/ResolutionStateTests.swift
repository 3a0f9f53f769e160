import Testing

@testable import NewsGraph

/// `ResolutionState`'s bookkeeping: which entities the current document mentions (a number per
/// entity, not a set) and which surface forms the merge report already lists (a byte-equal
/// form is found without hashing; a canonically equal one still counts as listed).
@Suite struct ResolutionStateTests {
  let resolver = EntityResolver(lexicon: EntityResolverTests.lexicon)

  func resolve(_ texts: [String], in document: String, state: inout ResolutionState) -> [String?] {
    let mentions = texts.map { EntityResolverTests.mention($0, ["russia"], "State", in: document) }
    return resolver.resolve(
      mentions, of: EntityResolverTests.article(document), state: &state)
  }

  @Test func anEntityIsInTheDocumentsThatMentionItOnly() {
    var state = ResolutionState()
    #expect(!state.isInDocument("russia"))
    _ = resolve(["Russia"], in: "a.txt", state: &state)
    #expect(state.isInDocument("russia"))
    _ = resolver.resolve([], of: EntityResolverTests.article("b.txt"), state: &state)
    #expect(!state.isInDocument("russia"))
    #expect(!state.isInDocument("nowhere"))
    _ = resolve(["Russia"], in: "c.txt", state: &state)
    #expect(state.isInDocument("russia"))
  }

  @Test func eachFormIsReportedOnceAcrossDocuments() {
    var state = ResolutionState()
    let nfc = "R\u{00F6}ssia"
    let nfd = "Ro\u{0308}ssia"
    _ = resolve(["Russia", "Russia", nfc], in: "a.txt", state: &state)
    _ = resolve(["Russia", nfd, nfc, "Russia’s"], in: "b.txt", state: &state)
    let lines = state.resolution.report.lines
    #expect(lines.map(\.text) == ["Russia", nfc, "Russia’s"])
    #expect(lines.map(\.document) == ["a.txt", "a.txt", "b.txt"])
    #expect(state.resolution.entities.first?.mentions == 7)
  }

  /// Past the limit of forms compared byte for byte, forms still go through the set.
  @Test func manyFormsOfOneEntityAreStillReportedOnce() {
    var state = ResolutionState()
    let forms = (0..<(ResolutionState.exactFormLimit + 8)).map { "Russia \($0)" }
    _ = resolve(forms, in: "a.txt", state: &state)
    _ = resolve(forms.reversed(), in: "b.txt", state: &state)
    #expect(state.resolution.report.lines.map(\.text) == forms)
  }

  /// Forms are kept per entity in a list, compared as `String`s (canonical equivalence), and
  /// in the set of (entity, form) pairs only past `exactFormLimit`: the report must list what
  /// one set of every pair lists, with canonically equivalent spellings (NFC and NFD, U+212A
  /// KELVIN SIGN and K) before, at and after that limit, in several orders.
  @Test(arguments: [1 as UInt64, 2, 3, 4])
  func formsAreReportedAsOneSetOfPairsReportsThem(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let limit = ResolutionState.exactFormLimit
    var spellings: [[String]] = (0..<(limit + 6)).map { ["Russia \($0)"] }
    spellings[2] = ["Kiev \(2)", "\u{212A}iev \(2)"]
    spellings[limit - 1] = ["Caf\u{E9} \(limit)", "Cafe\u{301} \(limit)"]
    spellings[limit] = ["\u{212A}remlin", "Kremlin"]
    spellings[limit + 3] = ["R\u{F6}ssia", "Ro\u{308}ssia"]
    var state = ResolutionState()
    var reference = Set<String>()
    var expected: [String] = []
    for document in 0..<6 {
      let texts = (0..<(limit * 2)).map { _ -> String in
        let forms = spellings[random.next(document < 2 ? limit : spellings.count)]
        return forms[random.next(forms.count)]
      }
      for text in texts where reference.insert(text).inserted { expected.append(text) }
      _ = resolve(texts, in: "\(document).txt", state: &state)
    }
    #expect(state.resolution.report.lines.map(\.text) == expected)
    #expect(expected.count > limit)
  }
}
