extension GraphMLSerializer {
  /// Writes the node and edge sections straight from the model's columns, on every core
  /// (`ParallelRows`), as bytes: the same bytes `XMLWriter` wrote for them call by call (the
  /// tests keep that writer as the reference), at memory speed.
  ///
  /// Fixed markup (`<node id="`, `<data key="e.evidence">`, `</data>` and the indentation) is
  /// composed once into one byte buffer; values are the lexical forms `PropertyColumnView`
  /// gives (the projection DOT, JSON and the dump read too), escaped from their UTF-8 bytes by
  /// `XMLText.writeEscaped`, which copies runs that need no escaping in one `write`. Nothing
  /// per row allocates but a double's shortest form (a small string, held inline) and, in the
  /// `.yed` profile, a non-ASCII label's `String` for cutting it at grapheme clusters.
  func writeRows(
    of graph: KnowledgeGraph, table: PropertyTable, depth: Int, yEd: YEdStyle?, to sink: ByteSink
  ) throws {
    var markup = Markup()
    let layout = try RowLayout(
      graph: graph, depth: depth, yEd: yEd, nodeIDs: graph.schema.nodeKeys.map(Self.keyID),
      edgeIDs: graph.schema.edgeKeys.map(Self.keyID), markup: &markup)
    let entities = graph.entityTable
    let relations = graph.relationTable
    try markup.bytes.withUnsafeBufferPointer { markupBytes in
      try PropertyColumnView.with(table.nodeColumns) { nodeViews in
        try PropertyColumnView.with(table.edgeColumns) { edgeViews in
          try entities.ids.withRows { entityIDs in
            try entities.labels.withRows { labels in
              try entities.types.withRows { types in
                try relations.ids.withRows { relationIDs in
                  try relations.types.withRows { relationTypes in
                    try relations.sources.withUnsafeBufferPointer { sources in
                      try relations.targets.withUnsafeBufferPointer { targets in
                        let rows = RowWriter(
                          layout: layout, markup: markupBytes, nodeViews: nodeViews,
                          edgeViews: edgeViews, nodeColumns: table.nodeColumns,
                          edgeColumns: table.edgeColumns, entityIDs: entityIDs, labels: labels,
                          types: types, relationIDs: relationIDs, relationTypes: relationTypes,
                          sources: sources, targets: targets, yEd: yEd)
                        try ParallelRows.write(rows: entities.count, to: sink) { range, chunk in
                          var state = RowWriter.ChunkState(rows)
                          for row in range { try rows.writeNode(row, to: chunk, state: &state) }
                        }
                        try ParallelRows.write(rows: relations.count, to: sink) { range, chunk in
                          var state = RowWriter.ChunkState(rows)
                          for row in range { try rows.writeEdge(row, to: chunk, state: &state) }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Fixed markup, composed once into one buffer; pieces are ranges of it.
  struct Markup {
    private(set) var bytes: [UInt8] = []

    /// Appends raw text (markup the serializer spells itself).
    mutating func raw(_ text: String) -> Range<Int> {
      let start = bytes.count
      bytes.append(contentsOf: text.utf8)
      return start..<bytes.count
    }

    /// Appends pieces: raw markup, and attribute values escaped as `XMLWriter.attribute` does.
    mutating func compose(_ pieces: [Piece]) throws -> Range<Int> {
      let start = bytes.count
      let sink = ByteSink()
      for piece in pieces {
        switch piece {
        case .raw(let text): sink.write(text)
        case .attribute(let value): XMLText.writeEscaped(value, inAttribute: true, to: sink)
        }
      }
      try sink.finish()
      bytes.append(contentsOf: sink.bytes)
      return start..<bytes.count
    }

    enum Piece {
      case raw(String)
      case attribute(String)
    }

    static func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }
  }

  /// Where each piece of fixed markup sits in `Markup.bytes`, for rows whose start tags are
  /// indented by `depth` spaces (their `<data>` by two more, as `XMLWriter` indents).
  struct RowLayout: Sendable {
    let nodeStart: Range<Int>
    let edgeStart: Range<Int>
    let source: Range<Int>
    let target: Range<Int>
    /// `">` and a newline: a start tag with children.
    let startTagEnd: Range<Int>
    /// `"/>` and a newline: an element without children.
    let emptyTagEnd: Range<Int>
    let nodeEnd: Range<Int>
    let edgeEnd: Range<Int>
    let dataEnd: Range<Int>
    let nodeOpens: [Range<Int>]
    let edgeOpens: [Range<Int>]
    let yEd: YEdStyle.RowLayout?

    init(
      graph: KnowledgeGraph, depth: Int, yEd: YEdStyle?, nodeIDs: [String], edgeIDs: [String],
      markup: inout Markup
    ) throws {
      let indent = Markup.spaces(depth)
      let dataIndent = Markup.spaces(depth + 2)
      nodeStart = markup.raw(indent + "<node id=\"")
      edgeStart = markup.raw(indent + "<edge id=\"")
      source = markup.raw("\" source=\"")
      target = markup.raw("\" target=\"")
      startTagEnd = markup.raw("\">\n")
      emptyTagEnd = markup.raw("\"/>\n")
      nodeEnd = markup.raw(indent + "</node>\n")
      edgeEnd = markup.raw(indent + "</edge>\n")
      dataEnd = markup.raw("</data>\n")
      var nodeOpens: [Range<Int>] = []
      for id in nodeIDs {
        nodeOpens.append(
          try markup.compose([.raw(dataIndent + "<data key=\""), .attribute(id), .raw("\">")]))
      }
      var edgeOpens: [Range<Int>] = []
      for id in edgeIDs {
        edgeOpens.append(
          try markup.compose([.raw(dataIndent + "<data key=\""), .attribute(id), .raw("\">")]))
      }
      self.nodeOpens = nodeOpens
      self.edgeOpens = edgeOpens
      self.yEd = try yEd.map {
        try YEdStyle.RowLayout(style: $0, depth: depth + 2, markup: &markup)
      }
    }
  }

  /// The row loop's view of the graph: raw buffers only, valid while `writeRows` runs. It is
  /// shared by the worker threads, which only read it.
  struct RowWriter: @unchecked Sendable {
    let layout: RowLayout
    let markup: UnsafeBufferPointer<UInt8>
    let nodeViews: UnsafeBufferPointer<PropertyColumnView>
    let edgeViews: UnsafeBufferPointer<PropertyColumnView>
    let nodeColumns: [PropertyColumn]
    let edgeColumns: [PropertyColumn]
    let entityIDs: TextRows
    let labels: TextRows
    let types: TextRows
    let relationIDs: TextRows
    let relationTypes: TextRows
    let sources: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int>
    let yEd: YEdStyle?

    /// What one chunk's loop reuses from row to row, with the writer's arrays taken once per
    /// chunk: reading them through the shared writer for every row retains them each time,
    /// and both threads then contend for the same reference counts.
    struct ChunkState {
      var scratch: [UInt8] = []
      var yEdClasses = YEdStyle.ClassCache()
      let nodeColumns: [PropertyColumn]
      let edgeColumns: [PropertyColumn]
      let nodeOpens: [Range<Int>]
      let edgeOpens: [Range<Int>]

      init(_ writer: RowWriter) {
        nodeColumns = writer.nodeColumns
        edgeColumns = writer.edgeColumns
        nodeOpens = writer.layout.nodeOpens
        edgeOpens = writer.layout.edgeOpens
      }
    }

    @inline(__always)
    func put(_ piece: Range<Int>, _ sink: ByteSink) {
      sink.write(UnsafeBufferPointer(rebasing: markup[piece]))
    }

    func writeNode(_ row: Int, to sink: ByteSink, state: inout ChunkState) throws {
      put(layout.nodeStart, sink)
      XMLText.writeEscaped(entityIDs[row], inAttribute: true, to: sink)
      guard yEd != nil || hasValue(row, nodeViews, state.nodeColumns) else {
        put(layout.emptyTagEnd, sink)
        return
      }
      put(layout.startTagEnd, sink)
      // yFiles data first: NetworkX copies yEd's label into `label` (and adds `x`, `y`,
      // `shape_type`); NewsGraph's own data, written after it, then takes precedence.
      if let yEd, let yEdLayout = layout.yEd {
        try yEd.writeNode(
          label: labels[row], type: types[row], layout: yEdLayout, markup: markup,
          classes: &state.yEdClasses, to: sink)
      }
      writeData(row, nodeViews, state.nodeColumns, state.nodeOpens, &state.scratch, sink)
      put(layout.nodeEnd, sink)
    }

    func writeEdge(_ row: Int, to sink: ByteSink, state: inout ChunkState) throws {
      put(layout.edgeStart, sink)
      XMLText.writeEscaped(relationIDs[row], inAttribute: true, to: sink)
      put(layout.source, sink)
      XMLText.writeEscaped(entityIDs[sources[row]], inAttribute: true, to: sink)
      put(layout.target, sink)
      XMLText.writeEscaped(entityIDs[targets[row]], inAttribute: true, to: sink)
      guard yEd != nil || hasValue(row, edgeViews, state.edgeColumns) else {
        put(layout.emptyTagEnd, sink)
        return
      }
      put(layout.startTagEnd, sink)
      if let yEdLayout = layout.yEd {
        put(yEdLayout.edgeStart, sink)
        XMLText.writeEscaped(relationTypes[row], inAttribute: false, to: sink)
        put(yEdLayout.edgeEnd, sink)
      }
      writeData(row, edgeViews, state.edgeColumns, state.edgeOpens, &state.scratch, sink)
      put(layout.edgeEnd, sink)
    }

    private func hasValue(
      _ row: Int, _ views: UnsafeBufferPointer<PropertyColumnView>, _ columns: [PropertyColumn]
    ) -> Bool {
      views.contains { $0.isPresent(row, columns: columns) }
    }

    /// One `<data>` per present value, in schema order: the lexical form `PropertyColumnView`
    /// gives, escaped. Written without a closure per value: a closure's context would retain
    /// the sink for every value, and both threads would contend for its count.
    private func writeData(
      _ row: Int, _ views: UnsafeBufferPointer<PropertyColumnView>, _ columns: [PropertyColumn],
      _ opens: [Range<Int>], _ scratch: inout [UInt8], _ sink: ByteSink
    ) {
      for view in views {
        let text: UnsafeBufferPointer<UInt8>?
        switch view.kind {
        case .text:
          text = view.text(row)
        case .string:
          guard view.present[row] else { continue }
          text = view.text(row)
        case .firstEntryText:
          let entries = view.rowRange(row)
          guard !entries.isEmpty else { continue }
          text = view.text(entries.lowerBound)
        case .other:
          guard columns[view.position].isPresent(row) else { continue }
          put(opens[view.position], sink)
          _ = columns[view.position].withLexicalBytes(row, scratch: &scratch) {
            XMLText.writeEscaped($0, inAttribute: false, to: sink)
          }
          put(layout.dataEnd, sink)
          continue
        default:
          // Numbers, flags, dates and alias lists, composed in `scratch`.
          scratch.removeAll(keepingCapacity: true)
          guard view.appendComposedForm(row, to: &scratch) else { continue }
          text = nil
        }
        put(opens[view.position], sink)
        if let text {
          XMLText.writeEscaped(text, inAttribute: false, to: sink)
        } else {
          XMLText.writeEscaped(scratch, inAttribute: false, to: sink)
        }
        put(layout.dataEnd, sink)
      }
    }
  }
}
