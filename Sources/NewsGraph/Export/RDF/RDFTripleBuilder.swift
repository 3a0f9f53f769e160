/// The graph as RDF triples: a pure function of the graph and the ontology (Raptor's first
/// step; `RDFXMLSerializer.render` renders the result). It is the reference model of the
/// output: `RDFXMLColumnWriter` writes the same bytes from the columns without building these
/// values, and tests compare the two.
///
/// Every resource gets an IRI under the ontology's resource namespace, so there are no blank
/// nodes and two parsers' results compare as plain sets:
///
/// - an entity is `<ns><id>`: its class (`ng:Entity` plus `ng:className` when the ontology has
///   no class of that name), `rdfs:label`, a `skos:altLabel` per alias, `owl:sameAs` its
///   Wikidata item, its attributes, and the plain triple `<source> <property> <target>` of
///   each relation it is the source of (`ng:relatedTo` when the type is unknown);
/// - a relation is also the `rdf:Statement` `<ns>relation/<id>` with `rdf:subject`,
///   `rdf:predicate`, `rdf:object`, `ng:relationName` (unknown types only), its attributes and
///   `prov:wasDerivedFrom` each evidence;
/// - evidence is the `ng:Evidence` `<ns>evidence/<relation id>-<index>` (index in provenance
///   order, from 0) with `ng:document`, `ng:sentence`, `ng:start`, `ng:end`, `ng:evidence`;
/// - the graph is the `prov:Collection` `<ns>graph/<StableID of its name>` with `rdfs:label`
///   its name and the graph attributes (a bare `<ns>graph` could be an entity's IRI);
/// - each attribute property the ontology does not declare is declared as an
///   `owl:DatatypeProperty` labelled with the attribute's original name.
///
/// Literals: strings are plain; integers `xsd:integer`; doubles `xsd:double` (`NaN`, `INF`,
/// `-INF`, `-0.0` kept); booleans `xsd:boolean`; dates `xsd:date`.
///
/// Descriptions come one subject at a time in code point order of the subject IRI, each with
/// its triples sorted and without duplicates, so the whole output is sorted. Only the evidence
/// order and the relations of each source are held besides the graph: a large graph streams.
public struct RDFTripleBuilder: Sendable {
  public let graph: KnowledgeGraph
  public let ontology: Ontology

  let attributeProperties: RDFAttributeProperties
  /// For each entity (by index), the indices of the relations it is the source of.
  private let relationsBySource: [[Int]]
  /// (relation index, provenance index) in code point order of the evidence IRI.
  private let evidenceOrder: [(relation: Int, entry: Int)]
  private let graphIRI: String
  private let terms: Terms

  /// The IRIs the builder writes again and again, looked up once.
  private struct Terms: Sendable {
    let type = Vocabulary.rdf + "type"
    let statement = Vocabulary.rdf + "Statement"
    let subject = Vocabulary.rdf + "subject"
    let predicate = Vocabulary.rdf + "predicate"
    let object = Vocabulary.rdf + "object"
    let label = Vocabulary.rdfs + "label"
    let altLabel = Vocabulary.skos + "altLabel"
    let sameAs = Vocabulary.owl + "sameAs"
    let datatypeProperty = Vocabulary.owl + "DatatypeProperty"
    let derivedFrom = Vocabulary.prov + "wasDerivedFrom"
    let collection = Vocabulary.prov + "Collection"
    let integer = Vocabulary.xsd + "integer"
    let double = Vocabulary.xsd + "double"
    let boolean = Vocabulary.xsd + "boolean"
    let date = Vocabulary.xsd + "date"
    let entity: String
    let evidenceClass: String
    let relatedTo: String
    let relationName: String
    let className: String
    let document: String
    let sentence: String
    let start: String
    let end: String
    let evidence: String

    init(_ ontology: Ontology) {
      entity = ontology.term("Entity").iri
      evidenceClass = ontology.term("Evidence").iri
      relatedTo = ontology.term("relatedTo").iri
      relationName = ontology.term("relationName").iri
      className = ontology.term("className").iri
      document = ontology.term("document").iri
      sentence = ontology.term("sentence").iri
      start = ontology.term("start").iri
      end = ontology.term("end").iri
      evidence = ontology.term("evidence").iri
    }
  }

