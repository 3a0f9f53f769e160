import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct DemonstrationGraphTests {
  /// Offsets count code points, so that Python's `text[start:end]` is the quote: checked here
  /// against the seed files by scalar index.
  @Test func provenanceSpansQuoteTheSeedArticles() throws {
    let graph = try DemonstrationGraph.make()
    let withProvenance = graph.relations.filter { !$0.provenance.isEmpty }
    #expect(withProvenance.count == 3)
    for relation in withProvenance {
      for entry in relation.provenance {
        let path = "\(RepositoryPaths.root)/seeds/\(entry.document)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        var quote = String.UnicodeScalarView()
        quote.append(contentsOf: scalars[entry.start..<entry.end])
        #expect(String(quote) == entry.evidence, "\(relation.id)")
      }
    }
  }

  @Test func usesOnlyOntologyClassesAndRelations() throws {
    let ontology = try RepositoryPaths.ontology()
    let graph = try DemonstrationGraph.make()
    for entity in graph.entities { #expect(ontology.entityClass(named: entity.type) != nil) }
    for relation in graph.relations { #expect(ontology.relationProperty(named: relation.type) != nil) }
  }
}
