import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The node and edge sections are written as bytes from the columns (`GraphMLSerializer+Rows`);
/// `GraphMLReferenceSerializer` writes them element by element through `XMLWriter`. On graphs
/// full of markup, forbidden characters, absent values and every value type, in both profiles,
/// on one core and on two (more rows than one `ParallelRows` chunk), the bytes must be equal.
@Suite struct GraphMLColumnWriterTests {
  let ontology: Ontology

  init() throws { ontology = try RepositoryPaths.ontology() }

  func expectSameBytes(
    _ graph: KnowledgeGraph, _ profile: ExportOptions.GraphMLProfile,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let fast = try GraphMLSerializer(ontology: ontology, profile: profile).serialize(graph)
    let reference = try GraphMLReferenceSerializer(ontology: ontology, profile: profile)
      .serialize(graph)
    #expect(fast.utf8.count == reference.utf8.count, sourceLocation: sourceLocation)
    if let offset = zip(fast.utf8, reference.utf8).enumerated().first(where: { $1.0 != $1.1 })?
      .offset
    {
      let context = { (text: String) in
        String(
          decoding: Array(text.utf8)[max(0, offset - 80)..<min(text.utf8.count, offset + 80)],
          as: UTF8.self)
      }
      Issue.record(
        """
        first difference at byte \(offset):
        \(context(fast))
        --- reference:
        \(context(reference))
        """,
        sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: ExportOptions.GraphMLProfile.allCases)
  func hostileGraphRawAndCleaned(profile: ExportOptions.GraphMLProfile) throws {
    let raw = try HostileGraph.make()
    try expectSameBytes(raw, profile)
    try expectSameBytes(try raw.cleanedForExport().0, profile)
  }

  @Test(arguments: ExportOptions.GraphMLProfile.allCases, [1, 2, 3, 4, 5, 6])
  func randomGraphs(profile: ExportOptions.GraphMLProfile, seed: UInt64) throws {
    var generator = RandomGraph(seed: seed)
    let graph = try generator.make(entities: 40, relations: 120)
    try expectSameBytes(graph, profile)
    try expectSameBytes(try graph.cleanedForExport().0, profile)
  }

  /// More rows than one chunk: both sections are cut into chunks written on two cores.
  @Test(arguments: ExportOptions.GraphMLProfile.allCases)
  func graphLargerThanAChunk(profile: ExportOptions.GraphMLProfile) throws {
    var generator = RandomGraph(seed: 99)
    let graph = try generator.make(
      entities: ParallelRows.chunkSize + 123, relations: 2 * ParallelRows.chunkSize + 7)
    try expectSameBytes(graph, profile)
  }

  @Test(arguments: ExportOptions.GraphMLProfile.allCases, [false, true])
  func smallShapes(profile: ExportOptions.GraphMLProfile, isDirected: Bool) throws {
    let entity = Entity(id: "a", type: "Person", label: "A")
    let graphs = [
      try KnowledgeGraph(name: "", entities: [], relations: [], isDirected: isDirected),
      try KnowledgeGraph(
        name: "g", entities: [], relations: [], attributes: ["x": .integer(1)],
        isDirected: isDirected),
      try KnowledgeGraph(name: "g", entities: [entity], relations: [], isDirected: isDirected),
      try KnowledgeGraph(
        name: "g", entities: [entity],
        relations: [Relation(id: "r", source: "a", target: "a", type: "")],
        isDirected: isDirected),
    ]
    for graph in graphs { try expectSameBytes(graph, profile) }
  }

  /// yEd labels are cut at 60 grapheme clusters; the ASCII path counts bytes, so its edges
  /// (exactly 60, 61, CR LF, which is one cluster) must agree with the `String` path.
  @Test(arguments: [
    String(repeating: "a", count: 59), String(repeating: "a", count: 60),
    String(repeating: "a", count: 61), String(repeating: "a", count: 58) + "\r\n" + "bc",
    String(repeating: "a", count: 70) + "\r\n", String(repeating: "é", count: 61),
    String(repeating: "&", count: 65), "",
  ])
  func yEdLabelCuts(label: String) throws {
    let graph = try KnowledgeGraph(
      name: "g", entities: [Entity(id: "a", type: "State", label: label)], relations: [])
    try expectSameBytes(graph, .yed)
  }

  @Test func aliasesAreTheJSONTextArray() throws {
    var generator = RandomGraph(seed: 7)
    for _ in 0..<300 {
      let strings = (0..<Int.random(in: 1...4, using: &generator.rng)).map { _ in
        generator.string()
      }
      var column = TextColumn()
      for string in strings { column.append(string) }
      var out: [UInt8] = []
      column.withBuffers { bytes, ends in
        JSONText.appendArray(items: bytes, ends: ends, range: 0..<strings.count, to: &out)
      }
      #expect(String(decoding: out, as: UTF8.self) == JSONText.array(strings))
    }
  }

  @Test(arguments: [
    Int64.min, Int64.min + 1, -1_000_000_007, -10, -9, -1, 0, 1, 9, 10, 99, 100, 1 << 40,
    Int64.max,
  ])
  func decimalsAreWhatStringGives(number: Int64) throws {
    let sink = ByteSink()
    LexicalBytes.withDecimal(number) { sink.write($0) }
    try sink.finish()
    #expect(sink.text == String(number))
  }
}

/// Graphs of seeded random content: strings from pieces that each stress an escape (markup,
/// CR, TAB, LF, CR LF, `]]>`, forbidden controls, U+FFFE/U+FFFF and their UTF-8 neighbours,
/// combining marks after `&`, emoji sequences, labels over yEd's 60-character cut), values of
/// every type with absent rows, a column that mixes types, and 0 to 3 provenance entries.
struct RandomGraph {
  var rng: SeededRandom

  init(seed: UInt64) { rng = SeededRandom(seed: seed) }

  static let pieces = [
    "a", "Zed", " ", "<", ">", "&", "\"", "'", "\t", "\n", "\r", "\r\n", "]]>", "\u{0}",
    "\u{1}", "\u{B}", "\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FFEF}",
    "\u{F000}", "\u{EFFF}", "é", "e\u{301}", "&\u{301}", "日本", "🙂", "👩‍👩‍👧", "\\", "@",
    String(repeating: "x", count: 70), String(repeating: "ü", count: 33),
  ]

  static let types = [
    "Person", "Organization", "State", "WeaponSystem", "Location", "Unknown", "Per&son",
  ]

  mutating func string() -> String {
    (0..<Int.random(in: 0...8, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }
      .joined()
  }

  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }

  mutating func double() -> Double {
    [.nan, .infinity, -.infinity, -0.0, 0, 5e-324, 1e300, 0.1, -2.5][
      Int.random(in: 0..<9, using: &rng)]
  }

  mutating func make(entities entityCount: Int, relations relationCount: Int) throws
    -> KnowledgeGraph
  {
    var entities: [Entity] = []
    for index in 0..<entityCount {
      var attributes: [String: AttributeValue] = [:]
      if chance(70) { attributes["score"] = .double(double()) }
      if chance(70) { attributes["count"] = .integer(Int64.random(in: .min ... .max, using: &rng)) }
      if chance(70) { attributes["flag"] = .boolean(chance(50)) }
      if chance(30) { attributes["born"] = .date(CalendarDate(year: 1990, month: 2, day: 28)!) }
      if chance(60) { attributes["note"] = .string(string()) }
      if chance(50) { attributes["mixed"] = chance(50) ? .integer(7) : .string(string()) }
      if chance(40) { attributes["date of birth"] = .string(string()) }
      entities.append(
        Entity(
          id: "n\(index)", type: chance(80) ? Self.types.randomElement(using: &rng)! : string(),
          label: string(), aliases: (0..<Int.random(in: 0...3, using: &rng)).map { _ in string() },
          wikidata: chance(40) ? "Q\(index)" : nil, attributes: attributes))
    }
    var relations: [Relation] = []
    for index in 0..<relationCount {
      var attributes: [String: AttributeValue] = [:]
      if chance(70) { attributes["confidence"] = .double(double()) }
      if chance(30) { attributes["quantity"] = .integer(Int64.random(in: -5...5, using: &rng)) }
      if chance(50) { attributes["verified"] = .boolean(chance(50)) }
      if chance(40) { attributes["remark"] = .string(string()) }
      let provenance = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
        Provenance(
          document: string(), sentence: Int.random(in: 0...50, using: &rng),
          start: Int.random(in: 0...9999, using: &rng), end: Int.random(in: 0...9999, using: &rng),
          evidence: string())
      }
      relations.append(
        Relation(
          id: "e\(index)", source: "n\(Int.random(in: 0..<entityCount, using: &rng))",
          target: "n\(Int.random(in: 0..<entityCount, using: &rng))",
          type: chance(80) ? ["meets", "partyTo"].randomElement(using: &rng)! : string(),
          attributes: attributes, provenance: provenance.sorted(by: Provenance.precedes)))
    }
    return try KnowledgeGraph(
      name: string(), entities: entities, relations: relations,
      attributes: ["source": .string(string()), "size": .integer(Int64(entityCount))])
  }
}

