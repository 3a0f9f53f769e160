/// Turns a graph another tool wrote into the model, losing nothing:
///
/// - Node ids that are not NMTOKEN-safe get a derived id (`StableID.derived`) and keep the
///   original in the `original_id` attribute; two nodes with one id are an error. Nodes and
///   edges have separate id spaces, as in the model and in GraphML.
/// - An edge keeps its id (node-link `key`) when it is safe and no other edge has it. An id
///   that repeats (NetworkX numbers keys per node pair, so most edges have key `0`) or is
///   unsafe gives an id derived from source, target and the id, and the original goes to
///   `original_id`. An edge without an id gets one derived from source, target and its
///   attributes, so adding other edges never changes it; identical parallel edges are told
///   apart by `-2`, `-3`, … in file order.
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
    var nodeIDAssigner = IDAssigner()
    let nodeIDs = nodeIDAssigner.assign(nodes.map { $0.id! })

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
      if !newID.equalsByScalars(original) {
        Self.recordOriginal(original, in: &attributes, of: "node '\(original)'", note: note)
      }
      entities.append(
        Entity(id: newID, type: type, label: label, aliases: aliases, wikidata: wikidata,
          attributes: attributes))
    }

    let edgeIDs = Self.edgeIDs(foreign.edges)
    var relations: [Relation] = []
    relations.reserveCapacity(foreign.edges.count)
    for (edge, newID) in zip(foreign.edges, edgeIDs) {
      var columns = Columns(edge.attributes)
      let type = columns.takeString("relation") ?? columns.peekString("interaction") ?? "relatedTo"
      if columns.peekString("interaction")?.equalsByScalars(type) == true { _ = columns.take("interaction") }
      let provenance = columns.takeProvenance()
      var attributes = columns.remaining(reserved: KnowledgeGraph.reservedEdgeColumns, note: note)
      if let id = edge.id, !newID.equalsByScalars(id) {
        Self.recordOriginal(id, in: &attributes, of: "edge '\(id)'", note: note)
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

  /// Keeps an original id in `original_id`; if the element already has an `original_id` that
  /// says something else, under the first free `original_id_N`.
  static func recordOriginal(
    _ original: String, in attributes: inout [String: AttributeValue], of element: String,
    note: (String) -> Void
  ) {
    let value = AttributeValue.string(original)
    guard let existing = attributes["original_id"] else {
      attributes["original_id"] = value
      return
    }
    guard existing != value else { return }
    var counter = 2
    while attributes["original_id_\(counter)"] != nil { counter += 1 }
    attributes["original_id_\(counter)"] = value
    note("\(element) already has an 'original_id'; its id is kept in 'original_id_\(counter)'")
  }

  /// One id per edge (see the type's documentation): safe ids no other edge has are kept; the
  /// others are derived from content, deterministically and independently of other edges.
  static func edgeIDs(_ edges: [ForeignGraph.Link]) -> [String] {
    var counts: [ScalarKey: Int] = [:]
    for edge in edges {
      if let id = edge.id { counts[ScalarKey(id), default: 0] += 1 }
    }
    var result = [String?](repeating: nil, count: edges.count)
    var taken = Set<ScalarKey>()
    for (index, edge) in edges.enumerated() {
      guard let id = edge.id, StableID.isSafe(id), counts[ScalarKey(id)] == 1 else { continue }
      result[index] = id
      taken.insert(ScalarKey(id))
    }
    for (index, edge) in edges.enumerated() where result[index] == nil {
      let separator = "\u{1F}"
      var content = edge.source + separator + edge.target + separator
      if let id = edge.id {
        content += "key" + separator + id
      } else {
        content += "attributes"
        let sorted = edge.attributes.sorted { $0.name.precedesByScalars($1.name) }
        for (name, value) in sorted {
          content += separator + name + "=" + value.type.rawValue + ":" + value.lexicalForm
        }
      }
      let base = StableID.derived(from: content)
      var candidate = base
      var counter = 2
      while !taken.insert(ScalarKey(candidate)).inserted {
        candidate = "\(base)-\(counter)"
        counter += 1
      }
      result[index] = candidate
    }
    return result.map { $0! }
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
    // Comparing lengths first skips most of the byte comparisons on wide rows.
    let length = name.utf8.count
    return pairs.firstIndex { $0.name.utf8.count == length && $0.name.equalsByScalars(name) }
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
    // One scan finds the seven columns; a 1M-edge file calls this a million times, and a lookup
    // per column plus a `remove(at:)` each was 12 % of a whole conversion.
    var positions = [Int?](repeating: nil, count: Self.provenanceColumns.count)
    for (position, pair) in pairs.enumerated() {
      let length = pair.name.utf8.count
      guard length <= 10 else { continue }
      for (column, name) in Self.provenanceColumns.enumerated()
      where positions[column] == nil && name.utf8.count == length
        && name.equalsByScalars(pair.name)
      {
        positions[column] = position
      }
    }
    func value(_ column: Column) -> AttributeValue? {
      positions[column.rawValue].map { pairs[$0].value }
    }
    var entries: [Provenance] = []
    if let text = value(.provenance)?.stringValue, let parsed = Self.provenanceArray(text) {
      entries = parsed
    } else if let document = value(.document)?.stringValue,
      let evidence = value(.evidence)?.stringValue,
      let start = value(.start)?.integerValue, let end = value(.end)?.integerValue
    {
      let sentence = value(.sentence)?.integerValue ?? 0
      entries = [
        Provenance(
          document: document, sentence: Int(sentence), start: Int(start), end: Int(end),
          evidence: evidence)
      ]
    }
    guard
      let first = entries.count == 1
        ? entries[0] : entries.sorted(by: Provenance.precedes).first
    else { return [] }
    let expected: [(Column, AttributeValue)] = [
      (.document, .string(first.document)), (.sentence, .integer(Int64(first.sentence))),
      (.start, .integer(Int64(first.start))), (.end, .integer(Int64(first.end))),
      (.evidence, .string(first.evidence)), (.support, .integer(Int64(entries.count))),
    ]
    for (column, expectedValue) in expected {
      if let present = value(column) {
        guard present == expectedValue else { return [] }
      } else if column != .sentence && column != .support {
        return []
      }
    }
    let taken = positions.compactMap { $0 }
    if !taken.isEmpty {
      var kept: [(name: String, value: AttributeValue)] = []
      kept.reserveCapacity(pairs.count - taken.count)
      for (position, pair) in pairs.enumerated() where !taken.contains(position) {
        kept.append(pair)
      }
      pairs = kept
    }
    return entries
  }

  /// The columns `takeProvenance` reads, by `Column` raw value.
  private static let provenanceColumns = [
    "document", "sentence", "start", "end", "evidence", "support", "provenance",
  ]

  private enum Column: Int {
    case document, sentence, start, end, evidence, support, provenance
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
  /// free suffix). So does the second of two names that differ only by normalization (NFC and
  /// NFD `Café`): the model keys attributes by `String`, which compares canonically, and would
  /// otherwise keep one value of the two.
  func remaining(reserved: [String], note: (String) -> Void) -> [String: AttributeValue] {
    var result: [String: AttributeValue] = [:]
    func freeName(_ base: String) -> String {
      var counter = 2
      while pairs.contains(where: { $0.name == "\(base)_\(counter)" })
        || result["\(base)_\(counter)"] != nil
      {
        counter += 1
      }
      return "\(base)_\(counter)"
    }
    for (name, value) in pairs {
      var newName = name
      if reserved.contains(where: { $0.equalsByScalars(name) }) {
        newName = freeName(name)
        note("column '\(name)' holds values NewsGraph does not derive; kept as '\(newName)'")
      } else if result[name] != nil {
        newName = freeName(name)
        note(
          "columns named '\(name)' differ only by Unicode normalization; the second is kept as "
            + "'\(newName)'")
      }
      result[newName] = value
    }
    return result
  }
}
