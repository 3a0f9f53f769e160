/// Reads NetworkX node-link JSON (`json.dumps(nx.node_link_data(G))`, any NetworkX version) and
/// NewsGraph's own JSON export into a `ForeignGraph`, keeping every value:
///
/// - The edge list is `edges` (NetworkX ≥ 3.4) or `links` (older versions, d3); a file with
///   `nodes` and neither has no edges. `directed` defaults to false, as in `node_link_graph`;
///   `multigraph` is ignored (NewsGraph graphs are always multigraphs). `graph` is an object,
///   or a list of `[name, value]` pairs as old NetworkX versions wrote it.
/// - Ids (`id`, `source`, `target`, `key`) may be strings, integers (their decimal text),
///   doubles and booleans (their lexical form: `1.5`, `true`), or lists, which NetworkX writes
///   for tuple ids (their compact JSON text, `[0,1]`). A node needs an id; an edge needs a
///   source and a target; an edge without a key gets one from `GraphImporter`.
/// - Values: strings, integers, doubles (`NaN`, `Infinity` included) and booleans keep their
///   type. An integer beyond 64 bits becomes its decimal text (a warning says so); `null` is
///   dropped (a note says so: GraphML and the model have no null); lists and objects become
///   their compact JSON text, the documented rule for lists everywhere in NewsGraph. Strings that
///   look like dates stay strings, unless the file's `date_attributes` member (written by
///   `NodeLinkJSONSerializer`) declares the column a date column.
/// - A member repeated in one object keeps its last value, as Python's `json` does, and warns.
///   Lone surrogate escapes (`"\uD800"`) become U+FFFD, with one warning giving the count.
/// - Empty, binary (NUL bytes) and non-UTF-8 input, truncated or malformed JSON, trailing
///   content and wrong shapes are errors naming the file (and, for syntax, line and column).
public struct NodeLinkJSONReader: Sendable {
  public init() {}

  public func read(bytes: [UInt8], file: String) throws -> ForeignGraph {
    try InputFile.checkText(bytes, file: file)
    let parsed: (value: JSONValue, replacedSurrogates: Int)
    do {
      parsed = try JSONParser.parse(bytes, file: file)
    } catch let error as NewsGraphError {
      throw error.located(inFile: file)
    }
    var reading = Reading(file: file)
    let graph = try reading.graph(from: parsed.value)
    if parsed.replacedSurrogates > 0 {
      reading.warn(
        "\(parsed.replacedSurrogates) lone surrogate escape(s) (\\uD800–\\uDFFF without their "
          + "other half) were replaced by U+FFFD")
    }
    var result = graph
    result.diagnostics = reading.diagnostics()
    return result
  }

  /// Compact JSON text of a value, for lists and objects stored as strings and for list ids:
  /// no spaces, members in document order, strings escaped as `JSONText` does.
  public static func compactText(_ value: JSONValue) -> String {
    var out = ""
    appendCompact(value, to: &out)
    return out
  }

  private static func appendCompact(_ value: JSONValue, to out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .integer(let number): out += String(number)
    case .bigInteger(let digits): out += digits
    case .double(let number): out += NodeLinkJSONSerializer.doubleText(number)
    case .string(let text): JSONText.appendQuoted(text, to: &out)
    case .array(let elements):
      out += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { out += "," }
        appendCompact(element, to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { out += "," }
        JSONText.appendQuoted(member.key, to: &out)
        out += ":"
        appendCompact(member.value, to: &out)
      }
      out += "}"
    }
  }
}

/// The state of one read: the file name and the diagnostics gathered per column, so that a
/// million `null`s make one note rather than a million.
private struct Reading {
  let file: String
  private var plain: [Diagnostic] = []
  private var reports: [Report] = []
  private var reportIndex: [ReportKey: Int] = [:]
  private var dateColumns: [AttributeDomain: Set<ScalarKey>] = [:]

  private enum Issue: Int, Hashable {
    case bigInteger, null, notADate, duplicate
  }

  private struct ReportKey: Hashable {
    let issue: Issue
    let domain: AttributeDomain
    let column: ScalarKey
  }

  private struct Report {
    let key: ReportKey
    var count: Int
    let firstElement: String
  }

  init(file: String) { self.file = file }

  var location: InputLocation { InputLocation(file: file) }

  mutating func warn(_ message: String) {
    plain.append(Diagnostic(.warning, message, at: location))
  }

  func shapeError(_ message: String) -> NewsGraphError {
    NewsGraphError(.malformedJSON(message), at: location)
  }

