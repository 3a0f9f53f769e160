/// Turns a graph another tool wrote into the model, losing nothing:
///
/// - Node and edge ids that are not NMTOKEN-safe (or that repeat) get a derived id
///   (`StableID.derived`) and keep the original in the `original_id` attribute. Edges without
///   an id get one derived from source, target and their rank among parallel edges.
/// - The columns NewsGraph derives are read back into the model when they hold what NewsGraph
///   would write (`label`, `type`, `aliases` as a JSON array, `wikidata` as `Q…`, `relation`,
///   provenance), so a NewsGraph export converts to itself. A Cytoscape `name` stands in for a
///   missing `label`, an `interaction` for a missing `relation`.
/// - A column with a reserved name that holds something else is kept under the name with
///   `_2` appended, and a note says so. Nodes without a type are `Entity`, edges without a
///   relation `relatedTo`, nodes without a label are labelled with their original id.
/// - Edges to undeclared nodes create those nodes, as NetworkX does.
public struct GraphImporter: Sendable {
  public init() {}

  public func importGraph(
    _ foreign: ForeignGraph, name: String, file: String
  ) throws -> (KnowledgeGraph, [Diagnostic]) {
    var notes: [Diagnostic] = []
    let location = InputLocation(file: file)
    func note(_ message: String) { notes.append(Diagnostic(.note, message, at: location)) }

    // Nodes: ids.
    var nodes = foreign.nodes
    var declared = Set<ScalarKey>()
    for node in nodes {
      guard let id = node.id else {
        throw NewsGraphError(.invalidGraph("a node has no id"), at: location)
      }
      guard declared.insert(ScalarKey(id)).inserted else {
        throw NewsGraphError(.invalidGraph("two nodes have the id '\(id)'"), at: location)
      }
    }
    for edge in foreign.edges {
      for end in [edge.source, edge.target] where declared.insert(ScalarKey(end)).inserted {
        nodes.append(ForeignGraph.Element(id: end))
        note("edge endpoint '\(end)' is not a declared node; it was added as one")
      }
    }
    var ids = IDAssigner()
    let nodeIDs = ids.assign(nodes.map { $0.id! })

    var entities: [Entity] = []
    entities.reserveCapacity(nodes.count)
    var mappedIDs: [ScalarKey: String] = [:]
    for (node, newID) in zip(nodes, nodeIDs) {
      let original = node.id!
      mappedIDs[ScalarKey(original)] = newID
      var columns = Columns(node.attributes)
      let label = columns.takeString("label") ?? columns.peekString("name") ?? original
      if columns.peekString("name")?.equalsByScalars(label) == true { _ = columns.take("name") }
      let type = columns.takeString("type") ?? "Entity"
      let aliases = columns.take("aliases", where: { Self.stringArray($0) != nil })
        .flatMap { Self.stringArray($0) } ?? []
      let wikidata = columns.takeString("wikidata", where: Self.isWikidataID)
      var attributes = columns.remaining(reserved: KnowledgeGraph.reservedNodeColumns, note: note)
      if !newID.equalsByScalars(original) && attributes["original_id"] == nil {
        attributes["original_id"] = .string(original)
      }
      entities.append(
        Entity(id: newID, type: type, label: label, aliases: aliases, wikidata: wikidata,
          attributes: attributes))
    }

    // Edges: ids derived from endpoints and rank among parallel edges when missing.
    var rank: [ScalarKey: Int] = [:]
    let edgeOriginals: [String] = foreign.edges.map { edge in
      if let id = edge.id { return id }
      let pair = edge.source + "\u{1F}" + edge.target
      let count = rank[ScalarKey(pair), default: 0]
      rank[ScalarKey(pair)] = count + 1
      return "\(pair)\u{1F}\(count)"
    }
    let edgeIDs = ids.assign(edgeOriginals)
    var relations: [Relation] = []
    relations.reserveCapacity(foreign.edges.count)
    for ((edge, original), newID) in zip(zip(foreign.edges, edgeOriginals), edgeIDs) {
      var columns = Columns(edge.attributes)
      let type = columns.takeString("relation") ?? columns.peekString("interaction") ?? "relatedTo"
      if columns.peekString("interaction")?.equalsByScalars(type) == true { _ = columns.take("interaction") }
      let provenance = columns.takeProvenance()
      var attributes = columns.remaining(reserved: KnowledgeGraph.reservedEdgeColumns, note: note)
      if let id = edge.id, !newID.equalsByScalars(original), attributes["original_id"] == nil {
        attributes["original_id"] = .string(id)
      }
      relations.append(
        Relation(
          id: newID, source: mappedIDs[ScalarKey(edge.source)]!,
          target: mappedIDs[ScalarKey(edge.target)]!, type: type, attributes: attributes,
          provenance: provenance))
    }

    var graphColumns = Columns(foreign.attributes)
    let graphName = graphColumns.takeString("name") ?? name
    let graphAttributes = graphColumns.remaining(
      reserved: KnowledgeGraph.reservedGraphColumns, note: note)
    do {
      let graph = try KnowledgeGraph(
        name: graphName, entities: entities, relations: relations, attributes: graphAttributes,
        isDirected: foreign.isDirected)
      return (graph, notes)
    } catch let error as NewsGraphError {
      throw error.located(inFile: file)
    }
  }

