import NewsGraph
import Testing

/// Real mentions in the seed articles, with their exact text, type and entity.
@Suite struct EntityMatcherSeedTests {
  /// The first mention in `prefix`'s seed with this exact text.
  func mention(_ text: String, in prefix: String) throws -> Mention {
    let (_, found) = try EntityMatcherTests.seed(prefix)
    return try #require(found.first { $0.text == text }, "no mention \"\(text)\" in \(prefix)")
  }

  @Test(arguments: [
    ("Ben Wallace", "Person", "ben-wallace"), ("Shahed drones", "WeaponSystem", "shahed-136"),
    ("Iran", "State", "iran"), ("Russia", "State", "russia"),
    ("Britain’s", "State", "united-kingdom"), ("Iskander missiles", "WeaponSystem", "iskander"),
    ("Kiev", "State", "ukraine"), ("Rishi Sunak", "Person", "rishi-sunak"),
    ("John Healey", "Person", "john-healey"),
    ("House of Commons Liaison Committee", "Organization", "house-of-commons-liaison-committee"),
  ])
  func seed000(text: String, type: String, id: String) throws {
    let found = try mention(text, in: "000")
    #expect(found.type == type)
    #expect(found.candidates.first == id)
  }

  @Test func seed000KindsOfForms() throws {
    #expect(try mention("Britain’s", in: "000").possessive)
    #expect(try mention("Kiev", in: "000").method == .lexicon(.capital))
    let role = try mention("defense secretary", in: "000")
    #expect(role.method == .role)
    #expect(role.state == "united-kingdom")
  }

  @Test func seed001KirbyAndTheNationalSecurityCouncil() throws {
    let (_, found) = try EntityMatcherTests.seed("001")
    let kirby = try #require(found.first { $0.text == "John Kirby" })
    #expect(kirby.type == "Person")
    #expect(kirby.candidates == ["john-kirby"])
    #expect(kirby.role == "spokesperson")
    #expect(kirby.roleTitle == "spokesman")
    #expect(kirby.state == "united-states")
    let council = try #require(
      found.first { $0.sentence == kirby.sentence && $0.type == "Organization" })
    #expect(council.text == "White House National Security Council")
    #expect(council.candidates == ["us-national-security-council"])
  }

  @Test func seed002Su35() throws {
    let (_, found) = try EntityMatcherTests.seed("002")
    let su35 = try #require(found.first { $0.text.hasPrefix("Su-35") })
    #expect(su35.text == "Su-35 fighter jets")
    #expect(su35.type == "WeaponSystem")
    #expect(su35.candidates == ["su-35"])
  }

  @Test func seed003TitledSurnames() throws {
    let truss = try mention("Ms. Truss", in: "003")
    #expect(truss.candidates == ["liz-truss"])
    #expect(truss.method == .titledPerson)
    let lavrov = try mention("Mr. Lavrov", in: "003")
    #expect(lavrov.candidates == ["sergey-lavrov"])
    #expect(lavrov.type == "Person")
    let shoigu = try mention("Sergei Shoigu", in: "003")
    #expect(shoigu.candidates == ["sergei-shoigu"])
  }

  @Test func seed004() throws {
    let volfovich = try mention("Alexander Volfovich", in: "004")
    #expect(volfovich.type == "Person")
    #expect(volfovich.candidates == ["alexander-volfovich"])
    #expect(volfovich.roleTitle == "Security Council secretary")
    #expect(try mention("BELTA", in: "004").candidates == ["belta"])
    #expect(try mention("BELTA", in: "004").type == "Organization")
    let command = try mention("Canadian Special Operations Forces Command", in: "004")
    #expect(command.type == "Organization")
    let reznikov = try mention("Oleksii Reznikov", in: "004")
    #expect(reznikov.state == "ukraine")
    #expect(reznikov.role == "defence minister")
  }

  @Test(arguments: ["000", "001", "002", "003", "004"])
  func rangesSliceTheArticleText(prefix: String) throws {
    let (article, found) = try EntityMatcherTests.seed(prefix)
    let scalars = Array(article.text.unicodeScalars)
    let bytes = Array(article.text.utf8)
    #expect(!found.isEmpty)
    for mention in found {
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[mention.scalars])
      #expect(String(text) == mention.text)
      #expect(String(decoding: bytes[mention.bytes], as: UTF8.self) == mention.text)
      #expect(mention.document == article.document)
    }
  }
}
