import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The column writer against the reference: `RDFTripleBuilder`'s descriptions rendered by
/// `RDFXMLSerializer.render` with `XMLWriter` must give the same bytes, whatever the graph.
@Suite struct RDFXMLColumnWriterTests {
  let ontology: Ontology
  let resource = "https://w3id.org/newsgraph/id/"
  let entry = Provenance(document: "d", sentence: 1, start: 2, end: 3, evidence: "e")

  init() throws { ontology = try RepositoryPaths.ontology() }

  func reference(_ graph: KnowledgeGraph, _ ontology: Ontology) throws -> [UInt8] {
    let sink = ByteSink()
    try RDFXMLSerializer.render(
      RDFTripleBuilder(graph: graph, ontology: ontology).descriptions,
      prefixes: RDFPrefixTable(ontology: ontology), to: sink)
    try sink.finish()
    return sink.bytes
  }

  func columns(_ graph: KnowledgeGraph, _ ontology: Ontology) throws -> [UInt8] {
    let sink = ByteSink()
    try RDFXMLSerializer(ontology: ontology).write(graph, to: sink)
    try sink.finish()
    return sink.bytes
  }

  func expectSameBytes(_ graph: KnowledgeGraph, ontology: Ontology? = nil) throws {
    let ontology = ontology ?? self.ontology
    let expected = try reference(graph, ontology)
    let actual = try columns(graph, ontology)
    let firstDifference =
      zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? (expected.count == actual.count ? nil : min(expected.count, actual.count))
    let same = actual == expected
    #expect(same, "first difference at byte \(firstDifference ?? -1)")
    if let firstDifference, !same {
      let from = max(0, firstDifference - 200)
      print(
        String(decoding: expected[from..<min(expected.count, firstDifference + 200)], as: UTF8.self)
      )
      print("---- column writer:")
      print(
        String(decoding: actual[from..<min(actual.count, firstDifference + 200)], as: UTF8.self))
    }
  }

  @Test(arguments: ["hostile", "demo"])
  func writesWhatTheReferenceRenders(graphName: String) throws {
    let graph = graphName == "hostile" ? try HostileGraph.make() : try DemonstrationGraph.make()
    try expectSameBytes(graph)
  }

