import NewsGraph
import Testing

/// Bare surnames after the full name earlier in the article (`SurnameRule`).
@Suite struct SurnameRuleTests {
  func assigned(_ body: String, published: String = "2023-03-01") -> [String: String?] {
    let (documents, resolution) = AgreementRuleTests.resolve([body], published: published)
    var result: [String: String?] = [:]
    for (offset, mention) in documents[0].1.enumerated() {
      result[mention.text] = resolution.assignments[0][offset]
    }
    return result
  }

  @Test func aSurnameAfterALexiconNameIsThatPerson() {
    let found = assigned("Lloyd Austin flew to Manila. Austin met officials there.")
    #expect(found["Austin"] == "lloyd-austin")
  }

  @Test func aSurnameAfterATitledUnknownNameIsThatPerson() {
    let found = EntityMatcherTests.mentions(
      "Spokesman Abel Quist spoke on Monday. Later, Quist's aide said more.")
    let bare = found.first { $0.text == "Quist's" }
    #expect(bare?.method == .surname)
    #expect(bare?.possessive == true)
    let ids = assigned("Spokesman Abel Quist spoke on Monday. Later, Quist's aide said more.")
    #expect(ids["Quist's"] == "abel-quist")
  }

  @Test func aSurnameBeforeTheFullNameOrWithoutItIsNotAMention() {
    #expect(
      !EntityMatcherTests.mentions("Austin is a city in Texas.").contains {
        $0.type == "Person"
      })
    #expect(
      !EntityMatcherTests.mentions("Quist spoke. Then Abel Quist left.").contains {
        $0.text == "Quist"
      })
  }
}
