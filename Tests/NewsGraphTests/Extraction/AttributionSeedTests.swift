import NewsGraph
import NewsGraphTestSupport
import Testing

/// Modality and attribution on sentences exactly as the splitter cuts them from `seeds/`, so the
/// real punctuation (’, “ ”, spaced dashes) is what the detectors see.
@Suite struct AttributionSeedTests {
  let modality = ModalityDetector(lexicon: MarkedSentence.lexicon)
  let attribution = AttributionDetector(lexicon: MarkedSentence.lexicon)

  /// The seed sentence containing `anchor`, with `trigger` marked at its first occurrence after
  /// the anchor's start.
  func sentence(_ seed: String, containing anchor: String, trigger: String) throws
    -> MarkedSentence
  {
    let path = RepositoryPaths.root + "/seeds/" + seed
    let article = try ArticleReader().read(contentsOf: path, index: nil)
    let texts = SentenceSplitter().sentences(in: article).map { $0.text(in: article) }
    let text = try #require(texts.first { $0.contains(anchor) })
    let bytes = Array(text.utf8)
    let anchorStart = try #require(MarkedSentence.index(of: Array(anchor.utf8), in: bytes))
    let tail = Array(bytes[anchorStart...])
    let start =
      anchorStart + (try #require(MarkedSentence.index(of: Array(trigger.utf8), in: tail)))
    let end = start + trigger.utf8.count
    let marked =
      bytes[..<start] + Array("[[".utf8) + bytes[start..<end] + Array("]]".utf8)
      + bytes[end...]
    return MarkedSentence(String(decoding: Array(marked), as: UTF8.self))
  }

  func speakerID(_ found: Attribution?) -> String? {
    guard case .mention(let id, _)? = found?.speaker else { return nil }
    return id
  }

  @Test func seed002KirbySaysIranIsSetToReceive() throws {
    let s = try sentence(
      "002_71ee3d9be39746e4.txt", containing: "Citing US intelligence", trigger: "receive")
    #expect(modality.modality(in: s.text, trigger: s.trigger).modality == .planned)
    let found = attribution.attribution(
      in: s.text, trigger: s.trigger,
      mentions: [
        s.mention("US", id: "united_states", type: "State"),
        s.mention("National Security Council", id: "nsc", type: "Organization"),
        s.mention("John Kirby", id: "john_kirby", type: "Person"),
        s.mention("Iran", id: "iran", type: "State"),
      ])
    #expect(speakerID(found) == "john_kirby")
    #expect(found?.verb == "say")
  }

  @Test func seed000AccordingToWallaceRussiaPlans() throws {
    let s = try sentence(
      "000_436b093d3de44444.txt", containing: "According to Britain", trigger: "plans")
    #expect(modality.modality(in: s.text, trigger: s.trigger).modality == .planned)
    let found = attribution.attribution(
      in: s.text, trigger: s.trigger,
      mentions: [
        s.mention("Britain’s", id: "united_kingdom", type: "State"),
        s.mention("Ben Wallace", id: "ben_wallace", type: "Person"),
        s.mention("Russia", id: "russia", type: "State"),
      ])
    #expect(speakerID(found) == "ben_wallace")
    #expect(found?.verb == "according to")
  }

  @Test func seed004MoscowRejectsPlansForAnAttack() throws {
    let s = try sentence(
      "004_1a681538aeaaf5db.txt", containing: "rejects plans", trigger: "rejects")
    #expect(modality.modality(in: s.text, trigger: s.trigger).modality == .denied)
    let attack = try sentence(
      "004_1a681538aeaaf5db.txt", containing: "rejects plans", trigger: "attack")
    #expect(modality.modality(in: attack.text, trigger: attack.trigger).modality == .denied)
  }

  @Test func seed003NoPlansToInvadeIsNotAsserted() throws {
    let s = try sentence(
      "003_218ca8e7fb6f78b1.txt", containing: "no plans to invade", trigger: "invade")
    #expect(modality.modality(in: s.text, trigger: s.trigger).modality == .negated)
  }

  @Test func seed001RussiaIntendsToProvide() throws {
    let s = try sentence(
      "001_6729c13711a731bc.txt", containing: "Russia intends to provide", trigger: "provide")
    #expect(modality.modality(in: s.text, trigger: s.trigger).modality == .intended)
    let supplied = try sentence(
      "001_6729c13711a731bc.txt", containing: "In return for having", trigger: "supplied")
    #expect(modality.modality(in: supplied.text, trigger: supplied.trigger).modality == .asserted)
  }
}
