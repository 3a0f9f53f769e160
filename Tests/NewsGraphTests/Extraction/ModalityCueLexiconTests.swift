import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct ModalityCueLexiconTests {
  func expectError(
    _ text: String, line: Int, containing detail: String,
    load: (TSVTable) throws -> Void
  ) {
    #expect {
      try load(TSVTable(bytes: Array(text.utf8), file: "cues.tsv"))
    } throws: { error in
      guard let error = error as? NewsGraphError else { return false }
      return error.location?.file == "cues.tsv" && error.location?.line == line
        && error.message.contains(detail)
    }
  }

  @Test func theShippedFilesLoad() throws {
    let lexicon = try CueLexicon(folder: RepositoryPaths.root + "/ontology/cues")
    #expect((80...250).contains(lexicon.modalityCues.count))
    let labels = Set(lexicon.modalityCues.map(\.modality))
    #expect(labels == Set(Modality.allCases).subtracting([.asserted]))
    #expect(lexicon.reportingVerbs.contains { $0.lemma == "deny" && $0.stance == .denying })
    #expect(lexicon.reportingVerbs.contains { $0.lemma == "say" && $0.forms.contains("said") })
    let texts = lexicon.modalityCues.map { $0.text.lowercased() }
    #expect(Set(texts).count == texts.count, "a cue is listed twice")
  }

  @Test func malformedModalityLinesNameFileAndLine() {
    let header = "cue\tmodality\tscope\n"
    expectError(header + "will\tplanned\n", line: 2, containing: "expected 3") {
      _ = try CueLexicon.modalityCues(from: $0)
    }
    expectError(header + "# c\nwill\tplaned\tclause\n", line: 3, containing: "unknown modality") {
      _ = try CueLexicon.modalityCues(from: $0)
    }
    expectError(header + "will\tplanned\tparagraph\n", line: 2, containing: "unknown scope") {
      _ = try CueLexicon.modalityCues(from: $0)
    }
    expectError(header + "will\tasserted\tclause\n", line: 2, containing: "unknown modality") {
      _ = try CueLexicon.modalityCues(from: $0)
    }
    expectError(
      "cue\tmodality\tscope\tcase\nmay\tconsidering\tclause\tupper\n", line: 2,
      containing: "unknown case"
    ) { _ = try CueLexicon.modalityCues(from: $0) }
    expectError("cue\tmodality\n", line: 1, containing: "missing column 'scope'") {
      _ = try CueLexicon.modalityCues(from: $0)
    }
  }

  @Test func malformedVerbLinesNameFileAndLine() {
    let header = "verb\tforms\tstance\n"
    expectError(header + "say\tsay|said\tdoubting\n", line: 2, containing: "unknown stance") {
      _ = try CueLexicon.reportingVerbs(from: $0)
    }
    expectError(header + "say\tsay||said\tneutral\n", line: 2, containing: "non-empty forms") {
      _ = try CueLexicon.reportingVerbs(from: $0)
    }
  }

  @Test func anAnalystCueChangesTheResult() throws {
    let table = try TSVTable(
      bytes: Array("cue\tmodality\tscope\nmulls over\tconsidering\tclause\n".utf8), file: "x.tsv")
    let lexicon = CueLexicon(
      modalityCues: try CueLexicon.modalityCues(from: table), reportingVerbs: [])
    let sentence = MarkedSentence("Berlin mulls over the [[sale]] of tanks.")
    let finding = ModalityDetector(lexicon: lexicon).modality(
      in: sentence.text, trigger: sentence.trigger)
    #expect(finding.modality == .considering)
    #expect(finding.cue == "mulls over")
  }
}
