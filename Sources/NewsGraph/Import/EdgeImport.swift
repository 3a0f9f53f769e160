#if canImport(Glibc)
  import Glibc
#endif

/// The edge half of `GraphImporter`: ids kept or derived, reserved columns (`relation`,
/// `interaction`, the provenance columns) resolved once each, ends as entity rows.
struct EdgeImport {
  let table: ForeignTable
  let sources: [Int]
  let targets: [Int]

  init(_ table: ForeignTable, ends: (sources: [Int], targets: [Int])) {
    self.table = table
    self.sources = ends.sources
    self.targets = ends.targets
  }

  func relationTable(notes: inout ImportNotes) throws -> RelationTable {
    let rowCount = table.count
    var result = RelationTable()
    let (ids, changed) = edgeIDs()
    result.ids = ids
    result.sources = sources
    result.targets = targets
    var consumed: [Int: [Bool]] = [:]

    // relation, else a string `interaction`, else relatedTo; `interaction` consumed where equal.
    let (relationPosition, relation) = table.view("relation")
    let (interactionPosition, interaction) = table.view("interaction")
    let (types, relationTaken) = relation.strings(rowCount: rowCount) { row, types in
      if interaction.withString(row, { types.append(utf8: $0) }) == nil {
        types.append("relatedTo")
      }
    }
    result.types = types
    if let relationPosition { consumed[relationPosition] = relationTaken }
    if let interactionPosition {
      consumed[interactionPosition] = interaction.rowsEqual(types, rowCount: rowCount)
    }

    let provenance = self.provenance(into: &result, consumed: &consumed)
    result.provenance = provenance

    var builder = AttributeColumnsBuilder(table, rowCount: rowCount)
    builder.build(consumed: consumed, reserved: KnowledgeGraph.reservedEdgeColumns, notes: &notes)
    builder.recordOriginals(
      table.ids, changed: changed, describe: { "edge '\(table.ids[$0])'" }, notes: &notes)
    result.attributes = builder.columns
    return result
  }

  /// Provenance from a `provenance` JSON array, or from the first-entry columns (`document`,
  /// `sentence`, `start`, `end`, `evidence`, `support`); a row's columns are consumed only when
  /// they agree with what NewsGraph would write for that provenance.
  private func provenance(
    into result: inout RelationTable, consumed: inout [Int: [Bool]]
  ) -> ProvenanceColumn {
    let rowCount = table.count
    let (documentPosition, document) = table.view("document")
    let (sentencePosition, sentence) = table.view("sentence")
    let (startPosition, start) = table.view("start")
    let (endPosition, end) = table.view("end")
    let (evidencePosition, evidence) = table.view("evidence")
    let (supportPosition, support) = table.view("support")
    let (arrayPosition, array) = table.view("provenance")
    var column = ProvenanceColumn()
    guard documentPosition != nil || arrayPosition != nil else {
      for _ in 0..<rowCount { column.endRow() }
      for position in [
        sentencePosition, startPosition, endPosition, evidencePosition, supportPosition,
      ] {
        if let position { consumed[position] = [Bool](repeating: false, count: rowCount) }
      }
      return column
    }
    if arrayPosition == nil,
      let fast = fastProvenance(document, sentence, start, end, evidence, support)
    {
      column = fast
      for position in [
        documentPosition, sentencePosition, startPosition, endPosition, evidencePosition,
        supportPosition,
      ] {
        if let position { consumed[position] = [Bool](repeating: true, count: rowCount) }
      }
      return column
    }
    var taken = [Bool](repeating: false, count: rowCount)
    var arrayTaken = [Bool](repeating: false, count: rowCount)
    var reader = ProvenanceArrayReader()
    for row in 0..<rowCount {
      if array.withString(row, { reader.read($0) }) == true {
        if agree(reader, row: row, document, sentence, start, end, evidence, support) {
          reader.append(to: &column)
          taken[row] = true
          arrayTaken[row] = true
        }
        column.endRow()
        continue
      }
      // One entry from the columns: they agree when `sentence` is absent or an integer and
      // `support` absent or 1.
      if let startValue = start.integer(row), let endValue = end.integer(row),
        sentence.integer(row) != nil || !sentence.isPresent(row),
        support.integer(row) == 1 || !support.isPresent(row)
      {
        let sentenceValue = Int(sentence.integer(row) ?? 0)
        let appended =
          document.withString(row) { documentBytes in
            evidence.withString(row) { evidenceBytes in
              column.appendEntry(
                document: documentBytes, sentence: sentenceValue, start: Int(startValue),
                end: Int(endValue), evidence: evidenceBytes)
            } != nil
          } ?? false
        if appended { taken[row] = true }
      }
      column.endRow()
    }
    for position in [
      documentPosition, sentencePosition, startPosition, endPosition, evidencePosition,
      supportPosition,
    ] {
      if let position { consumed[position] = taken }
    }
    if let arrayPosition { consumed[arrayPosition] = arrayTaken }
    return column
  }

  /// The provenance when every row has one entry in columns that hold exactly their types (a
  /// NewsGraph export without repeated facts): one pass over the columns' buffers.
  private func fastProvenance(
    _ document: ColumnView, _ sentence: ColumnView, _ start: ColumnView, _ end: ColumnView,
    _ evidence: ColumnView, _ support: ColumnView
  ) -> ProvenanceColumn? {
    let rowCount = table.count
    guard let documents = document.allStrings(rowCount: rowCount),
      let evidenceTexts = evidence.allStrings(rowCount: rowCount),
      let starts = start.allIntegers(rowCount: rowCount),
      let stops = end.allIntegers(rowCount: rowCount)
    else { return nil }
    let sentences = sentence.allIntegers(rowCount: rowCount)
    guard sentences != nil || sentence.column == nil else { return nil }
    if support.column != nil {
      guard let supports = support.allIntegers(rowCount: rowCount),
        !supports.contains(where: { $0 != 1 })
      else { return nil }
    }
    // One entry per row: the reader's text columns move into the model as they are.
    let column = ProvenanceColumn(
      documents: documents, sentences: sentences.map { $0.map { Int($0) } }
        ?? [Int](repeating: 0, count: rowCount),
      starts: starts.map { Int($0) }, stops: stops.map { Int($0) }, evidence: evidenceTexts,
      ends: Array(stride(from: 1, through: rowCount, by: 1)))
    return column
  }

