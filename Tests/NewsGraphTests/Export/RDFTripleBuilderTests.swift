import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The graph → triples step, independent of RDF/XML.
@Suite struct RDFTripleBuilderTests {
  let ontology: Ontology
  let resource = "https://w3id.org/newsgraph/id/"
  let ng = "https://w3id.org/newsgraph/ontology#"

  init() throws { ontology = try RepositoryPaths.ontology() }

  func triples(_ graph: KnowledgeGraph) -> [RDFTriple] {
    RDFTripleBuilder(graph: graph, ontology: ontology).triples()
  }

  func objects(_ triples: [RDFTriple], _ subject: String, _ predicate: String) -> [RDFObject] {
    triples.filter { $0.subject == subject && $0.predicate == predicate }.map(\.object)
  }

  @Test(arguments: ["hostile", "demo"])
  func triplesAreSortedAndDuplicateFree(graphName: String) throws {
    let graph = graphName == "hostile" ? try HostileGraph.make() : try DemonstrationGraph.make()
    let all = triples(graph)
    #expect(all.count > 100)
    for (previous, next) in zip(all, all.dropFirst()) {
      #expect(previous.precedes(next), "\(previous) is not before \(next)")
    }
    let subjects = RDFTripleBuilder(graph: graph, ontology: ontology).descriptions.map(\.subject)
    #expect(subjects == subjects.sorted { $0.precedesByScalars($1) })
    #expect(Set(subjects).count == subjects.count)
  }

  @Test func noBlankNodesAndEverySubjectIsAnIRIInTheResourceOrAttributeNamespace() throws {
    for triple in triples(try HostileGraph.make()) {
      #expect(
        triple.subject.hasPrefix(resource) || triple.subject.hasPrefix(ontology.attributeNamespace))
      if case .iri(let iri) = triple.object { #expect(iri.hasPrefix("http")) }
    }
  }