  static func isWikidataID(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2, bytes[0] == UInt8(ascii: "Q"), bytes[1] != UInt8(ascii: "0") else {
      return false
    }
    return bytes.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  static func stringArray(_ value: AttributeValue) -> [String]? {
    guard case .string(let text) = value, text.hasPrefix("["),
      let parsed = try? JSONParser.parse(Array(text.utf8)), parsed.replacedSurrogates == 0,
      case .array(let elements) = parsed.value
    else { return nil }
    var strings: [String] = []
    for element in elements {
      guard case .string(let string) = element else { return nil }
      strings.append(string)
    }
    guard JSONText.array(strings).equalsByScalars(text) else { return nil }
    return strings
  }
}

/// Hands out safe, unique ids: safe originals keep their id (first come, first served), the
/// rest get derived ids, so no derived id can take a name a safe original had.
private struct IDAssigner {
  var taken = Set<ScalarKey>()

  mutating func assign(_ originals: [String]) -> [String] {
    var result = [String?](repeating: nil, count: originals.count)
    for (index, original) in originals.enumerated()
    where StableID.isSafe(original) && taken.insert(ScalarKey(original)).inserted {
      result[index] = original
    }
    for (index, original) in originals.enumerated() where result[index] == nil {
      var candidate = StableID.derived(from: original)
      var counter = 2
      while !taken.insert(ScalarKey(candidate)).inserted {
        candidate = StableID.derived(from: original) + "-\(counter)"
        counter += 1
      }
      result[index] = candidate
    }
    return result.map { $0! }
  }
}

/// The attribute pairs of one element while reserved columns are taken out of them.
private struct Columns {
  var pairs: [(name: String, value: AttributeValue)]

  init(_ pairs: [(name: String, value: AttributeValue)]) { self.pairs = pairs }

  private func index(_ name: String) -> Int? {
    pairs.firstIndex { $0.name.equalsByScalars(name) }
  }

  func peekString(_ name: String) -> String? {
    index(name).flatMap { pairs[$0].value.stringValue }
  }

  mutating func take(_ name: String, where accept: (AttributeValue) -> Bool = { _ in true })
    -> AttributeValue?
  {
    guard let position = index(name), accept(pairs[position].value) else { return nil }
    return pairs.remove(at: position).value
  }

  mutating func takeString(_ name: String, where accept: (String) -> Bool = { _ in true })
    -> String?
  {
    take(name, where: { $0.stringValue.map(accept) ?? false })?.stringValue
  }

  /// Provenance from a `provenance` JSON array, or from the first-entry columns; the columns
  /// are only taken when they agree with what NewsGraph would write for that provenance.
  mutating func takeProvenance() -> [Provenance] {
    var entries: [Provenance] = []
    if let text = peekString("provenance"), let parsed = Self.provenanceArray(text) {
      entries = parsed
    } else if let document = peekString("document"), let evidence = peekString("evidence"),
      let start = index("start").flatMap({ pairs[$0].value.integerValue }),
      let end = index("end").flatMap({ pairs[$0].value.integerValue })
    {
      let sentence = index("sentence").flatMap { pairs[$0].value.integerValue } ?? 0
      entries = [
        Provenance(
          document: document, sentence: Int(sentence), start: Int(start), end: Int(end),
          evidence: evidence)
      ]
    }
    guard let first = entries.sorted(by: Provenance.precedes).first else { return [] }
    let expected: [(String, AttributeValue)] = [
      ("document", .string(first.document)), ("sentence", .integer(Int64(first.sentence))),
      ("start", .integer(Int64(first.start))), ("end", .integer(Int64(first.end))),
      ("evidence", .string(first.evidence)), ("support", .integer(Int64(entries.count))),
    ]
    for (name, value) in expected {
      if let position = index(name) {
        guard pairs[position].value == value else { return [] }
      } else if name != "sentence" && name != "support" {
        return []
      }
    }
    for (name, _) in expected { _ = take(name) }
    _ = take("provenance")
    return entries
  }

  static func provenanceArray(_ text: String) -> [Provenance]? {
    guard text.hasPrefix("["), let parsed = try? JSONParser.parse(Array(text.utf8)),
      case .array(let elements) = parsed.value, !elements.isEmpty
    else { return nil }
    var entries: [Provenance] = []
    for element in elements {
      guard case .string(let document)? = element["document"],
        case .integer(let sentence)? = element["sentence"],
        case .integer(let start)? = element["start"], case .integer(let end)? = element["end"],
        case .string(let evidence)? = element["evidence"]
      else { return nil }
      entries.append(
        Provenance(
          document: document, sentence: Int(sentence), start: Int(start), end: Int(end),
          evidence: evidence))
    }
    guard JSONText.provenanceArray(entries.sorted(by: Provenance.precedes)).equalsByScalars(text)
    else { return nil }
    return entries
  }

  /// What is left, as the model's attributes; reserved names still here get `_2` (or the next
  /// free suffix).
  func remaining(reserved: [String], note: (String) -> Void) -> [String: AttributeValue] {
    var result: [String: AttributeValue] = [:]
    for (name, value) in pairs {
      var newName = name
      if reserved.contains(name) {
        var counter = 2
        while pairs.contains(where: { $0.name == "\(name)_\(counter)" }) { counter += 1 }
        newName = "\(name)_\(counter)"
        note("column '\(name)' holds values NewsGraph does not derive; kept as '\(newName)'")
      }
      result[newName] = value
    }
    return result
  }
}