  /// - Complexity: O(*n* log *n*) in the number of provenance entries (their IRIs are sorted),
  ///   O(*n* log *m*) in relations over *m* entities.
  public init(graph: KnowledgeGraph, ontology: Ontology) {
    self.graph = graph
    self.ontology = ontology
    attributeProperties = RDFAttributeProperties(graph: graph, ontology: ontology)
    terms = Terms(ontology)
    graphIRI = ontology.resourceNamespace + "graph/" + StableID.derived(from: graph.name)

    var bySource = [[Int]](repeating: [], count: graph.entities.count)
    for (index, relation) in graph.relations.enumerated() {
      bySource[Self.entityIndex(of: relation.source, in: graph)!].append(index)
    }
    relationsBySource = bySource

    var keyed: [(key: String, relation: Int, entry: Int)] = []
    for (index, relation) in graph.relations.enumerated() {
      for entry in relation.provenance.indices {
        keyed.append((Self.evidenceKey(relation.id, entry), index, entry))
      }
    }
    keyed.sort { $0.key.precedesByScalars($1.key) }
    evidenceOrder = keyed.map { ($0.relation, $0.entry) }
  }

  /// All triples, sorted by subject, predicate and object, without duplicates.
  public func triples() -> [RDFTriple] {
    descriptions.flatMap(\.triples)
  }

  /// The descriptions of all subjects, in code point order of the subject IRI.
  public var descriptions: Descriptions { Descriptions(builder: self) }

  /// The sorted subjects, produced lazily by merging five streams that are each sorted already
  /// (attribute declarations, the graph, entities, statements, evidence). Streams that give
  /// the same IRI (only with overlapping namespaces) are merged into one description.
  public struct Descriptions: Sequence, IteratorProtocol {
    private let builder: RDFTripleBuilder
    private var positions = [Int](repeating: 0, count: Stream.allCases.count)
    private var heads: [String?]

    fileprivate init(builder: RDFTripleBuilder) {
      self.builder = builder
      heads = Stream.allCases.map { builder.subject(of: $0, at: 0) }
    }

    public mutating func next() -> RDFDescription? {
      var smallest: String?
      for case let head? in heads where smallest.map({ head.precedesByScalars($0) }) ?? true {
        smallest = head
      }
      guard let subject = smallest else { return nil }
      var triples: [RDFTriple] = []
      for stream in Stream.allCases
      where heads[stream.rawValue].map({ $0.equalsByScalars(subject) }) == true {
        builder.appendTriples(of: stream, at: positions[stream.rawValue], to: &triples)
        positions[stream.rawValue] += 1
        heads[stream.rawValue] = builder.subject(of: stream, at: positions[stream.rawValue])
      }
      return RDFDescription(subject: subject, triples: triples)
    }
  }

  fileprivate enum Stream: Int, CaseIterable {
    case declarations, graph, entities, statements, evidence
  }

  fileprivate func subject(of stream: Stream, at position: Int) -> String? {
    switch stream {
    case .declarations:
      let declarations = attributeProperties.declarations
      return position < declarations.count ? declarations[position].iri : nil
    case .graph:
      return position == 0 ? graphIRI : nil
    case .entities:
      return position < graph.entities.count ? entityIRI(graph.entities[position].id) : nil
    case .statements:
      return position < graph.relations.count ? statementIRI(graph.relations[position].id) : nil
    case .evidence:
      guard position < evidenceOrder.count else { return nil }
      let (relation, entry) = evidenceOrder[position]
      return evidenceIRI(graph.relations[relation].id, entry)
    }
  }

  fileprivate func appendTriples(of stream: Stream, at position: Int, to out: inout [RDFTriple]) {
    switch stream {
    case .declarations:
      let declaration = attributeProperties.declarations[position]
      out.append(RDFTriple(declaration.iri, terms.type, .iri(terms.datatypeProperty)))
      out.append(RDFTriple(declaration.iri, terms.label, .literal(declaration.name, datatype: nil)))
    case .graph:
      out.append(RDFTriple(graphIRI, terms.type, .iri(terms.collection)))
      out.append(RDFTriple(graphIRI, terms.label, .literal(graph.name, datatype: nil)))
      appendAttributes(graph.attributes, of: graphIRI, to: &out)
    case .entities:
      appendEntity(at: position, to: &out)
    case .statements:
      appendStatement(graph.relations[position], to: &out)
    case .evidence:
      let (relation, entry) = evidenceOrder[position]
      appendEvidence(graph.relations[relation], entry: entry, to: &out)
    }
  }

