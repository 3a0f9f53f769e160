import NewsGraph
import NewsGraphTestSupport
import Testing

/// The ontology as the RDF writer needs it: every property nameable in RDF/XML, and the
/// relation vocabulary fully described.
@Suite struct RDFOntologyTests {
  static let relations = [
    "holdsRole", "memberOf", "supplies", "partyTo", "meets", "sanctions", "usesAgainst", "trains",
    "deploys", "develops", "suspends", "violates",
  ]

  @Test(arguments: relations)
  func shippedOntologyDeclaresTheRelation(name: String) throws {
    let ontology = try RepositoryPaths.ontology()
    let term = try #require(ontology.relationProperty(named: name))
    #expect(term.kind == .objectProperty)
    #expect(term.iri == "https://w3id.org/newsgraph/ontology#" + name)
    #expect(term.label?.isEmpty == false)
    #expect(term.comment?.isEmpty == false)
    #expect(term.domain?.hasPrefix("https://w3id.org/newsgraph/ontology#") == true)
    #expect(term.range?.hasPrefix("https://w3id.org/newsgraph/ontology#") == true)
    #expect(term.column == nil)
  }

  @Test func shippedOntologyHasItsNamespacesAndPrefixes() throws {
    let ontology = try RepositoryPaths.ontology()
    #expect(ontology.resourceNamespace == "https://w3id.org/newsgraph/id/")
    #expect(ontology.attributeNamespace == "https://w3id.org/newsgraph/attribute/")
    #expect(ontology.wikidataNamespace == "http://www.wikidata.org/entity/")
    #expect(ontology.prefixes.map(\.prefix) == ["rdf", "rdfs", "owl", "xsd", "skos", "prov", "ng"])
    #expect(ontology.attributeProperty(column: "attributed_to")?.kind == .objectProperty)
    #expect(ontology.attributeProperty(column: "quantity")?.range == Vocabulary.xsd + "integer")
  }

  /// `…/rel/123` and `…#p(x)` have no NCName local part: RDF/XML cannot name them, so the
  /// loader refuses them with the file and the line of the declaration.
  @Test(arguments: [
    "https://w3id.org/newsgraph/rel/123", "https://w3id.org/newsgraph/ontology#p(x)",
  ])
  func propertyIRIsWithoutNCNameLocalPartsAreRejected(iri: String) throws {
    let original = try InputFile.text(
      try InputFile.bytes(atPath: RepositoryPaths.ontologyFile), file: RepositoryPaths.ontologyFile)
    let declaration = "rdf:about=\"https://w3id.org/newsgraph/ontology#supplies\""
    let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0.contains(declaration) }) + 1
    let edited = original.replacingOccurrences(of: declaration, with: "rdf:about=\"\(iri)\"")
    do {
      _ = try OntologyLoader().load(bytes: Array(edited.utf8), file: "edited.owl")
      Issue.record("the loader accepted <\(iri)>")
    } catch let error as NewsGraphError {
      guard case .invalidOntology(let message) = error.kind else {
        Issue.record("wrong error: \(error)")
        return
      }
      #expect(message.contains(iri))
      #expect(message.contains("NCName"))
      #expect(error.location == InputLocation(file: "edited.owl", line: line))
    }
  }
}