  func diagnostics() -> [Diagnostic] {
    plain
      + reports.map { report in
        let column = report.key.column.text
        let subject =
          report.key.domain == .graph
          ? "graph attribute '\(column)'" : "attribute '\(column)' of \(report.firstElement)"
        let more = report.count == 1 ? "" : " (and \(report.count - 1) more)"
        switch report.key.issue {
        case .bigInteger:
          return Diagnostic(
            .warning,
            "\(subject)\(more) is an integer beyond 64 bits; it is kept as a string of its digits",
            at: location)
        case .null:
          return Diagnostic(
            .note, "\(subject)\(more) is null; it was dropped (the model has no null)",
            at: location)
        case .notADate:
          return Diagnostic(
            .warning,
            "\(subject)\(more) is not a YYYY-MM-DD date, though \"date_attributes\" declares "
              + "the column; it stays a string", at: location)
        case .duplicate:
          return Diagnostic(
            .warning,
            "\(report.firstElement)\(more) has the member '\(column)' more than once; the last "
              + "value is kept, as Python's json does", at: location)
        }
      }
  }

  private mutating func report(
    _ issue: Issue, _ domain: AttributeDomain, _ column: String,
    _ element: @autoclosure () -> String
  ) {
    let key = ReportKey(issue: issue, domain: domain, column: ScalarKey(column))
    if let index = reportIndex[key] {
      reports[index].count += 1
    } else {
      reportIndex[key] = reports.count
      reports.append(Report(key: key, count: 1, firstElement: element()))
    }
  }

  mutating func graph(from root: JSONValue) throws -> ForeignGraph {
    guard case .object(let rootMembers) = root else {
      throw shapeError(
        "not a node-link graph: needs a \"nodes\" array (the top level is not an object)")
    }
    let top = deduplicated(rootMembers, domain: .graph, element: "the top-level object")
    func member(_ name: String) -> JSONValue? {
      top.first { $0.key.equalsByScalars(name) }?.value
    }

    guard let nodesValue = member("nodes") else {
      throw shapeError("not a node-link graph: needs a \"nodes\" array")
    }
    guard case .array(let nodeValues) = nodesValue else {
      throw shapeError("\"nodes\" must be an array")
    }
    var edgeValues: [JSONValue] = []
    let edgesValue = member("edges")
    if edgesValue != nil && member("links") != nil {
      warn("the file has both \"edges\" and \"links\"; \"edges\" is read, \"links\" ignored")
    }
    if let list = edgesValue ?? member("links") {
      guard case .array(let values) = list else {
        throw shapeError("\"\(edgesValue != nil ? "edges" : "links")\" must be an array")
      }
      edgeValues = values
    }

    var isDirected = false
    switch member("directed") {
    case nil, .null?: break
    case .bool(let flag)?: isDirected = flag
    default: throw shapeError("\"directed\" must be true or false")
    }

    if let declared = member(NodeLinkJSONSerializer.dateAttributesMember) {
      try readDateColumns(declared)
    }

    var graphAttributes: [(name: String, value: AttributeValue)] = []
    switch member("graph") {
    case nil, .null?: break
    case .object(let members)?:
      graphAttributes = attributes(
        deduplicated(members, domain: .graph, element: "the graph object"), skipping: [],
        domain: .graph, element: "the graph")
    case .array(let pairs)?:
      var members: [(key: String, value: JSONValue)] = []
      for (index, pair) in pairs.enumerated() {
        guard case .array(let parts) = pair, parts.count == 2,
          let name = NodeLinkJSONReader.idText(parts[0])
        else {
          throw shapeError("\"graph\"[\(index)] must be a [name, value] pair")
        }
        members.append((name, parts[1]))
      }
      graphAttributes = attributes(
        deduplicated(members, domain: .graph, element: "the graph's pair list"), skipping: [],
        domain: .graph, element: "the graph")
    default:
      throw shapeError("\"graph\" must be an object (or a list of [name, value] pairs)")
    }

    var nodes: [ForeignGraph.Element] = []
    nodes.reserveCapacity(nodeValues.count)
    for (index, value) in nodeValues.enumerated() {
      guard case .object(let raw) = value else {
        throw shapeError("nodes[\(index)] is not an object")
      }
      let members = deduplicated(raw, domain: .node, element: "nodes[\(index)]")
      guard let idValue = members.first(where: { $0.key.equalsByScalars("id") })?.value,
        let id = NodeLinkJSONReader.idText(idValue)
      else {
        throw shapeError("node \(index) (nodes[\(index)]) has no \"id\"")
      }
      nodes.append(
        ForeignGraph.Element(
          id: id,
          attributes: attributes(members, skipping: ["id"], domain: .node, element: "node '\(id)'"))
      )
    }

    var edges: [ForeignGraph.Link] = []
    edges.reserveCapacity(edgeValues.count)
    let list = edgesValue != nil ? "edges" : "links"
    for (index, value) in edgeValues.enumerated() {
      guard case .object(let raw) = value else {
        throw shapeError("\(list)[\(index)] is not an object")
      }
      let members = deduplicated(raw, domain: .edge, element: "\(list)[\(index)]")
      func end(_ name: String) throws -> String {
        guard let value = members.first(where: { $0.key.equalsByScalars(name) })?.value,
          let text = NodeLinkJSONReader.idText(value)
        else { throw shapeError("\(list)[\(index)] has no \"\(name)\"") }
        return text
      }
      let source = try end("source")
      let target = try end("target")
      let key = members.first(where: { $0.key.equalsByScalars("key") }).flatMap {
        NodeLinkJSONReader.idText($0.value)
      }
      let element = "\(list)[\(index)]" + (key.map { " (key '\($0)')" } ?? "")
      edges.append(
        ForeignGraph.Link(
          id: key, source: source, target: target,
          attributes: attributes(
            members, skipping: ["source", "target", "key"], domain: .edge, element: element)))
    }
    return ForeignGraph(
      isDirected: isDirected, attributes: graphAttributes, nodes: nodes, edges: edges)
  }

