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
/// - A column with a reserved name that holds something else in some rows keeps those values
///   under the name with `_2` appended (the first free suffix among the table's columns), and
///   one note per column says so. Nodes without a type are `Entity`, edges without a relation
///   `relatedTo`, nodes without a label are labelled with their original id.
/// - Two attribute columns whose names differ only by Unicode normalization (NFC and NFD
///   `Café`) are both kept: the second under its name with `_2` (the model keys by `String`).
/// - Edges to undeclared nodes create those nodes, as NetworkX does (one note names the first
///   and counts the others).
///
/// It works on columns: each reserved column is resolved once per table, each row costs a few
/// byte comparisons, and a column that holds what the model wants in every row (a `label`
/// column of strings, a typed attribute column) moves into the model whole.
public struct GraphImporter: Sendable {
  public init() {}

  public func importGraph(
    _ foreign: ForeignGraph, name: String, file: String
  ) throws -> (KnowledgeGraph, [Diagnostic]) {
    let location = InputLocation(file: file)
    var notes = ImportNotes(location: location)

    var nodes = try NodeImport(foreign.nodeTable, location: location)
    let ends = nodes.addEndpoints(of: foreign.edgeTable, notes: &notes)
    let entityTable = nodes.entityTable(notes: &notes)
    let relationTable = try EdgeImport(foreign.edgeTable, ends: ends).relationTable(notes: &notes)

    var graphColumns = GraphColumns(foreign.attributes)
    let graphName = graphColumns.takeString("name") ?? name
    let graphAttributes = graphColumns.remaining(
      reserved: KnowledgeGraph.reservedGraphColumns, note: { notes.note($0) })
    do {
      let graph = try KnowledgeGraph(
        name: graphName, entityTable: entityTable, relationTable: relationTable,
        attributes: graphAttributes, isDirected: foreign.isDirected)
      return (graph, notes.diagnostics)
    } catch let error as NewsGraphError {
      throw error.located(inFile: file)
    }
  }

  static func isWikidataID(_ text: String) -> Bool {
    var copy = text
    return copy.withUTF8(isWikidataID(utf8:))
  }

  static func isWikidataID(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 2, bytes[0] == UInt8(ascii: "Q"), bytes[1] != UInt8(ascii: "0") else {
      return false
    }
    for byte in bytes.dropFirst() where byte < 0x30 || byte > 0x39 { return false }
    return true
  }

  /// The strings of a list as `JSONText.array` writes it, or nil for any other text.
  static func stringArray(_ value: AttributeValue) -> [String]? {
    guard case .string(var text) = value else { return nil }
    var list = TextListColumn()
    let scratch = ScratchBytes()
    guard text.withUTF8({ appendCanonicalArray($0, to: &list, scratch: scratch) }) else {
      return nil
    }
    return list[0]
  }

  /// Appends the strings of `text` as one row of `list` when `text` is exactly what
  /// `JSONText.array` writes for them (`["A","B"]`: no spaces, only the escapes it writes);
  /// otherwise appends nothing and returns false. Byte by byte, no `String`.
  static func appendCanonicalArray(
    _ text: UnsafeBufferPointer<UInt8>, to list: inout TextListColumn, scratch: ScratchBytes
  ) -> Bool {
    scratch.removeAll()
    var itemEnds: [Int] = []
    var cursor = CanonicalJSONCursor(text)
    guard cursor.take(UInt8(ascii: "[")) else { return false }
    if !cursor.take(UInt8(ascii: "]")) {
      repeat {
        guard cursor.string({ scratch.append($0) }) else { return false }
        itemEnds.append(scratch.count)
      } while cursor.take(UInt8(ascii: ","))
      guard cursor.take(UInt8(ascii: "]")) else { return false }
    }
    guard cursor.atEnd else { return false }
    list.appendRow()
    var start = 0
    for end in itemEnds {
      list.appendItem(utf8: UnsafeBufferPointer(rebasing: scratch.bytes[start..<end]))
      start = end
    }
    return true
  }
}

/// The graph's own attributes (a handful of pairs) while the reserved `name` is taken out.
private struct GraphColumns {
  var pairs: [(name: String, value: AttributeValue)]

  init(_ pairs: [(name: String, value: AttributeValue)]) { self.pairs = pairs }

  mutating func takeString(_ name: String) -> String? {
    guard let position = pairs.firstIndex(where: { $0.name.equalsByScalars(name) }),
      case .string(let text) = pairs[position].value
    else { return nil }
    pairs.remove(at: position)
    return text
  }

  /// What is left, as the model's attributes; a reserved name still here gets `_2` (or the
  /// next free suffix), and so does the second of two canonically equal names.
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