  private func appendEntity(at index: Int, to out: inout [RDFTriple]) {
    let entity = graph.entities[index]
    let subject = entityIRI(entity.id)
    if let known = ontology.entityClass(named: entity.type) {
      out.append(RDFTriple(subject, terms.type, .iri(known.iri)))
    } else {
      out.append(RDFTriple(subject, terms.type, .iri(terms.entity)))
      out.append(RDFTriple(subject, terms.className, .literal(entity.type, datatype: nil)))
    }
    out.append(RDFTriple(subject, terms.label, .literal(entity.label, datatype: nil)))
    for alias in entity.aliases {
      out.append(RDFTriple(subject, terms.altLabel, .literal(alias, datatype: nil)))
    }
    if let wikidata = entity.wikidata {
      out.append(
        RDFTriple(
          subject, terms.sameAs, .iri(ontology.wikidataNamespace + IRIText.segment(wikidata))))
    }
    appendAttributes(entity.attributes, of: subject, to: &out)
    for relationIndex in relationsBySource[index] {
      let relation = graph.relations[relationIndex]
      out.append(RDFTriple(subject, relationProperty(relation), .iri(entityIRI(relation.target))))
    }
  }

  private func appendStatement(_ relation: Relation, to out: inout [RDFTriple]) {
    let subject = statementIRI(relation.id)
    out.append(RDFTriple(subject, terms.type, .iri(terms.statement)))
    out.append(RDFTriple(subject, terms.subject, .iri(entityIRI(relation.source))))
    out.append(RDFTriple(subject, terms.predicate, .iri(relationProperty(relation))))
    out.append(RDFTriple(subject, terms.object, .iri(entityIRI(relation.target))))
    if ontology.relationProperty(named: relation.type) == nil {
      out.append(RDFTriple(subject, terms.relationName, .literal(relation.type, datatype: nil)))
    }
    appendAttributes(relation.attributes, of: subject, to: &out)
    for entry in relation.provenance.indices {
      out.append(RDFTriple(subject, terms.derivedFrom, .iri(evidenceIRI(relation.id, entry))))
    }
  }

  private func appendEvidence(_ relation: Relation, entry: Int, to out: inout [RDFTriple]) {
    let subject = evidenceIRI(relation.id, entry)
    let provenance = relation.provenance[entry]
    out.append(RDFTriple(subject, terms.type, .iri(terms.evidenceClass)))
    out.append(RDFTriple(subject, terms.document, .literal(provenance.document, datatype: nil)))
    out.append(
      RDFTriple(
        subject, terms.sentence, .literal(String(provenance.sentence), datatype: terms.integer)))
    out.append(
      RDFTriple(subject, terms.start, .literal(String(provenance.start), datatype: terms.integer)))
    out.append(
      RDFTriple(subject, terms.end, .literal(String(provenance.end), datatype: terms.integer)))
    out.append(RDFTriple(subject, terms.evidence, .literal(provenance.evidence, datatype: nil)))
  }

  private func appendAttributes(
    _ attributes: [String: AttributeValue], of subject: String, to out: inout [RDFTriple]
  ) {
    for (name, value) in attributes {
      let property = attributeProperties.property(for: name)
      if property.pointsToEntities, case .string(let id) = value,
        Self.entityIndex(of: id, in: graph) != nil
      {
        out.append(RDFTriple(subject, property.iri, .iri(entityIRI(id))))
      } else {
        out.append(RDFTriple(subject, property.iri, literal(value)))
      }
    }
  }

  /// The literal of a value, with its lexical form for its XSD datatype.
  func literal(_ value: AttributeValue) -> RDFObject {
    switch value {
    case .string(let text): .literal(text, datatype: nil)
    case .integer(let number): .literal(String(number), datatype: terms.integer)
    case .double(let number):
      .literal(NumberText.double(number, style: .xsd), datatype: terms.double)
    case .boolean(let flag): .literal(flag ? "true" : "false", datatype: terms.boolean)
    case .date(let date): .literal(date.description, datatype: terms.date)
    }
  }

  private func relationProperty(_ relation: Relation) -> String {
    ontology.relationProperty(named: relation.type)?.iri ?? terms.relatedTo
  }

  func entityIRI(_ id: String) -> String { ontology.resourceNamespace + id }

  func statementIRI(_ id: String) -> String { ontology.resourceNamespace + "relation/" + id }

  func evidenceIRI(_ relationID: String, _ entry: Int) -> String {
    ontology.resourceNamespace + "evidence/" + Self.evidenceKey(relationID, entry)
  }

  /// `<relation id>-<index>`: unique, since an index has no `-` and so the last `-` splits it.
  private static func evidenceKey(_ relationID: String, _ entry: Int) -> String {
    relationID + "-" + String(entry)
  }

  /// Binary search over the entities (sorted by id in code point order).
  private static func entityIndex(of id: String, in graph: KnowledgeGraph) -> Int? {
    var low = 0
    var high = graph.entities.count
    while low < high {
      let middle = (low + high) / 2
      if graph.entities[middle].id.precedesByScalars(id) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low < graph.entities.count && graph.entities[low].id.equalsByScalars(id) ? low : nil
  }
}