  /// Whether the first-entry columns present in a row say what NewsGraph writes for the
  /// entries `read` (the first of them, and their count as `support`).
  private func agree(
    _ read: ProvenanceArrayReader, row: Int, _ document: ColumnView, _ sentence: ColumnView,
    _ start: ColumnView, _ end: ColumnView, _ evidence: ColumnView, _ support: ColumnView
  ) -> Bool {
    func same(_ view: ColumnView, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      view.withString(row) { ScalarOrder.compare($0, bytes) == 0 } ?? false
    }
    func same(_ view: ColumnView, _ number: Int, required: Bool) -> Bool {
      if let value = view.integer(row) { return value == Int64(number) }
      return !required && !view.isPresent(row)
    }
    return same(sentence, read.sentences[0], required: false)
      && same(start, read.starts[0], required: true) && same(end, read.stops[0], required: true)
      && same(support, read.count, required: false)
      && read.withTexts(0) { same(document, $0) && same(evidence, $1) }
  }

  /// One id per edge (see `GraphImporter`): safe ids no other edge has are kept; the others
  /// are derived from content, deterministically and independently of other edges. Also says
  /// which keyed rows changed their id.
  func edgeIDs() -> (TextColumn, [Bool]) {
    let rowCount = table.count
    // Keys that strictly ascend (a NewsGraph export's do) are unique without a hash set.
    let ids = table.ids
    if !table.hasID.contains(false) && ids.rowsStrictlyAscend
      && (0..<rowCount).allSatisfy({ ids.withUTF8($0, StableID.isSafe(utf8:)) })
    {
      return (ids, [Bool](repeating: false, count: rowCount))
    }
    var keys = ByteStringSet(capacity: rowCount)
    var counts: [Int] = []
    var keyRows = [Int](repeating: -1, count: rowCount)
    for row in 0..<rowCount where table.hasID[row] {
      let (keyRow, inserted) = table.ids.withUTF8(row) { keys.insert($0) }
      if inserted { counts.append(0) }
      counts[keyRow] += 1
      keyRows[row] = keyRow
    }
    var kept = [Bool](repeating: false, count: rowCount)
    for row in 0..<rowCount where keyRows[row] >= 0 && counts[keyRows[row]] == 1 {
      kept[row] = table.ids.withUTF8(row, StableID.isSafe(utf8:))
    }
    guard kept.contains(false) else {
      return (table.ids, [Bool](repeating: false, count: rowCount))
    }
    var taken = ByteStringSet(capacity: rowCount)
    for row in 0..<rowCount where kept[row] {
      table.ids.withUTF8(row) { _ = taken.insert($0) }
    }
    let sortedColumns = table.columns.indices.sorted {
      table.columns[$0].name.precedesByScalars(table.columns[$1].name)
    }.map { table.columns[$0] }
    let separator: UInt8 = 0x1F
    var content: [UInt8] = []
    var id: [UInt8] = []
    var result = TextColumn()
    var changed = [Bool](repeating: false, count: rowCount)
    for row in 0..<rowCount {
      if kept[row] {
        result.append(row: row, of: table.ids)
        continue
      }
      content.removeAll(keepingCapacity: true)
      table.sources.withUTF8(row) { content.append(contentsOf: $0) }
      content.append(separator)
      table.targets.withUTF8(row) { content.append(contentsOf: $0) }
      content.append(separator)
      if table.hasID[row] {
        content.append(contentsOf: "key".utf8)
        content.append(separator)
        table.ids.withUTF8(row) { content.append(contentsOf: $0) }
        changed[row] = true
      } else {
        content.append(contentsOf: "attributes".utf8)
        for column in sortedColumns {
          Self.appendContent(of: column, row: row, separator: separator, to: &content)
        }
      }
      id.removeAll(keepingCapacity: true)
      content.withUnsafeBufferPointer { StableID.appendDerived(utf8: $0, to: &id) }
      let baseCount = id.count
      var counter = 2
      while !id.withUnsafeBufferPointer({ taken.insert($0).inserted }) {
        id.removeSubrange(baseCount...)
        id.append(contentsOf: "-\(counter)".utf8)
        counter += 1
      }
      id.withUnsafeBufferPointer { result.append(utf8: $0) }
    }
    return (result, changed)
  }

  /// `separator name=type:lexical form` of a row's value, as the content an id is derived from.
  private static func appendContent(
    of column: ForeignColumn, row: Int, separator: UInt8, to content: inout [UInt8]
  ) {
    guard let value = column.value(at: row) else { return }
    content.append(separator)
    content.append(contentsOf: column.name.utf8)
    content.append(UInt8(ascii: "="))
    content.append(contentsOf: value.type.rawValue.utf8)
    content.append(UInt8(ascii: ":"))
    switch value {
    case .string(var text): text.withUTF8 { content.append(contentsOf: $0) }
    case .integer(let number): LexicalBytes.appendDecimal(number, to: &content)
    default: content.append(contentsOf: value.lexicalForm.utf8)
    }
  }
}