  /// `a-0-0` sorts between `a-0` and `a-1`, and `a-10` before `a-2`: the stored order of the
  /// entries is not their IRI order, so the writer must sort them.
  @Test func evidenceOfDashedIDsAndTenEntriesComesInIRIOrder() throws {
    let graph = try KnowledgeGraph(
      name: "g", entities: [Entity(id: "x", type: "Person", label: "X")],
      relations: [
        Relation(
          id: "a", source: "x", target: "x", type: "meets",
          provenance: (0..<12).map {
            Provenance(document: "d\($0)", sentence: $0, start: $0, end: $0 + 1, evidence: "e")
          }),
        Relation(id: "a-0", source: "x", target: "x", type: "meets", provenance: [entry]),
        Relation(id: "a-1", source: "x", target: "x", type: "meets", provenance: [entry]),
      ])
    try expectSameBytes(graph)
    let text = String(decoding: try columns(graph, ontology), as: UTF8.self)
    let order = [
      "evidence/a-0\"", "evidence/a-0-0\"", "evidence/a-1\"", "evidence/a-10\"", "evidence/a-2\"",
    ]
    let positions = order.map { text.range(of: $0)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
  }

  /// Parallel relations give the plain triple once; unknown classes and relation types, Wikidata
  /// ids, entity-valued attributes, every literal type and graph attributes all match.
  @Test func everyKindOfTripleMatches() throws {
    let date = CalendarDate(year: 7, month: 3, day: 9)!
    let graph = try KnowledgeGraph(
      name: "Graph & <name>",
      entities: [
        Entity(
          id: "a", type: "Person", label: "A", aliases: ["z", "b", "b\u{301}", "B"],
          wikidata: "Q1 <x>%",
          attributes: [
            "born": .date(date), "height": .integer(-12), "ratio": .double(-0.0),
            "alive": .boolean(true), "weapon": .string("b"), "note": .string("l1\r\nl2\t"),
          ]),
        Entity(
          id: "b", type: "NoSuchClass", label: "", wikidata: "Q2",
          attributes: ["weapon": .string("not an entity"), "ratio": .double(.infinity)]),
        Entity(id: "c", type: "Organization", label: "C\u{1}\u{FFFE}"),
      ],
      relations: [
        Relation(id: "r1", source: "a", target: "b", type: "meets", provenance: [entry, entry]),
        Relation(id: "r2", source: "a", target: "b", type: "meets"),
        Relation(
          id: "r3", source: "a", target: "c", type: "no such relation",
          attributes: ["confidence": .double(0.25), "when": .date(date)]),
        Relation(id: "r0", source: "c", target: "a", type: "attributed_to"),
      ],
      attributes: [
        "version": .integer(3), "score": .double(.nan), "draft": .boolean(false),
        "weapon": .string("a"), "created": .date(date), "title": .string("t"),
      ])
    try expectSameBytes(graph)
  }

  /// When the attribute namespace is the resource namespace, an attribute declaration and an
  /// entity share a subject: one `rdf:Description` with both `rdf:type`s.
  @Test func subjectsSharedByTwoStreamsAreOneDescription() throws {
    let shared = try sharedNamespaceOntology()
    #expect(shared.attributeNamespace == resource)
    let graph = try KnowledgeGraph(
      name: "g",
      entities: [
        Entity(id: "height", type: "Person", label: "H", attributes: ["height": .integer(1)]),
        Entity(id: "x", type: "Person", label: "X"),
      ],
      relations: [])
    try expectSameBytes(graph, ontology: shared)
    let output = String(decoding: try columns(graph, shared), as: UTF8.self)
    #expect(output.contains("<rdf:Description rdf:about=\"\(resource)height\">"))
    #expect(output.components(separatedBy: "rdf:about=\"\(resource)height\"").count == 2)
  }

  /// A description whose subject two streams share, cut by a `ParallelRows` chunk boundary:
  /// its first item ends one chunk, its second opens the next, and it is written once, whole.
  @Test func sharedSubjectAcrossAChunkBoundaryIsWrittenOnce() throws {
    let shared = try sharedNamespaceOntology()
    // Entities `a08181`… are also attribute names: each gives a declaration item and then the
    // entity's item, so entity 8186's second item is item 8192, the first of chunk two.
    func id(_ index: Int) -> String {
      let digits = String(index)
      return "a" + String(repeating: "0", count: 5 - digits.count) + digits
    }
    let tied = (8181..<8201).map(id)
    var attributes: [String: AttributeValue] = [:]
    for name in tied { attributes[name] = .integer(1) }
    let entities = (0..<(ParallelRows.chunkSize + 100)).map { index in
      Entity(
        id: id(index), type: "Person", label: "L\(index)",
        attributes: index == 0 ? attributes : [:])
    }
    let graph = try KnowledgeGraph(name: "g", entities: entities, relations: [])
    let order = RDFXMLColumnWriter(graph: graph, ontology: shared).itemsForTesting
    #expect(RDFSubjectOrder.continues(order[ParallelRows.chunkSize]))
    #expect(!RDFSubjectOrder.continues(order[ParallelRows.chunkSize - 1]))
    try expectSameBytes(graph, ontology: shared)
  }

  func sharedNamespaceOntology() throws -> Ontology {
    var text = try InputFile.text(
      try InputFile.bytes(atPath: RepositoryPaths.ontologyFile), file: "o")
    text = text.replacingOccurrences(
      of: "<ng:attributeNamespace>https://w3id.org/newsgraph/attribute/</ng:attributeNamespace>",
      with: "<ng:attributeNamespace>\(resource)</ng:attributeNamespace>")
    return try OntologyLoader().load(bytes: Array(text.utf8), file: "shared.owl")
  }

  /// More descriptions than one chunk of `ParallelRows`: the chunks are written on several
  /// cores and must join into the sequential bytes.
  @Test func largeGraphWrittenInChunksMatches() throws {
    let types = ["Person", "Organization", "State", "Mystery"]
    let relationTypes = ["meets", "supplies", "attributed_to", "unknown"]
    let entities = (0..<1500).map { index in
      Entity(
        id: "n\(index)", type: types[index % types.count], label: "Name \(index) & <co>",
        aliases: index % 3 == 0 ? ["alias \(index)"] : [],
        wikidata: index % 5 == 0 ? "Q\(index)" : nil,
        attributes: index % 2 == 0
          ? ["score": .double(Double(index) / 7)] : ["n": .integer(Int64(index))])
    }
    let relations = (0..<4000).map { index in
      Relation(
        id: "r\(index)", source: "n\((index * 7) % 1500)", target: "n\((index * 13) % 1500)",
        type: relationTypes[index % relationTypes.count],
        attributes: index % 4 == 0 ? ["verified": .boolean(index % 8 == 0)] : [:],
        provenance: [
          Provenance(
            document: "doc\(index).txt", sentence: index % 50, start: index, end: index + 9,
            evidence: "Sentence \(index) \"quoted\" \r\n")
        ])
    }
    let graph = try KnowledgeGraph(name: "big", entities: entities, relations: relations)
    #expect(graph.entityTable.count + 2 * graph.relationTable.count > ParallelRows.chunkSize)
    try expectSameBytes(graph)
  }

  /// Escaping on bytes gives what `XMLWriter` gives after `XMLText.cleaned`.
  @Test(arguments: [
    HostileGraph.markup, HostileGraph.lines, HostileGraph.forbidden, HostileGraph.scripts,
    HostileGraph.punctuation, HostileGraph.cafeNFD, "&\u{301}\"\u{301}<\u{301}", "",
    "\u{FFFF}", "x\u{FFFE}", "\u{EF}\u{BF}", "\u{FFFD}\u{FEFF}", "\t\n\r\u{1F}\u{7F}",
  ])
  func escapingMatchesXMLWriter(text: String) throws {
    let expected = ByteSink()
    let writer = try XMLWriter(sink: expected)
    try writer.startElement("a")
    try writer.attribute("b", text)
    try writer.text(text)
    try writer.endElement()
    try expected.finish()

    let actual = ByteSink()
    actual.write("<a b=\"")
    var copy = text
    copy.withUTF8 { RDFXMLBytes.writeAttribute($0, to: actual) }
    actual.write("\">")
    copy.withUTF8 { RDFXMLBytes.writeText($0, to: actual) }
    actual.write("</a>\n")
    try actual.finish()
    #expect(actual.text == expected.text)
  }

  /// Every special character at every offset around the 8-byte words the fast path reads.
  @Test func escapingMatchesXMLWriterAtEveryOffset() throws {
    let specials = [
      "<", ">", "&", "\"", "\r", "\n", "\t", "\u{1}", "\u{1F}", "\u{FFFE}", "\u{FFFF}",
      "\u{FFFD}", "\u{FEFF}", "é", "'", "=", "?", "\u{7F}",
    ]
    for special in specials {
      for offset in 0..<18 {
        for tail in [0, 1, 2, 9] {
          let text =
            String(repeating: "a", count: offset) + special + String(repeating: "b", count: tail)
          try escapingMatchesXMLWriter(text: text)
        }
      }
    }
  }

  @Test func datesAndSegmentsMatchTheirStringForms() {
    for date in [
      CalendarDate(year: 1, month: 1, day: 1)!, CalendarDate(year: 999, month: 12, day: 31)!,
      CalendarDate(year: 2024, month: 2, day: 29)!, CalendarDate(year: 9999, month: 10, day: 5)!,
    ] {
      var bytes: [UInt8] = []
      RDFXMLBytes.appendDate(date, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == date.description)
    }
    for text in ["Q42", "Q1 <x>|{y}^`\\%\"é#/", "a:b@c!$&'()*+,;=-._~", ""] {
      var bytes: [UInt8] = []
      var copy = text
      copy.withUTF8 { RDFXMLBytes.appendSegment($0, to: &bytes) }
      #expect(String(decoding: bytes, as: UTF8.self) == IRIText.segment(text))
    }
  }

  /// The merge of the five subject streams: code point order, ties marked as one description.
  @Test func subjectOrderMergesStreamsAndMarksTies() {
    let streams: [RDFSubjectOrder.Stream: [String]] = [
      .declarations: ["b", "m"], .graph: ["g"], .entities: ["a", "b", "c", "x", "y"],
      .statements: ["d", "e", "z"], .evidence: ["c", "f"],
    ]
    let order = RDFSubjectOrder(counts: streams.mapValues(\.count)) { stream, index, out in
      out.append(contentsOf: streams[stream]![index].utf8)
    }
    let merged = order.items.map { item in
      (
        streams[RDFSubjectOrder.stream(of: item)]![RDFSubjectOrder.index(of: item)],
        RDFSubjectOrder.continues(item)
      )
    }
    #expect(merged.map(\.0) == ["a", "b", "b", "c", "c", "d", "e", "f", "g", "m", "x", "y", "z"])
    #expect(
      merged.map(\.1) == [false, false, true, false, true] + Array(repeating: false, count: 8))
  }

