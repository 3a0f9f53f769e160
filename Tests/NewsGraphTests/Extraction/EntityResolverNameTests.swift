import Testing

@testable import NewsGraph

/// `EntityResolver.name(of:)` returns a plain name as it is (decided on bytes) and takes the
/// `Character` path otherwise; both must give what splitting at spaces, dropping honorifics
/// and joining gives.
@Suite struct EntityResolverNameTests {
  static func reference(_ text: String) -> String {
    var words = EntityResolver.aliasText(text).split(separator: " ")
    while words.count > 1, EntityResolver.honorifics.contains(words[0].lowercased()) {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }

  @Test(arguments: [
    "Ben Wallace", "Mr Wallace", "mr. Ben Wallace", "MRS Smith’s", "Dr", "Dame", "Sir Keir Starmer",
    "the Ben  Wallace", " Ben", "Ben ", "Ben", "", " ", "  ", "Jürgen Øyranvek", "Ms. Leïla Ranhalmi",
    "a \u{0301}b", "a  \u{0301}b", "\u{0600} x", "Mr \u{0301}Smith", "Mr\u{0301} Smith",
    "The Sir Smith's", "sir  Smith", "Mr Mr Smith", "Dr.", "x y z",
  ])
  func namesMatchTheSplitAndJoinedOnes(_ text: String) {
    let mention = EntityResolverTests.mention(text, ["x"], "Person")
    #expect(EntityResolver.name(of: mention) == Self.reference(text))
    #expect(EntityResolver.name(of: mention).utf8.elementsEqual(Self.reference(text).utf8))
  }

  @Test func plainNamesAreRecognisedOnBytes() {
    func plain(_ text: String) -> Bool {
      var copy = text
      return copy.withUTF8 { EntityResolver.isPlainName($0) }
    }
    #expect(plain("Ben Wallace"))
    #expect(plain("Jürgen Øyranvek"))
    #expect(plain("Ben"))
    #expect(!plain("Mr Wallace"))
    #expect(!plain("Ben  Wallace"))
    #expect(!plain(" Ben"))
    #expect(!plain(""))
  }
}
