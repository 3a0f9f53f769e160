#if canImport(Glibc)
  import Glibc
#endif

/// The node half of `GraphImporter`: ids checked and mapped, undeclared edge endpoints added,
/// reserved columns (`label`, `name`, `type`, `aliases`, `wikidata`) resolved once each.
struct NodeImport {
  let table: ForeignTable
  /// Every node's original id, foreign rows first, then nodes added for undeclared endpoints;
  /// its rows are the entity rows the relation table points to.
  private var ids: ByteStringSet

  init(_ table: ForeignTable, location: InputLocation) throws {
    self.table = table
    if table.hasID.contains(false) {
      throw NewsGraphError(.invalidGraph("a node has no id"), at: location)
    }
    var ids = ByteStringSet(capacity: table.count)
    for row in 0..<table.count {
      let inserted = table.ids.withUTF8(row) { ids.insert($0).inserted }
      guard inserted else {
        throw NewsGraphError(
          .invalidGraph("two nodes have the id '\(table.ids[row])'"), at: location)
      }
    }
    self.ids = ids
  }

  /// The entity rows of each edge's ends; an end that is no declared node becomes one.
  mutating func addEndpoints(of edges: ForeignTable, notes: inout ImportNotes) -> (
    sources: [Int], targets: [Int]
  ) {
    var sources: [Int] = []
    var targets: [Int] = []
    sources.reserveCapacity(edges.count)
    targets.reserveCapacity(edges.count)
    var firstAdded: Int?
    let declared = ids.count
    for row in 0..<edges.count {
      let source = edges.sources.withUTF8(row) { ids.insert($0) }
      if source.inserted && firstAdded == nil { firstAdded = source.row }
      sources.append(source.row)
      let target = edges.targets.withUTF8(row) { ids.insert($0) }
      if target.inserted && firstAdded == nil { firstAdded = target.row }
      targets.append(target.row)
    }
    if let firstAdded {
      let added = ids.count - declared
      let name = ids.keys[firstAdded]
      notes.note(
        added == 1
          ? "edge endpoint '\(name)' is not a declared node; it was added as one"
          : "edge endpoint '\(name)' (and \(added - 1) more) is not a declared node; they were "
            + "added as nodes")
    }
    return (sources, targets)
  }

  /// The entity columns, rows in foreign order then added nodes.
  func entityTable(notes: inout ImportNotes) -> EntityTable {
    let originals = ids.keys
    let rowCount = originals.count
    var result = EntityTable()
    let (newIDs, changed) = Self.assignIDs(originals)
    result.ids = newIDs

    let (labelPosition, label) = table.view("label")
    let (namePosition, name) = table.view("name")
    let (typePosition, type) = table.view("type")
    let (aliasesPosition, aliases) = table.view("aliases")
    let (wikidataPosition, wikidata) = table.view("wikidata")
    var consumed: [Int: [Bool]] = [:]

    // label, else a string `name`, else the original id; `name` is consumed where it equals.
    let (labels, labelTaken) = label.strings(rowCount: rowCount) { row, labels in
      if name.withString(row, { labels.append(utf8: $0) }) == nil {
        originals.withUTF8(row) { labels.append(utf8: $0) }
      }
    }
    result.labels = labels
    if let labelPosition { consumed[labelPosition] = labelTaken }
    if let namePosition { consumed[namePosition] = name.rowsEqual(labels, rowCount: rowCount) }

    let (types, typeTaken) = type.strings(rowCount: rowCount) { _, types in
      types.append("Entity")
    }
    result.types = types
    if let typePosition { consumed[typePosition] = typeTaken }

    var aliasLists = TextListColumn()
    var aliasesTaken = [Bool](repeating: false, count: rowCount)
    let scratch = ScratchBytes()
    for row in 0..<rowCount {
      let taken =
        aliases.withString(row) {
          GraphImporter.appendCanonicalArray($0, to: &aliasLists, scratch: scratch)
        } ?? false
      if taken { aliasesTaken[row] = true } else { aliasLists.appendRow() }
    }
    result.aliases = aliasLists
    if let aliasesPosition { consumed[aliasesPosition] = aliasesTaken }

    var wikidataColumn = AttributeColumn(name: "wikidata")
    var wikidataTaken = [Bool](repeating: false, count: rowCount)
    for row in 0..<rowCount {
      let taken =
        wikidata.withString(row) { bytes in
          guard GraphImporter.isWikidataID(utf8: bytes) else { return false }
          wikidataColumn.appendString(utf8: bytes)
          return true
        } ?? false
      if taken { wikidataTaken[row] = true } else { wikidataColumn.appendAbsent() }
    }
    result.wikidata = wikidataColumn
    if let wikidataPosition { consumed[wikidataPosition] = wikidataTaken }

    var builder = AttributeColumnsBuilder(table, rowCount: rowCount)
    builder.build(consumed: consumed, reserved: KnowledgeGraph.reservedNodeColumns, notes: &notes)
    builder.recordOriginals(
      originals, changed: changed, describe: { "node '\(originals[$0])'" }, notes: &notes)
    result.attributes = builder.columns
    return result
  }

  /// Safe ids keep their name (all are unique already); the others get `StableID.derived`, with
  /// `-2`, `-3`, … when a derived id is taken. Also says which rows changed.
  static func assignIDs(_ originals: TextColumn) -> (TextColumn, [Bool]) {
    var safe = [Bool](repeating: true, count: originals.count)
    for row in 0..<originals.count {
      safe[row] = originals.withUTF8(row, StableID.isSafe(utf8:))
    }
    guard safe.contains(false) else {
      return (originals, [Bool](repeating: false, count: originals.count))
    }
    var taken = ByteStringSet(capacity: originals.count)
    for row in 0..<originals.count where safe[row] {
      originals.withUTF8(row) { _ = taken.insert($0) }
    }
    var result = TextColumn()
    for row in 0..<originals.count {
      if safe[row] {
        result.append(row: row, of: originals)
        continue
      }
      let base = StableID.derived(from: originals[row])
      var candidate = base
      var counter = 2
      while !taken.insert(candidate).inserted {
        candidate = base + "-\(counter)"
        counter += 1
      }
      result.append(candidate)
    }
    return (result, safe.map { !$0 })
  }
}
