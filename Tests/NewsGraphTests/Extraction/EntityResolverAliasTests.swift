import Testing

@testable import NewsGraph

/// `EntityResolver.aliasText` reads bytes where that gives the answer a walk of the characters
/// gives, and walks the characters where a combining mark could join the affixes.
@Suite struct EntityResolverAliasTests {
  /// The rule on characters, as written before the byte path: the reference.
  static func reference(_ text: String) -> String {
    var result = Substring(text)
    if result.hasPrefix("the ") || result.hasPrefix("The ") { result = result.dropFirst(4) }
    if result.hasSuffix("'s") || result.hasSuffix("\u{2019}s") { result = result.dropLast(2) }
    return String(result)
  }

  @Test(arguments: [
    "the Kremlin", "The UK's", "Zelenskyy\u{2019}s", "Iran's", "the Élysée\u{2019}s",
    "Šoigu's", "the ", "the", "'s", "\u{2019}s", "the 's", "The \u{2019}s", "thE army",
    "Thessaloniki", "the\u{0301} army", "the \u{0301}army", "\u{0600}'s", "a\u{0600}\u{2019}s",
    "Paris", "", "s", "é's", "the the", "x\u{0301}'s", "Bass", "the US\u{2019}", "the\u{00A0}UK",
  ])
  func matchesTheCharacterRule(text: String) {
    #expect(EntityResolver.aliasText(text).utf8.elementsEqual(Self.reference(text).utf8))
  }

  @Test func bytesDecideOnlyWhenNoMarkCanJoin() {
    func bounds(_ text: String) -> Range<Int>?? {
      text.utf8.withContiguousStorageIfAvailable(EntityResolver.aliasBounds)
    }
    #expect(bounds("the Kremlin\u{2019}s") == .some(4..<11))
    #expect(bounds("the \u{0301}army") == .some(nil))
    #expect(bounds("\u{0600}'s") == .some(nil))
  }
}
