import Testing

@testable import NewsGraph

/// `Mention` keeps its strings in one copy-on-write storage: copies share it until one of them
/// changes, and then only that one sees the change.
@Suite struct MentionStorageTests {
  func mention(_ text: String = "Ben Wallace") -> Mention {
    Mention(
      document: "a.txt", sentence: 2, bytes: 10..<21, scalars: 9..<20, text: text,
      candidates: ["ben-wallace"], type: "Person", method: .lexicon(.label),
      role: "defence-minister", roleTitle: "Defence Secretary", state: "united-kingdom",
      possessive: false,
      agreement: AgreementPhrase(name: "deal", head: "deal", parties: ["united-kingdom"]))
  }

  @Test func aCopySharesTheStorageUntilItChanges() {
    let original = mention()
    var copy = original
    #expect(copy.sharesStorage(with: original))
    copy.sentence = 3
    #expect(copy.sharesStorage(with: original), "inline fields need no new storage")
    copy.candidates.append("someone-else")
    #expect(!copy.sharesStorage(with: original))
    #expect(original.candidates == ["ben-wallace"])
    #expect(copy.candidates == ["ben-wallace", "someone-else"])
  }

  @Test func everyStoredFieldIsCopiedBeforeAWrite() {
    let original = mention()
    var copy = original
    copy.document = "b.txt"
    copy.text = "Wallace"
    copy.type = "Organization"
    copy.role = nil
    copy.roleTitle = "Minister"
    copy.state = nil
    copy.agreement?.parties.append("france")
    #expect(original == mention())
    #expect(original.document == "a.txt" && copy.document == "b.txt")
    #expect(original.text == "Ben Wallace" && copy.text == "Wallace")
    #expect(original.type == "Person" && copy.type == "Organization")
    #expect(original.role == "defence-minister" && copy.role == nil)
    #expect(original.roleTitle == "Defence Secretary" && copy.roleTitle == "Minister")
    #expect(original.state == "united-kingdom" && copy.state == nil)
    #expect(original.agreement?.parties == ["united-kingdom"])
    #expect(copy.agreement?.parties == ["united-kingdom", "france"])
  }

  @Test func aUniqueMentionChangesItsStorageInPlace() {
    var list = [mention()]
    let before = list[0]
    list[0].document = "shared until now"
    #expect(!list[0].sharesStorage(with: before))
    let unique = list[0]
    list = []
    var only = unique
    // `unique` still holds the storage, so the first write copies; the second is in place.
    only.state = "france"
    let after = only
    only.role = "president"
    #expect(!after.sharesStorage(with: only))
    #expect(after.role == "defence-minister" && only.role == "president")
  }

  @Test func equalityComparesValuesNotStorage() {
    #expect(mention() == mention())
    #expect(mention() != mention("Wallace"))
    var other = mention()
    other.possessive = true
    #expect(other != mention())
    other = mention()
    other.agreement?.value = "$4bn"
    #expect(other != mention())
    other = mention()
    other.scalars = 0..<0
    #expect(other != mention())
  }
}