  /// `{"graph": [...], "node": [...], "edge": [...]}`: the columns whose strings are dates.
  private mutating func readDateColumns(_ value: JSONValue) throws {
    let member = NodeLinkJSONSerializer.dateAttributesMember
    guard case .object(let domains) = value else {
      throw shapeError("\"\(member)\" must be an object of name lists")
    }
    for (name, list) in domains {
      guard let domain = AttributeDomain(rawValue: name) else {
        throw shapeError("\"\(member)\" has an unknown domain '\(name)' (graph, node or edge)")
      }
      guard case .array(let names) = list else {
        throw shapeError("\"\(member)\".\(name) must be a list of attribute names")
      }
      for entry in names {
        guard case .string(let column) = entry else {
          throw shapeError("\"\(member)\".\(name) must be a list of attribute names")
        }
        dateColumns[domain, default: []].insert(ScalarKey(column))
      }
    }
  }

  /// The members of an object with repeated names resolved as Python's `dict` does: the first
  /// position, the last value.
  private mutating func deduplicated(
    _ members: [(key: String, value: JSONValue)], domain: AttributeDomain, element: String
  ) -> [(key: String, value: JSONValue)] {
    guard members.count > 1 else { return members }
    var hasDuplicate = false
    if members.count <= 8 {
      outer: for index in 1..<members.count {
        for earlier in 0..<index where members[earlier].key.equalsByScalars(members[index].key) {
          hasDuplicate = true
          break outer
        }
      }
    } else {
      var seen = Set<ScalarKey>(minimumCapacity: members.count)
      hasDuplicate = !members.allSatisfy { seen.insert(ScalarKey($0.key)).inserted }
    }
    guard hasDuplicate else { return members }
    var result: [(key: String, value: JSONValue)] = []
    var position: [ScalarKey: Int] = [:]
    for member in members {
      let key = ScalarKey(member.key)
      if let index = position[key] {
        result[index].value = member.value
        report(.duplicate, domain, member.key, element)
      } else {
        position[key] = result.count
        result.append(member)
      }
    }
    return result
  }

  private mutating func attributes(
    _ members: [(key: String, value: JSONValue)], skipping structural: [String],
    domain: AttributeDomain, element: @autoclosure () -> String
  ) -> [(name: String, value: AttributeValue)] {
    var result: [(name: String, value: AttributeValue)] = []
    result.reserveCapacity(members.count)
    for (name, json) in members {
      if structural.contains(where: { $0.equalsByScalars(name) }) { continue }
      let value: AttributeValue
      switch json {
      case .string(let text):
        if let columns = dateColumns[domain], columns.contains(ScalarKey(name)) {
          if let date = CalendarDate(iso: text) {
            value = .date(date)
          } else {
            report(.notADate, domain, name, element())
            value = .string(text)
          }
        } else {
          value = .string(text)
        }
      case .integer(let number): value = .integer(number)
      case .double(let number): value = .double(number)
      case .bool(let flag): value = .boolean(flag)
      case .bigInteger(let digits):
        report(.bigInteger, domain, name, element())
        value = .string(digits)
      case .null:
        report(.null, domain, name, element())
        continue
      case .array, .object: value = .string(NodeLinkJSONReader.compactText(json))
      }
      result.append((name, value))
    }
    return result
  }
}

extension NodeLinkJSONReader {
  /// The text of an id: strings as they are, numbers and booleans by their lexical form,
  /// lists (NetworkX's tuple ids) and objects by their compact JSON text; nil for null.
  static func idText(_ value: JSONValue) -> String? {
    switch value {
    case .null: nil
    case .string(let text): text
    case .integer(let number): String(number)
    case .bigInteger(let digits): digits
    case .double(let number): NodeLinkJSONSerializer.doubleText(number)
    case .bool(let flag): flag ? "true" : "false"
    case .array, .object: compactText(value)
    }
  }
}
