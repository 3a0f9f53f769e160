import Testing

@testable import NewsGraph

@Suite struct ForbiddenCharactersTests {
  @Test func rowsAreLocatedInOneScanOfTheColumn() {
    let column = TextColumn(["clean", "", "bell\u{7}", "café", "a\u{FFFE}b\u{1}", "tab\tok\r\n", "\u{FFFF}"])
    #expect(ForbiddenCharacters.rows(of: column) == [2, 4, 6])
    #expect(ForbiddenCharacters.rows(of: TextColumn(["ü", "\u{FFFD}", "\u{EFBF}"])).isEmpty)
  }

  @Test func cleaningReplacesOnlyForbiddenScalarsAndKeepsOtherRows() throws {
    let column = TextColumn(["ok", "a\u{FFFE}b\u{1}c", "日本\u{0}"])
    let cleaned = try #require(ForbiddenCharacters.cleaned(column))
    #expect((0..<cleaned.count).map { cleaned[$0] } == ["ok", "a\u{FFFD}b\u{FFFD}c", "日本\u{FFFD}"])
    #expect(ForbiddenCharacters.cleaned(TextColumn(["ok", "日本"])) == nil)
  }

  @Test func warningsNameEachElementOnceInIDOrder() throws {
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(id: "b", type: "Person", label: "x\u{2}", aliases: ["y\u{3}"]),
        Entity(id: "a", type: "Person", label: "fine", attributes: ["note\u{4}": .integer(1)]),
        Entity(id: "c", type: "Person", label: "fine"),
      ],
      relations: [
        Relation(
          id: "r", source: "a", target: "b", type: "knows",
          provenance: [Provenance(document: "d", sentence: 0, start: 0, end: 1, evidence: "e\u{5}")])
      ])
    let messages = ForbiddenCharacterReport.warnings(for: graph).map(\.message)
    #expect(messages.count == 3)
    #expect(messages[0].hasPrefix("entity 'a'"))
    #expect(messages[1].hasPrefix("entity 'b'"))
    #expect(messages[2].hasPrefix("relation 'r'"))
    let (cleaned, _) = try graph.cleanedForExport()
    #expect(cleaned.entity(withID: "a")?.attributes["note\u{FFFD}"] == .integer(1))
    #expect(cleaned.entity(withID: "b")?.aliases == ["y\u{FFFD}"])
    #expect(cleaned.relations[0].provenance[0].evidence == "e\u{FFFD}")
  }
}

extension ForbiddenCharactersTests {
  /// The rule, one byte at a time: a C0 control but TAB, LF, CR; or U+FFFE / U+FFFF.
  static func firstForbiddenByteByByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    for index in bytes.indices {
      let byte = bytes[index]
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return index }
      if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
        && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
      {
        return index
      }
    }
    return nil
  }

  /// The word-at-a-time scan finds what the byte-by-byte rule finds, at every offset and
  /// alignment, including characters split across two words.
  @Test func theWordScanAgreesWithTheByteRule() {
    let pieces = ["a", "é", "\t", "\n", "\u{1}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "日", "\u{EFBF}"]
    var generator = SeededRandom(seed: 20261121)
    for _ in 0..<2000 {
      let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { all in
        #expect(XMLText.firstForbidden(in: all) == Self.firstForbiddenByteByByte(all))
      }
    }
  }
}
