/// The edge statements of a DOT file, written from the relation table's columns: the bytes
/// `DOTSerializer` documents, ends copied from the entity table's id bytes, the edge label
/// composed in a reused buffer, and no `String` or `Dictionary` per row. Buffers are opened
/// once per chunk, so a row costs no reference count.
final class DOTEdgeSection: Sendable {
  let relations: RelationTable
  let entities: EntityTable
  /// ` -> ` or ` -- `.
  let connector: [UInt8]
  /// The attribute columns the edge label and style read, in this order: weapon, quantity,
  /// quantity_qualifier, role, modality (an empty column when the graph has none).
  let labelColumns: [PropertyColumn]
  let columns: [PropertyColumn]
  /// Per column: ` data_<safe name>=`.
  let dataNames: TextColumn
  /// The style attributes of hedged and of denied relations.
  let hedgedStyle: [UInt8]
  let deniedStyle: [UInt8]

  init(
    relations: RelationTable, entities: EntityTable, connector: [UInt8],
    labelColumns: [PropertyColumn], columns: [PropertyColumn], dataNames: TextColumn,
    hedgedStyle: [UInt8], deniedStyle: [UInt8]
  ) {
    self.relations = relations
    self.entities = entities
    self.connector = connector
    self.labelColumns = labelColumns
    self.columns = columns
    self.dataNames = dataNames
    self.hedgedStyle = hedgedStyle
    self.deniedStyle = deniedStyle
  }

  /// The buffers one chunk reads.
  private struct Buffers {
    let ids: TextRows
    let entityIDs: TextRows
    let entityLabels: TextRows
    let types: TextRows
    let evidence: TextRows
    let entryEnds: UnsafeBufferPointer<Int>
    let sources: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int>
    let dataNames: TextRows
  }

  /// Writes the statements of relation rows `rows`.
  func write(_ rows: Range<Int>, to sink: ByteSink) {
    relations.ids.withRows { ids in
      entities.ids.withRows { entityIDs in
        entities.labels.withRows { entityLabels in
          relations.types.withRows { types in
            relations.provenance.evidence.withRows { evidence in
              relations.provenance.ends.withUnsafeBufferPointer { entryEnds in
                relations.sources.withUnsafeBufferPointer { sources in
                  relations.targets.withUnsafeBufferPointer { targets in
                    dataNames.withRows { dataNames in
                      PropertyColumnView.with(labelColumns) { labelViews in
                        PropertyColumnView.with(columns) { views in
                          let buffers = Buffers(
                            ids: ids, entityIDs: entityIDs, entityLabels: entityLabels,
                            types: types, evidence: evidence, entryEnds: entryEnds,
                            sources: sources, targets: targets, dataNames: dataNames)
                          write(rows, buffers, labelViews: labelViews, views: views, to: sink)
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

  private func write(
    _ rows: Range<Int>, _ buffers: Buffers, labelViews: UnsafeBufferPointer<PropertyColumnView>,
    views: UnsafeBufferPointer<PropertyColumnView>, to sink: ByteSink
  ) {
    var out = ByteSink.stagingBuffer()
    var label: [UInt8] = []
    var shortened: [UInt8] = []
    var scratch: [UInt8] = []
    var data = DOTString.Quoter(layer: .data)
    var display = DOTString.Quoter(layer: .display)
    for row in rows {
      out.append(contentsOf: "  ".utf8)
      data.quote(buffers.entityIDs[buffers.sources[row]], to: &out)
      out.append(contentsOf: connector)
      data.quote(buffers.entityIDs[buffers.targets[row]], to: &out)
      out.append(contentsOf: " [id=".utf8)
      data.quote(buffers.ids[row], to: &out)
      out.append(contentsOf: " label=".utf8)
      label.removeAll(keepingCapacity: true)
      let style = appendEdgeLabel(row, buffers, labelViews, to: &label, scratch: &scratch)
      shortened.removeAll(keepingCapacity: true)
      label.withUnsafeBufferPointer { DOTSerializer.appendShortened($0, to: &shortened) }
      shortened.withUnsafeBufferPointer { display.quote($0, to: &out) }
      out.append(contentsOf: " tooltip=".utf8)
      let entryStart = row == 0 ? 0 : buffers.entryEnds[row - 1]
      if entryStart == buffers.entryEnds[row] {
        display.quote(buffers.types[row], to: &out)
      } else {
        display.quote(buffers.evidence[entryStart], to: &out)
      }
      switch style {
      case .asserted: break
      case .hedged: out.append(contentsOf: hedgedStyle)
      case .denied: out.append(contentsOf: deniedStyle)
      }
      for view in views {
        view.withLexicalBytes(row, columns: columns, scratch: &scratch) { bytes in
          out.append(contentsOf: buffers.dataNames[view.position])
          data.quote(bytes, to: &out)
        }
      }
      out.append(contentsOf: "]\n".utf8)
      sink.writeIfFull(&out)
    }
    sink.write(out)
  }

  /// Appends a relation's edge label (before shortening) and returns its modality style. The
  /// label is the relation type, then what a reader needs to tell edges apart: the weapon (by
  /// its entity's label), the quantity with its qualifier, the role, and a modality other
  /// than asserted: `supplies Shahed-136 ×more than 400 [denied]`.
  private func appendEdgeLabel(
    _ row: Int, _ buffers: Buffers, _ views: UnsafeBufferPointer<PropertyColumnView>,
    to label: inout [UInt8], scratch: inout [UInt8]
  ) -> DOTSerializer.ModalityStyle {
    let (weapon, quantity, qualifier, role, modality) = (
      views[0], views[1], views[2], views[3], views[4]
    )
    label.append(contentsOf: buffers.types[row])
    weapon.withLexicalBytes(row, columns: labelColumns, scratch: &scratch) { weapon in
      label.append(UInt8(ascii: " "))
      if let entity = buffers.entityIDs.sortedRow(of: weapon) {
        label.append(contentsOf: buffers.entityLabels[entity])
      } else {
        label.append(contentsOf: weapon)
      }
    }
    if quantity.withLexicalBytes(row, columns: labelColumns, scratch: &scratch, { _ in }) != nil {
      label.append(contentsOf: " ×".utf8)
      qualifier.withLexicalBytes(row, columns: labelColumns, scratch: &scratch) { qualifier in
        label.append(contentsOf: qualifier)
        label.append(UInt8(ascii: " "))
      }
      quantity.withLexicalBytes(row, columns: labelColumns, scratch: &scratch) {
        label.append(contentsOf: $0)
      }
    }
    role.withLexicalBytes(row, columns: labelColumns, scratch: &scratch) { role in
      label.append(UInt8(ascii: " "))
      label.append(contentsOf: role)
    }
    let style =
      modality.withLexicalBytes(row, columns: labelColumns, scratch: &scratch) { modality in
        let style = DOTSerializer.modalityStyle(utf8: modality)
        if style != .asserted {
          label.append(contentsOf: " [".utf8)
          label.append(contentsOf: modality)
          label.append(UInt8(ascii: "]"))
        }
        return style
      } ?? .asserted
    return style
  }
}