  /// Long runs and interleaved streams (the galloping search) give what sorting all subjects
  /// gives, ties marked.
  @Test(arguments: [1, 2, 3, 4, 5])
  func subjectOrderEqualsASortOfAllSubjects(seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
    func random(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var streams: [RDFSubjectOrder.Stream: [String]] = [:]
    for stream in RDFSubjectOrder.Stream.allCases {
      let alphabet = random(3) == 0 ? "ab" : "abcdefgh"
      let words = (0..<random(300)).map { _ in
        String((0..<(1 + random(4))).map { _ in Array(alphabet)[random(alphabet.count)] })
      }
      streams[stream] = Array(Set(words)).sorted { $0.precedesByScalars($1) }
    }
    let order = RDFSubjectOrder(counts: streams.mapValues(\.count)) { stream, index, out in
      out.append(contentsOf: streams[stream]![index].utf8)
    }
    let merged = order.items.map { item in
      (
        streams[RDFSubjectOrder.stream(of: item)]![RDFSubjectOrder.index(of: item)],
        RDFSubjectOrder.continues(item)
      )
    }
    let expected = RDFSubjectOrder.Stream.allCases.flatMap { stream in
      streams[stream]!.map { ($0, stream.rawValue) }
    }.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0.precedesByScalars($1.0) }
    #expect(merged.map(\.0) == expected.map(\.0))
    let ties = expected.indices.map { $0 > 0 && expected[$0 - 1].0 == expected[$0].0 }
    #expect(merged.map(\.1) == ties)
  }
}
