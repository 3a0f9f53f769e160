extension GraphMLSerializer {
  /// Writes the node and edge sections straight from the model's columns, on every core
  /// (`ParallelRows`), as bytes: the same bytes `XMLWriter` wrote for them call by call (the
  /// tests keep that writer as the reference), at memory speed.
  ///
  /// Fixed markup (`<node id="`, `<data key="e.evidence">`, `</data>` and the indentation) is
  /// composed once into one byte buffer; values are escaped from their UTF-8 bytes by
  /// `XMLText.writeEscaped`, which copies runs that need no escaping in one `write`. Numbers
  /// are written from the stack. Nothing per row allocates but a double's shortest form (a
  /// small string, held inline) and, in the `.yed` profile, a non-ASCII label's `String` for
  /// cutting it at grapheme clusters.
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
      try ColumnView.withViews(table.nodeColumns, opens: layout.nodeOpens) { nodeViews in
        try ColumnView.withViews(table.edgeColumns, opens: layout.edgeOpens) { edgeViews in
          try TextView.with(entities.ids) { entityIDs in
            try TextView.with(entities.labels) { labels in
              try TextView.with(entities.types) { types in
                try TextView.with(relations.ids) { relationIDs in
                  try TextView.with(relations.types) { relationTypes in
                    try relations.sources.withUnsafeBufferPointer { sources in
                      try relations.targets.withUnsafeBufferPointer { targets in
                        let rows = RowWriter(
                          layout: layout, markup: markupBytes, nodeViews: nodeViews,
                          edgeViews: edgeViews, nodeColumns: table.nodeColumns,
                          edgeColumns: table.edgeColumns, entityIDs: entityIDs, labels: labels,
                          types: types, relationIDs: relationIDs, relationTypes: relationTypes,
                          sources: sources, targets: targets, yEd: yEd)
                        try ParallelRows.write(rows: entities.count, to: sink) { range, chunk in
                          var state = RowWriter.ChunkState()
                          for row in range { try rows.writeNode(row, to: chunk, state: &state) }
                        }
                        try ParallelRows.write(rows: relations.count, to: sink) { range, chunk in
                          var state = RowWriter.ChunkState()
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
    let trueText: Range<Int>
    let falseText: Range<Int>
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
      trueText = markup.raw("true")
      falseText = markup.raw("false")
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
    let nodeViews: UnsafeBufferPointer<ColumnView>
    let edgeViews: UnsafeBufferPointer<ColumnView>
    let nodeColumns: [PropertyColumn]
    let edgeColumns: [PropertyColumn]
    let entityIDs: TextView
    let labels: TextView
    let types: TextView
    let relationIDs: TextView
    let relationTypes: TextView
    let sources: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int>
    let yEd: YEdStyle?

    /// What one chunk's loop reuses from row to row.
    struct ChunkState {
      var scratch: [UInt8] = []
      var yEdClasses = YEdStyle.ClassCache()
    }

    @inline(__always)
    func put(_ piece: Range<Int>, _ sink: ByteSink) {
      sink.write(UnsafeBufferPointer(rebasing: markup[piece]))
    }

    func writeNode(_ row: Int, to sink: ByteSink, state: inout ChunkState) throws {
      put(layout.nodeStart, sink)
      XMLText.writeEscaped(entityIDs.row(row), inAttribute: true, to: sink)
      guard yEd != nil || hasValue(row, nodeViews, nodeColumns) else {
        put(layout.emptyTagEnd, sink)
        return
      }
      put(layout.startTagEnd, sink)
      // yFiles data first: NetworkX copies yEd's label into `label` (and adds `x`, `y`,
      // `shape_type`); NewsGraph's own data, written after it, then takes precedence.
      if let yEd, let yEdLayout = layout.yEd {
        try yEd.writeNode(
          label: labels.row(row), type: types.row(row), layout: yEdLayout, markup: markup,
          classes: &state.yEdClasses, to: sink)
      }
      writeData(row, nodeViews, nodeColumns, &state.scratch, sink)
      put(layout.nodeEnd, sink)
    }

    func writeEdge(_ row: Int, to sink: ByteSink, state: inout ChunkState) throws {
      put(layout.edgeStart, sink)
      XMLText.writeEscaped(relationIDs.row(row), inAttribute: true, to: sink)
      put(layout.source, sink)
      XMLText.writeEscaped(entityIDs.row(sources[row]), inAttribute: true, to: sink)
      put(layout.target, sink)
      XMLText.writeEscaped(entityIDs.row(targets[row]), inAttribute: true, to: sink)
      guard yEd != nil || hasValue(row, edgeViews, edgeColumns) else {
        put(layout.emptyTagEnd, sink)
        return
      }
      put(layout.startTagEnd, sink)
      if let yEdLayout = layout.yEd {
        put(yEdLayout.edgeStart, sink)
        XMLText.writeEscaped(relationTypes.row(row), inAttribute: false, to: sink)
        put(yEdLayout.edgeEnd, sink)
      }
      writeData(row, edgeViews, edgeColumns, &state.scratch, sink)
      put(layout.edgeEnd, sink)
    }

    private func hasValue(
      _ row: Int, _ views: UnsafeBufferPointer<ColumnView>, _ columns: [PropertyColumn]
    ) -> Bool {
      for index in views.indices where isPresent(row, views[index], columns, index) {
        return true
      }
      return false
    }

    @inline(__always)
    private func isPresent(
      _ row: Int, _ view: ColumnView, _ columns: [PropertyColumn], _ index: Int
    ) -> Bool {
      switch view.kind {
      case .text: true
      case .optionalText, .integer, .double, .boolean, .date:
        !view.checksPresence || view.present[row]
      case .aliases, .firstEntryText, .firstEntryInteger, .support: !view.entryRange(row).isEmpty
      case .composed: columns[index].isPresent(row)
      }
    }

    /// One `<data>` per present value, in schema order.
    private func writeData(
      _ row: Int, _ views: UnsafeBufferPointer<ColumnView>, _ columns: [PropertyColumn],
      _ scratch: inout [UInt8], _ sink: ByteSink
    ) {
      for index in views.indices {
        let view = views[index]
        guard isPresent(row, view, columns, index) else { continue }
        put(view.open, sink)
        switch view.kind {
        case .text, .optionalText:
          XMLText.writeEscaped(view.text.row(row), inAttribute: false, to: sink)
        case .firstEntryText:
          XMLText.writeEscaped(
            view.text.row(view.entryRange(row).lowerBound), inAttribute: false, to: sink)
        case .firstEntryInteger:
          Self.writeDecimal(Int64(view.numbers[view.entryRange(row).lowerBound]), to: sink)
        case .support:
          Self.writeDecimal(Int64(view.entryRange(row).count), to: sink)
        case .integer:
          Self.writeDecimal(view.integers[row], to: sink)
        case .double:
          sink.write(NumberText.double(view.doubles[row], style: .graphML))
        case .boolean:
          put(view.flags[row] ? layout.trueText : layout.falseText, sink)
        case .date:
          sink.write(view.dates[row].description)
        case .aliases:
          scratch.removeAll(keepingCapacity: true)
          Self.appendJSONArray(view.text, items: view.entryRange(row), to: &scratch)
          scratch.withUnsafeBufferPointer {
            XMLText.writeEscaped($0, inAttribute: false, to: sink)
          }
        case .composed:
          _ = columns[index].withLexicalForm(row, scratch: &scratch) {
            XMLText.writeEscaped($0, inAttribute: false, to: sink)
          }
        }
        put(layout.dataEnd, sink)
      }
    }

    /// The decimal form of an integer (what `String(number)` gives), from a stack buffer.
    @inline(__always)
    static func writeDecimal(_ number: Int64, to sink: ByteSink) {
      var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
      withUnsafeMutableBytes(of: &digits) { buffer in
        var index = buffer.count
        var magnitude = number.magnitude
        repeat {
          index -= 1
          buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
          magnitude /= 10
        } while magnitude > 0
        if number < 0 {
          index -= 1
          buffer[index] = UInt8(ascii: "-")
        }
        let bytes = buffer.bindMemory(to: UInt8.self)
        sink.write(UnsafeBufferPointer(rebasing: bytes[index...]))
      }
    }

    /// The strings as one JSON array (`JSONText.array`), from their bytes: RFC 8259 escapes
    /// `"` `\` and the C0 controls (`\n` `\r` `\t`, others as `\u00xx`); every other byte,
    /// non-ASCII included, is itself, as `JSONText.appendQuoted` writes each scalar.
    static func appendJSONArray(
      _ texts: TextView, items: Range<Int>, to out: inout [UInt8]
    ) {
      out.append(UInt8(ascii: "["))
      for item in items {
        if item != items.lowerBound { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        for byte in texts.row(item) {
          switch byte {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
          case 0x0A, 0x0D, 0x09: out.append(UInt8(ascii: "\\"))
          case 0..<0x20: out.append(contentsOf: "\\u00".utf8)
          default: break
          }
          switch byte {
          case 0x0A: out.append(UInt8(ascii: "n"))
          case 0x0D: out.append(UInt8(ascii: "r"))
          case 0x09: out.append(UInt8(ascii: "t"))
          case 0..<0x20:
            out.append(hexDigit(byte >> 4))
            out.append(hexDigit(byte & 0x0F))
          default: out.append(byte)
          }
        }
        out.append(UInt8(ascii: "\""))
      }
      out.append(UInt8(ascii: "]"))
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
      value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
  }
}
