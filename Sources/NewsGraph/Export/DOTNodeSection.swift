/// The node statements of a DOT file, written from the entity table's columns: the bytes
/// `DOTSerializer` documents, with every fixed part and every per-type part prepared once, and
/// no `String` per row. Buffers are opened once per chunk, so a row costs no reference count.
final class DOTNodeSection: Sendable {
  let entities: EntityTable
  let types: DOTEntityTypes
  /// Per distinct type: ` shape="…" fillcolor="…" tooltip=`.
  let typeParts: TextColumn
  let columns: [PropertyColumn]
  /// Per column: ` data_<safe name>=`.
  let dataNames: TextColumn

  init(
    entities: EntityTable, types: DOTEntityTypes, typeParts: TextColumn, columns: [PropertyColumn],
    dataNames: TextColumn
  ) {
    self.entities = entities
    self.types = types
    self.typeParts = typeParts
    self.columns = columns
    self.dataNames = dataNames
  }

  /// Writes the statements of entity rows `rows`.
  func write(_ rows: Range<Int>, to sink: ByteSink) {
    entities.ids.withRows { ids in
      entities.labels.withRows { labels in
        entities.types.withRows { typeNames in
          entities.aliases.items.withRows { items in
            entities.aliases.ends.withUnsafeBufferPointer { aliasEnds in
              typeParts.withRows { typeParts in
                dataNames.withRows { dataNames in
                  types.index.withUnsafeBufferPointer { typeIndex in
                    PropertyColumnView.with(columns) { views in
                      write(
                        rows, ids: ids, labels: labels, typeNames: typeNames, items: items,
                        aliasEnds: aliasEnds, typeParts: typeParts, typeIndex: typeIndex,
                        dataNames: dataNames, views: views, to: sink)
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

  private func write(
    _ rows: Range<Int>, ids: TextRows, labels: TextRows, typeNames: TextRows, items: TextRows,
    aliasEnds: UnsafeBufferPointer<Int>, typeParts: TextRows,
    typeIndex: UnsafeBufferPointer<Int32>, dataNames: TextRows,
    views: UnsafeBufferPointer<PropertyColumnView>, to sink: ByteSink
  ) {
    var out = ByteSink.stagingBuffer()
    var label: [UInt8] = []
    var scratch: [UInt8] = []
    var data = DOTString.Quoter(layer: .data)
    var display = DOTString.Quoter(layer: .display)
    for row in rows {
      out.append(contentsOf: "  ".utf8)
      data.quote(ids[row], to: &out)
      out.append(contentsOf: " [label=".utf8)
      label.removeAll(keepingCapacity: true)
      DOTSerializer.appendShortened(labels[row], to: &label)
      label.withUnsafeBufferPointer { display.quote($0, to: &out) }
      out.append(contentsOf: typeParts[Int(typeIndex[row])])
      // The tooltip: the full label, the type and the aliases, one a line.
      display.begin(&out)
      display.add(labels[row], to: &out)
      display.add("\ntype: ", to: &out)
      display.add(typeNames[row], to: &out)
      let aliasRange = (row == 0 ? 0 : aliasEnds[row - 1])..<aliasEnds[row]
      if !aliasRange.isEmpty {
        display.add("\naliases: ", to: &out)
        for item in aliasRange {
          if item != aliasRange.lowerBound { display.add(", ", to: &out) }
          display.add(items[item], to: &out)
        }
      }
      display.end(&out)
      for view in views {
        view.withLexicalBytes(row, columns: columns, scratch: &scratch) { bytes in
          out.append(contentsOf: dataNames[view.position])
          data.quote(bytes, to: &out)
        }
      }
      out.append(contentsOf: "]\n".utf8)
      sink.writeIfFull(&out)
    }
    sink.write(out)
  }
}