  @Test func entityTriples() throws {
    let all = triples(try HostileGraph.make())
    let markup = resource + "markup"
    #expect(objects(all, markup, Vocabulary.rdf + "type") == [.iri(ng + "Person")])
    #expect(
      objects(all, markup, Vocabulary.rdfs + "label") == [
        .literal(HostileGraph.markup, datatype: nil)
      ])
    #expect(
      objects(all, markup, Vocabulary.skos + "altLabel").count == 3)
    #expect(
      objects(all, markup, Vocabulary.owl + "sameAs") == [
        .iri("http://www.wikidata.org/entity/Q42")
      ])
    #expect(
      objects(all, markup, ng + "mentions") == [.literal("3", datatype: Vocabulary.xsd + "integer")]
    )
    #expect(objects(all, markup, ng + "holdsRole") == [.iri(resource + "node")])
    let long = resource + "long"
    #expect(objects(all, long, Vocabulary.rdf + "type") == [.iri(ng + "Entity")])
    #expect(objects(all, long, ng + "className") == [.literal("Ship", datatype: nil)])
  }

  /// supply-1 and supply-2 have the same source, type and target: one plain triple, two
  /// statements.
  @Test func parallelRelationsGiveOnePlainTripleAndTwoStatements() throws {
    let all = triples(try HostileGraph.make())
    #expect(objects(all, resource + "node", ng + "supplies") == [.iri(resource + "markup")])
    for id in ["supply-1", "supply-2"] {
      let statement = resource + "relation/" + id
      #expect(
        objects(all, statement, Vocabulary.rdf + "type") == [.iri(Vocabulary.rdf + "Statement")])
      #expect(objects(all, statement, Vocabulary.rdf + "subject") == [.iri(resource + "node")])
      #expect(objects(all, statement, Vocabulary.rdf + "predicate") == [.iri(ng + "supplies")])
      #expect(objects(all, statement, Vocabulary.rdf + "object") == [.iri(resource + "markup")])
      #expect(objects(all, statement, ng + "relationName").isEmpty)
    }
  }

  @Test func evidenceKeepsProvenanceOrderInItsIRIs() throws {
    let all = triples(try HostileGraph.make())
    let statement = resource + "relation/supply-1"
    #expect(
      objects(all, statement, Vocabulary.prov + "wasDerivedFrom") == [
        .iri(resource + "evidence/supply-1-0"), .iri(resource + "evidence/supply-1-1"),
      ])
    let first = resource + "evidence/supply-1-0"
    let second = resource + "evidence/supply-1-1"
    #expect(objects(all, first, Vocabulary.rdf + "type") == [.iri(ng + "Evidence")])
    #expect(objects(all, first, ng + "document") == [.literal("a.txt", datatype: nil)])
    #expect(objects(all, second, ng + "document") == [.literal("doc & <one>.txt", datatype: nil)])
    #expect(
      objects(all, second, ng + "sentence") == [.literal("2", datatype: Vocabulary.xsd + "integer")]
    )
    #expect(
      objects(all, second, ng + "start") == [.literal("10", datatype: Vocabulary.xsd + "integer")])
    #expect(
      objects(all, second, ng + "end") == [.literal("42", datatype: Vocabulary.xsd + "integer")])
    #expect(
      objects(all, second, ng + "evidence") == [
        .literal(HostileGraph.markup + " " + HostileGraph.scripts, datatype: nil)
      ])
  }

  /// Evidence IRIs do not sort in relation order (`a-1` follows `a-0-0`); the builder still
  /// emits them sorted and each relation's evidence under its own IRIs.
  @Test func evidenceIRIsAreUniqueAndSortedAcrossRelationsWithDashedIDs() throws {
    let entry = Provenance(document: "d", sentence: 0, start: 0, end: 1, evidence: "e")
    let graph = try KnowledgeGraph(
      name: "g", entities: [Entity(id: "x", type: "Person", label: "X")],
      relations: [
        Relation(
          id: "a", source: "x", target: "x", type: "meets",
          provenance: Array(repeating: entry, count: 11)),
        Relation(id: "a-0", source: "x", target: "x", type: "meets", provenance: [entry]),
        Relation(id: "a-1", source: "x", target: "x", type: "meets", provenance: [entry]),
      ])
    let subjects = RDFTripleBuilder(graph: graph, ontology: ontology).descriptions.map(\.subject)
      .filter { $0.contains("/evidence/") }
    #expect(subjects.count == 13)
    #expect(Set(subjects).count == 13)
    #expect(subjects == subjects.sorted { $0.precedesByScalars($1) })
    #expect(subjects.first == resource + "evidence/a-0")
    #expect(subjects.contains(resource + "evidence/a-10"))
    #expect(subjects.contains(resource + "evidence/a-0-0"))
  }

  @Test func aliasesThatAreCanonicallyEquivalentAreBothKept() throws {
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(
          id: "x", type: "Person", label: "X",
          aliases: [HostileGraph.cafeNFC, HostileGraph.cafeNFD, HostileGraph.cafeNFC])
      ], relations: [])
    let labels = objects(triples(graph), resource + "x", Vocabulary.skos + "altLabel")
    // Code point order: `e` (U+0065) + U+0301 sorts before U+00E9.
    #expect(
      labels == [
        .literal(HostileGraph.cafeNFD, datatype: nil),
        .literal(HostileGraph.cafeNFC, datatype: nil),
      ])
  }

  @Test func graphIsACollectionWithItsNameAndAttributes() throws {
    let graph = try HostileGraph.make()
    let subject = resource + "graph/" + StableID.derived(from: graph.name)
    let all = triples(graph)
    #expect(
      objects(all, subject, Vocabulary.rdf + "type") == [.iri(Vocabulary.prov + "Collection")])
    #expect(
      objects(all, subject, Vocabulary.rdfs + "label") == [.literal(graph.name, datatype: nil)])
    #expect(
      objects(all, subject, ontology.attributeNamespace + "source") == [
        .literal(HostileGraph.punctuation, datatype: nil)
      ])
  }

  /// Safe names are unique per domain only: `a b` and `a_b` on nodes are `a_b` and `a_b_2`, but
  /// `a_b` alone on edges is `a_b` there. RDF needs one property per original name.
  @Test func attributePropertiesAreOnePerOriginalName() throws {
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(
          id: "x", type: "Person", label: "X", attributes: ["a b": .integer(1), "a_b": .integer(2)])
      ],
      relations: [
        Relation(id: "r", source: "x", target: "x", type: "meets", attributes: ["a_b": .integer(3)])
      ])
    #expect(graph.schema.key(named: "a_b", in: .node)?.safeName == "a_b_2")
    #expect(graph.schema.key(named: "a_b", in: .edge)?.safeName == "a_b")
    let all = triples(graph)
    let nga = ontology.attributeNamespace
    let integer = Vocabulary.xsd + "integer"
    #expect(objects(all, resource + "x", nga + "a_b") == [.literal("1", datatype: integer)])
    #expect(objects(all, resource + "x", nga + "a_b_2") == [.literal("2", datatype: integer)])
    #expect(
      objects(all, resource + "relation/r", nga + "a_b_2") == [.literal("3", datatype: integer)])
    #expect(
      objects(all, nga + "a_b", Vocabulary.rdfs + "label") == [.literal("a b", datatype: nil)])
    #expect(
      objects(all, nga + "a_b_2", Vocabulary.rdfs + "label") == [.literal("a_b", datatype: nil)])
  }

  @Test func tripleDescriptionIsNTriples() {
    let triple = RDFTriple(
      "http://a/s", "http://a/p", .literal("q\"\\\n\r\té", datatype: "http://a/d"))
    #expect(
      triple.description == "<http://a/s> <http://a/p> \"q\\\"\\\\\\n\\r\té\"^^<http://a/d> .")
    #expect(
      RDFTriple("http://a/s", "http://a/p", .iri("http://a/o")).description
        == "<http://a/s> <http://a/p> <http://a/o> .")
  }
}
