import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// RDF/XML as written for the hostile graph: the golden, and each trap of FORMATS.md.
@Suite struct RDFXMLSerializerTests {
  let ontology: Ontology
  let resource = "https://w3id.org/newsgraph/id/"
  let xsd = Vocabulary.xsd

  init() throws { ontology = try RepositoryPaths.ontology() }

  func rdf(_ graph: KnowledgeGraph) throws -> String {
    try RDFXMLSerializer(ontology: ontology).serialize(graph)
  }

  func contains(_ text: String, _ part: String) -> Bool {
    let bytes = Array(text.utf8)
    let needle = Array(part.utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return needle.isEmpty }
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      if Array(bytes[start..<(start + needle.count)]) == needle { return true }
    }
    return false
  }

  @Test func hostileGraphMatchesItsGolden() throws {
    Golden.check(try rdf(try HostileGraph.make()), named: "hostile.rdf")
  }

  @Test func sameGraphGivesSameBytesWhateverTheInsertionOrder() throws {
    let first = try rdf(try HostileGraph.make())
    #expect(first == (try rdf(try HostileGraph.make())))
    let graph = try HostileGraph.make()
    var reordered: [String: AttributeValue] = [:]
    let markup = graph.entity(withID: "markup")!
    for key in markup.attributes.keys.sorted().reversed() {
      reordered[key] = markup.attributes[key]
    }
    let entities = graph.entities.reversed().map { entity in
      var entity = entity
      if entity.id == "markup" { entity.attributes = reordered }
      return entity
    }
    let shuffled = try KnowledgeGraph(
      name: graph.name, entities: entities, relations: graph.relations.reversed(),
      attributes: graph.attributes)
    #expect(Array(first.utf8) == Array(try rdf(shuffled).utf8))
  }

  @Test func outputIsUTF8WithDeclarationNoBOMAndATrailingNewline() throws {
    let text = try rdf(try HostileGraph.make())
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF "))
    #expect(Array(text.utf8.prefix(3)) != [0xEF, 0xBB, 0xBF])
    #expect(text.hasSuffix("</rdf:RDF>\n"))
  }

  @Test func outputIsWellFormedXML() throws {
    let text = try rdf(try HostileGraph.make())
    let document = try XMLDocument.parse(Array(text.utf8), file: "hostile.rdf")
    #expect(document.root.map(XMLNodeAccess.localName) == "RDF")
  }

  @Test func everyPrefixUsedIsDeclaredOnTheRootAndEveryNameIsAnNCName() throws {
    let outline = RDFXMLOutline(try rdf(try HostileGraph.make()))
    let root = try #require(outline.elements.first)
    #expect(root.name == "rdf:RDF")
    var declared: [String: String] = [:]
    for (name, value) in root.attributes {
      #expect(name.hasPrefix("xmlns:"), "only namespace declarations on rdf:RDF, got \(name)")
      declared[String(name.dropFirst(6))] = value
    }
    #expect(declared["rdf"] == Vocabulary.rdf)
    #expect(declared["ng"] == "https://w3id.org/newsgraph/ontology#")
    #expect(declared["nga"] == ontology.attributeNamespace)
    for prefix in ["rdfs", "owl", "xsd", "skos", "prov"] { #expect(declared[prefix] != nil) }
    for element in outline.elements.dropFirst() {
      let names = [element.name] + element.attributes.map(\.name)
      for name in names {
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        #expect(parts.count == 2, "\(name) is not prefix:local")
        #expect(declared[String(parts[0])] != nil, "prefix of \(name) is not declared")
        #expect(IRISplit("http://x/" + parts[1])?.localName == String(parts[1]), "\(name)")
      }
      #expect(element.attributes.allSatisfy { !$0.name.hasPrefix("xmlns") })
    }
  }

  /// Literals are element text, never property attributes (attribute-value normalization turns
  /// newlines into spaces, and rapper drops `xml:lang` there); node elements carry rdf:about only.
  @Test func literalsAreElementTextAndIRIsAreResources() throws {
    let outline = RDFXMLOutline(try rdf(try HostileGraph.make()))
    var literals = 0
    var resources = 0
    for element in outline.elements.dropFirst() {
      #expect(element.depth == 2 || element.depth == 3, "\(element.name) nested too deep")
      let names = element.attributes.map(\.name)
      if element.depth == 2 {
        #expect(names == ["rdf:about"], "\(element.name) has \(names)")
        #expect(element.attribute("rdf:about")?.hasPrefix("https://") == true)
      } else if element.isEmpty {
        #expect(names == ["rdf:resource"], "\(element.name) has \(names)")
        #expect(element.attribute("rdf:resource")?.hasPrefix("http") == true)
        resources += 1
      } else {
        #expect(names == [] || names == ["rdf:datatype"], "\(element.name) has \(names)")
        if let datatype = element.attribute("rdf:datatype") {
          #expect(datatype.hasPrefix(xsd), "rdf:datatype must be a full IRI: \(datatype)")
        }
        literals += 1
      }
    }
    #expect(literals > 50)
    #expect(resources > 20)
  }

  @Test func noSyntaxFeaturesTheReadersMishandle() throws {
    let text = try rdf(try HostileGraph.make())
    for forbidden in [
      "rdf:ID", "xml:base", "rdf:parseType", "<!DOCTYPE", "<!ENTITY", "xml:lang", "rdf:nodeID",
      "rdf:li", "rdf:bagID", "rdf:aboutEach", "rdf:annotation", "rdf:version", "<<",
    ] {
      #expect(!contains(text, forbidden), "output holds \(forbidden)")
    }
  }

  @Test func charactersXMLCannotCarryBecomeReplacementCharacters() throws {
    let text = try rdf(try HostileGraph.make())
    #expect(!XMLText.hasForbiddenCharacter(text))
    #expect(
      contains(
        text,
        "<rdfs:label>bell\u{FFFD} null\u{FFFD} escape\u{FFFD} nonchar\u{FFFD}\u{FFFD} end</rdfs:label>"
      ))
  }

  /// The CLI cleans graphs before export; a raw graph must still give a readable file, and the
  /// same one (the interop tests judge the cleaned export with rapper and rdflib).
  @Test func rawGraphGivesTheSameBytesAsTheCleanedOne() throws {
    let raw = try HostileGraph.make()
    let (cleaned, warnings) = try raw.cleanedForExport()
    #expect(!warnings.isEmpty)
    #expect(Array(try rdf(raw).utf8) == Array(try rdf(cleaned).utf8))
  }

  /// Escaping works on bytes: `&`, `"` or `<` followed by a combining mark is one Swift
  /// Character, and must still be escaped.
  @Test func markupFollowedByCombiningMarksIsEscaped() throws {
    let label = "a&\u{301}b\"\u{301}c<\u{301}d>\u{301}"
    let graph = try KnowledgeGraph(
      name: "g", entities: [Entity(id: "x", type: "Person", label: label)], relations: [])
    let text = try rdf(graph)
    #expect(
      contains(text, "<rdfs:label>a&amp;\u{301}b&quot;\u{301}c&lt;\u{301}d&gt;\u{301}</rdfs:label>")
    )
    let document = try XMLDocument.parse(Array(text.utf8), file: "x.rdf")
    #expect(document.root != nil)
  }

  @Test func carriageReturnsAreCharacterReferencesSoXMLKeepsThem() throws {
    let text = try rdf(try HostileGraph.make())
    #expect(
      contains(
        text, "<nga:note>line one\nline two&#13;\nline three&#13;line four\ttabbed</nga:note>"))
    #expect(contains(text, "]]&gt; back\\slash"))
  }

  @Test func canonicallyEquivalentStringsStayApart() throws {
    let text = try rdf(try HostileGraph.make())
    #expect(
      contains(
        text,
        "id/cafe-nfc\">\n    <rdfs:label>Caf\u{E9}</rdfs:label>\n    <skos:altLabel>Cafe\u{301}</skos:altLabel>"
      ))
    #expect(contains(text, "id/cafe-nfd\">\n    <rdfs:label>Cafe\u{301}</rdfs:label>"))
  }

  @Test func emptyStringsAreEmptyLiterals() throws {
    let graph = try KnowledgeGraph(
      name: "", entities: [Entity(id: "x", type: "Person", label: "", aliases: ["", " "])],
      relations: [])
    let text = try rdf(graph)
    #expect(contains(text, "<rdfs:label></rdfs:label>"))
    #expect(contains(text, "<skos:altLabel></skos:altLabel>\n    <skos:altLabel> </skos:altLabel>"))
  }

  @Test func doublesUseXSDLexicalForms() throws {
    let text = try rdf(try HostileGraph.make())
    let double = "rdf:datatype=\"\(xsd)double\""
    for (id, lexical) in [
      ("markup", "-0.0"), ("cafe-nfc", "NaN"), ("cafe-nfd", "INF"), ("node", "-INF"),
      ("Edge", "5e-300"),
    ] {
      let pattern = "<nga:weight \(double)>\(lexical)</nga:weight>"
      let block = text.components(separatedBy: "rdf:about=\"\(resource)\(id)\"")[1]
        .components(separatedBy: "rdf:about=")[0]
      #expect(contains(block, pattern), "\(id) should have weight \(lexical)")
    }
    #expect(contains(text, "<ng:amount \(double)>2300000000.0</ng:amount>"))
    #expect(!contains(text, ">nan<") && !contains(text, ">inf<") && !contains(text, "Infinity"))
  }

  @Test func otherLiteralsCarryTheirXSDDatatypes() throws {
    let text = try rdf(try HostileGraph.make())
    #expect(
      contains(
        text, "<ng:mentions rdf:datatype=\"\(xsd)integer\">-9223372036854775808</ng:mentions>"))
    #expect(contains(text, "<nga:confirmed rdf:datatype=\"\(xsd)boolean\">true</nga:confirmed>"))
    #expect(
      contains(
        text, "<nga:date_of_birth rdf:datatype=\"\(xsd)date\">1940-02-10</nga:date_of_birth>"))
    #expect(contains(text, "<nga:mixed>7</nga:mixed>"))
    #expect(!contains(text, "\(xsd)string"))
  }

  @Test func unknownClassIsEntityWithClassName() throws {
    let text = try rdf(try HostileGraph.make())
    #expect(contains(text, "<ng:Entity rdf:about=\"\(resource)long\">\n    <rdfs:label>ab&amp;"))
    #expect(contains(text, "<ng:className>Ship</ng:className>"))
    #expect(contains(text, "<ng:Person rdf:about=\"\(resource)markup\">"))
  }

  @Test func unknownRelationTypeIsRelatedToWithRelationName() throws {
    let text = try rdf(try HostileGraph.make())
    #expect(contains(text, "<ng:relatedTo rdf:resource=\"\(resource)strict\"/>"))
    #expect(
      contains(
        text,
        "<rdf:Statement rdf:about=\"\(resource)relation/odd-relation\">\n    <rdf:object rdf:resource=\"\(resource)strict\"/>\n    <rdf:predicate rdf:resource=\"https://w3id.org/newsgraph/ontology#relatedTo\"/>"
      ))
    #expect(contains(text, "<ng:relationName>funds money to</ng:relationName>"))
  }

  @Test func objectPropertyAttributesNameEntities() throws {
    let text = try rdf(try HostileGraph.make())
    #expect(contains(text, "<ng:weapon rdf:resource=\"\(resource)Edge\"/>"))
    #expect(contains(text, "<ng:attributedTo rdf:resource=\"\(resource)markup\"/>"))
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(id: "a", type: "State", label: "A"), Entity(id: "b", type: "State", label: "B"),
      ],
      relations: [
        Relation(
          id: "r", source: "a", target: "b", type: "supplies",
          attributes: ["weapon": .string("drones")])
      ])
    #expect(contains(try rdf(graph), "<ng:weapon>drones</ng:weapon>"))
  }

  @Test func undeclaredAttributesAreDeclaredWithTheirOriginalNames() throws {
    let text = try rdf(try HostileGraph.make())
    #expect(
      contains(
        text,
        "<owl:DatatypeProperty rdf:about=\"\(ontology.attributeNamespace)date_of_birth\">\n    <rdfs:label>date of birth</rdfs:label>\n  </owl:DatatypeProperty>"
      ))
    #expect(
      !contains(text, "<owl:DatatypeProperty rdf:about=\"https://w3id.org/newsgraph/ontology#"))
    #expect(!contains(text, "<owl:ObjectProperty"))
  }

  @Test func wikidataIDsArePercentEncodedInIRIs() throws {
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [Entity(id: "x", type: "Person", label: "X", wikidata: "Q1 <x>|{y}^`\\%\"é#/")],
      relations: [])
    #expect(
      contains(
        try rdf(graph),
        "<owl:sameAs rdf:resource=\"http://www.wikidata.org/entity/Q1%20%3Cx%3E%7C%7By%7D%5E%60%5C%25%22%C3%A9%23%2F\"/>"
      ))
    #expect(IRIText.segment("Q42") == "Q42")
    #expect(IRIText.segment("a:b@c!$&'()*+,;=-._~") == "a:b@c!$&'()*+,;=-._~")
  }

  @Test func namespacesWithoutPrefixGetGeneratedOnes() throws {
    var text = try InputFile.text(
      try InputFile.bytes(atPath: RepositoryPaths.ontologyFile), file: "o")
    text = text.replacingOccurrences(
      of: "xmlns:ng=", with: "xmlns:nga=\"http://example.org/taken#\"\n    xmlns:ng=")
    text = text.replacingOccurrences(
      of: "</rdf:RDF>",
      with: """
          <owl:DatatypeProperty rdf:about="http://schema.org/alternateName">
            <rdfs:label>nickname</rdfs:label>
            <ng:column>nickname</ng:column>
          </owl:DatatypeProperty>
        </rdf:RDF>
        """)
    let edited = try OntologyLoader().load(bytes: Array(text.utf8), file: "edited.owl")
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(
          id: "x", type: "Person", label: "X",
          attributes: ["nickname": .string("Ex"), "height": .integer(2)])
      ], relations: [])
    let output = try RDFXMLSerializer(ontology: edited).serialize(graph)
    #expect(contains(output, "xmlns:nga=\"http://example.org/taken#\""))
    #expect(contains(output, "xmlns:ns1=\"\(edited.attributeNamespace)\""))
    #expect(contains(output, "xmlns:ns2=\"http://schema.org/\">"))
    #expect(contains(output, "<ns2:alternateName>Ex</ns2:alternateName>"))
    #expect(contains(output, "<ns1:height rdf:datatype=\"\(xsd)integer\">2</ns1:height>"))
  }

  /// Raptor drops a triple it cannot write as RDF/XML; NewsGraph refuses instead.
  @Test(arguments: [
    "https://example.org/rel/123", "https://example.org/p(x)", "https://example.org/",
    "http://unknown.example.org/p", Vocabulary.rdf + "li", Vocabulary.rdf + "ID",
    Vocabulary.rdf + "Description",
  ])
  func predicatesRDFXMLCannotNameAreRefused(predicate: String) throws {
    let description = RDFDescription(
      subject: resource + "x",
      triples: [RDFTriple(resource + "x", predicate, .literal("v", datatype: nil))])
    #expect(throws: NewsGraphError.self) {
      try RDFXMLSerializer.render(
        [description], prefixes: RDFPrefixTable(ontology: ontology), to: ByteSink())
    }
  }

  @Test func classesRDFXMLCannotNameFallBackToDescriptions() throws {
    let subject = resource + "x"
    let descriptions = [
      RDFDescription(
        subject: subject,
        triples: [RDFTriple(subject, Vocabulary.rdf + "type", .iri("https://example.org/C(1)"))]),
      RDFDescription(
        subject: subject + "2",
        triples: [
          RDFTriple(subject + "2", Vocabulary.rdf + "type", .iri(Vocabulary.rdf + "Statement")),
          RDFTriple(subject + "2", Vocabulary.rdf + "type", .iri(Vocabulary.prov + "Entity")),
        ]),
    ]
    let sink = ByteSink()
    try RDFXMLSerializer.render(
      descriptions, prefixes: RDFPrefixTable(ontology: ontology), to: sink)
    try sink.finish()
    #expect(
      contains(
        sink.text,
        "<rdf:Description rdf:about=\"\(subject)\">\n    <rdf:type rdf:resource=\"https://example.org/C(1)\"/>"
      ))
    #expect(
      contains(
        sink.text,
        "<rdf:Description rdf:about=\"\(subject)2\">\n    <rdf:type rdf:resource=\"\(Vocabulary.rdf)Statement\"/>\n    <rdf:type rdf:resource=\"\(Vocabulary.prov)Entity\"/>"
      ))
  }

  /// ontology/README.md shows the demonstration graph's RDF/XML "exactly as the writer emits
  /// it"; each excerpt between `<!-- … -->` lines must appear verbatim in the output.
  @Test func readmeExampleIsWhatTheWriterWrites() throws {
    let readme = try InputFile.text(
      try InputFile.bytes(atPath: RepositoryPaths.root + "/ontology/README.md"), file: "README.md")
    let section = try #require(readme.components(separatedBy: "### RDF/XML").dropFirst().first)
    let block = try #require(
      section.components(separatedBy: "```xml\n").dropFirst().first?.components(separatedBy: "```")
        .first)
    let excerpts = block.components(separatedBy: "  <!-- … -->\n")
    #expect(excerpts.count == 6)
    let output = try rdf(try DemonstrationGraph.make())
    #expect(output.hasPrefix(excerpts[0]))
    for excerpt in excerpts.dropFirst() {
      #expect(contains(output, excerpt), "README excerpt not in the output:\n\(excerpt)")
    }
  }
}
