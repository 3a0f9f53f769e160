/// A node-link read through a whole `JSONValue` tree: the reference the streaming reader
/// (`NodeLinkJSONScanner`) agrees with, and the judge of a file the streaming reader refuses,
/// so that every error says what it always said (syntax first, then shape, in document order).
/// It holds the file name, the diagnostics gathered per column (a million `null`s make one
/// note), and the declared date columns.
struct NodeLinkTreeReading {
  let file: String
  private(set) var plain: [Diagnostic] = []
  private(set) var reports = NodeLinkReports()
  private(set) var dateColumns: [AttributeDomain: Set<ScalarKey>] = [:]

  init(file: String) { self.file = file }

  var location: InputLocation { InputLocation(file: file) }

  mutating func warn(_ message: String) {
    plain.append(Diagnostic(.warning, message, at: location))
  }

  func shapeError(_ message: String) -> NewsGraphError {
    NewsGraphError(.malformedJSON(message), at: location)
  }

  func diagnostics() -> [Diagnostic] {
    plain + reports.diagnostics(at: location)
  }

  private mutating func report(
    _ issue: NodeLinkReports.Issue, _ domain: AttributeDomain, _ column: String,
    _ element: @autoclosure () -> String
  ) {
    reports.report(issue, domain, column, element())
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

    let isDirected = try directed(member("directed"))
    if let declared = member(NodeLinkJSONSerializer.dateAttributesMember) {
      try readDateColumns(declared)
    }
    let graphAttributes = try graphAttributes(member("graph"))

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

  /// The `directed` member: false when absent or null, as `node_link_graph` reads it.
  func directed(_ value: JSONValue?) throws -> Bool {
    switch value {
    case nil, .null?: return false
    case .bool(let flag)?: return flag
    default: throw shapeError("\"directed\" must be true or false")
    }
  }

  /// The `graph` member: an object, or a list of `[name, value]` pairs (old NetworkX).
  mutating func graphAttributes(_ value: JSONValue?) throws -> [(
    name: String, value: AttributeValue
  )] {
    switch value {
    case nil, .null?: return []
    case .object(let members)?:
      return attributes(
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
      return attributes(
        deduplicated(members, domain: .graph, element: "the graph's pair list"), skipping: [],
        domain: .graph, element: "the graph")
    default:
      throw shapeError("\"graph\" must be an object (or a list of [name, value] pairs)")
    }
  }

  /// `{"graph": [...], "node": [...], "edge": [...]}`: the columns whose strings are dates.
  mutating func readDateColumns(_ value: JSONValue) throws {
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
  mutating func deduplicated(
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

  mutating func attributes(
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
