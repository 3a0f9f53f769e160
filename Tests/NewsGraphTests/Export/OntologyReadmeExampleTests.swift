import NewsGraph
import NewsGraphTestSupport
import Testing

/// ontology/README.md walks through one fact of the demonstration graph in every format,
/// "exactly as written": every line of its GraphML, DOT and JSON excerpts (but the `…` lines
/// that mark a cut; the excerpts may drop some indentation) must be in what the writer writes
/// today. (The RDF/XML excerpt has its own
/// test in `RDFXMLSerializerTests`.)
@Suite struct OntologyReadmeExampleTests {
  static let sections: [(heading: String, fence: String, format: ExportFormat)] = [
    ("### GraphML", "```xml\n", .graphML),
    ("### DOT", "```dot\n", .dot),
    ("### Node-link JSON", "```json\n", .json),
  ]

  @Test(arguments: sections.map(\.heading))
  func excerptLinesAreWhatTheWriterWrites(heading: String) throws {
    let section = Self.sections.first { $0.heading == heading }!
    let readme = try InputFile.text(
      try InputFile.bytes(atPath: RepositoryPaths.root + "/ontology/README.md"), file: "README.md")
    let after = try #require(readme.components(separatedBy: heading).dropFirst().first)
    let block = try #require(
      after.components(separatedBy: section.fence).dropFirst().first?
        .components(separatedBy: "```").first)
    let output = try section.format.serializer(ontology: try RepositoryPaths.ontology())
      .serialize(try DemonstrationGraph.make())
    let excerpt = block.split(separator: "\n").filter { !$0.contains("…") }
    #expect(excerpt.count >= 2, "no excerpt found under \(heading)")
    for line in excerpt {
      let found = output.contains(line)
      #expect(found, "README line not written by the \(heading) writer:\n\(line)")
    }
  }
}
