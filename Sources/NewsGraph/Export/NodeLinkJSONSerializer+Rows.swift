/// Node and edge objects written from the model's columns: each value's JSON straight from its
/// column's storage (quoted bytes, decimal digits), no `AttributeValue` or `String` per row.
extension NodeLinkJSONSerializer {
  /// The rest of one node or edge object after its structural members: `,"name":value` for
  /// each column with a value in `row`, then `}`. `prefixes` holds each column's `"name":`.
  @inline(__always)
  static func appendMembers(
    _ views: UnsafeBufferPointer<PropertyColumnView>, columns: [PropertyColumn], row: Int,
    prefixes: TextRows, to out: inout [UInt8], scratch: inout [UInt8]
  ) {
    for view in views {
      switch view.kind {
      case .text:
        appendPrefix(prefixes[view.position], to: &out)
        JSONText.appendQuoted(utf8: view.text(row), to: &out)
      case .string:
        guard view.present[row] else { continue }
        appendPrefix(prefixes[view.position], to: &out)
        JSONText.appendQuoted(utf8: view.text(row), to: &out)
      case .firstEntryText:
        let entries = view.rowRange(row)
        guard !entries.isEmpty else { continue }
        appendPrefix(prefixes[view.position], to: &out)
        JSONText.appendQuoted(utf8: view.text(entries.lowerBound), to: &out)
      case .double:
        guard view.present[row] else { continue }
        appendPrefix(prefixes[view.position], to: &out)
        out.append(contentsOf: doubleText(view.doubles[row]).utf8)
      case .date:
        guard view.present[row] else { continue }
        appendPrefix(prefixes[view.position], to: &out)
        appendDate(view.dates[row], to: &out)
      case .aliases:
        guard !view.rowRange(row).isEmpty else { continue }
        appendPrefix(prefixes[view.position], to: &out)
        scratch.removeAll(keepingCapacity: true)
        _ = view.appendComposedForm(row, to: &scratch)
        scratch.withUnsafeBufferPointer { JSONText.appendQuoted(utf8: $0, to: &out) }
      case .integer, .boolean, .firstEntryInteger, .support:
        // Numbers and flags: the lexical form is the JSON.
        let mark = out.count
        appendPrefix(prefixes[view.position], to: &out)
        if !view.appendComposedForm(row, to: &out) { out.removeSubrange(mark...) }
      case .other:
        appendMember(
          columns[view.position], row: row, prefix: prefixes[view.position], to: &out,
          scratch: &scratch)
      }
    }
    out.append(UInt8(ascii: "}"))
  }

  @inline(__always)
  private static func appendPrefix(_ prefix: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    out.append(UInt8(ascii: ","))
    out.append(contentsOf: prefix)
  }

  /// `,"name":value` for one column, or nothing when the row has no value there.
  static func appendMember(
    _ column: PropertyColumn, row: Int, prefix: UnsafeBufferPointer<UInt8>, to out: inout [UInt8],
    scratch: inout [UInt8]
  ) {
    func start() { appendPrefix(prefix, to: &out) }
    switch column {
    case .text(let texts):
      start()
      texts.withUTF8(row) { JSONText.appendQuoted(utf8: $0, to: &out) }
    case .attribute(let column):
      guard column.present[row] else { return }
      start()
      switch column.storage {
      case .string(let texts): texts.withUTF8(row) { JSONText.appendQuoted(utf8: $0, to: &out) }
      case .integer(let numbers): LexicalBytes.appendDecimal(numbers[row], to: &out)
      case .double(let numbers): out.append(contentsOf: doubleText(numbers[row]).utf8)
      case .boolean(let flags): out.append(contentsOf: (flags[row] ? "true" : "false").utf8)
      case .date(let dates): appendDate(dates[row], to: &out)
      }
    case .aliases(let lists):
      guard !lists.isEmpty(row) else { return }
      start()
      scratch.removeAll(keepingCapacity: true)
      JSONText.appendArray(lists, row: row, to: &scratch)
      scratch.withUnsafeBufferPointer { JSONText.appendQuoted(utf8: $0, to: &out) }
    case .firstEntryText(let texts, let provenance):
      let entries = provenance.entryRange(row)
      guard !entries.isEmpty else { return }
      start()
      texts.withUTF8(entries.lowerBound) { JSONText.appendQuoted(utf8: $0, to: &out) }
    case .firstEntryInteger(let numbers, let provenance):
      let entries = provenance.entryRange(row)
      guard !entries.isEmpty else { return }
      start()
      LexicalBytes.appendDecimal(Int64(numbers[entries.lowerBound]), to: &out)
    case .support(let provenance):
      let entries = provenance.entryRange(row)
      guard !entries.isEmpty else { return }
      start()
      LexicalBytes.appendDecimal(Int64(entries.count), to: &out)
    case .provenanceArray(let provenance):
      guard provenance.entryRange(row).count > 1 else { return }
      start()
      scratch.removeAll(keepingCapacity: true)
      JSONText.appendProvenanceArray(provenance, row: row, to: &scratch)
      scratch.withUnsafeBufferPointer { JSONText.appendQuoted(utf8: $0, to: &out) }
    case .constant(let value):
      guard let value else { return }
      start()
      appendValue(value, to: &out)
    }
  }

  /// One value's JSON (what `writeValue` writes), appended.
  static func appendValue(_ value: AttributeValue, to out: inout [UInt8]) {
    switch value {
    case .string(var text): text.withUTF8 { JSONText.appendQuoted(utf8: $0, to: &out) }
    case .integer(let number): LexicalBytes.appendDecimal(number, to: &out)
    case .double(let number): out.append(contentsOf: doubleText(number).utf8)
    case .boolean(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .date(let date): appendDate(date, to: &out)
    }
  }

  /// A date as a JSON string, `"YYYY-MM-DD"` (its digits need no escape).
  static func appendDate(_ date: CalendarDate, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    out.append(contentsOf: date.description.utf8)
    out.append(UInt8(ascii: "\""))
  }
}
