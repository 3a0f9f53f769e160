/// One column of `PropertyTable` over the model's storage: where a row's value comes from,
/// decided once per column.
public enum PropertyColumn: Sendable {
  /// A value in every row (label, type, relation).
  case text(TextColumn)
  /// An entity or relation attribute, or the Wikidata id.
  case attribute(AttributeColumn)
  /// Aliases as one JSON array string; absent when a row has none.
  case aliases(TextListColumn)
  /// A text field of the row's first provenance entry (document, evidence).
  case firstEntryText(TextColumn, ProvenanceColumn)
  /// A number field of the row's first provenance entry (sentence, start, end).
  case firstEntryInteger([Int], ProvenanceColumn)
  /// How many entries the row's provenance has; absent when none.
  case support(ProvenanceColumn)
  /// Every entry as a JSON array string, for rows with more than one entry.
  case provenanceArray(ProvenanceColumn)
  /// One value for the single row of the graph's own attributes.
  case constant(AttributeValue?)

  public var type: AttributeType {
    switch self {
    case .attribute(let column): column.type
    case .firstEntryInteger, .support: .integer
    case .constant(let value): value?.type ?? .string
    default: .string
    }
  }

  public func isPresent(_ row: Int) -> Bool {
    switch self {
    case .text: true
    case .attribute(let column): column.present[row]
    case .aliases(let lists): !lists.isEmpty(row)
    case .firstEntryText(_, let provenance), .firstEntryInteger(_, let provenance),
      .support(let provenance):
      !provenance.entryRange(row).isEmpty
    case .provenanceArray(let provenance): provenance.entryRange(row).count > 1
    case .constant(let value): value != nil
    }
  }

  /// The row's value, built as an `AttributeValue` (slow path: tests, small graphs).
  public func value(at row: Int) -> AttributeValue? {
    guard isPresent(row) else { return nil }
    switch self {
    case .text(let texts): return .string(texts[row])
    case .attribute(let column): return column.value(at: row)
    case .aliases(let lists): return .string(JSONText.array(lists[row]))
    case .firstEntryText(let texts, let provenance):
      return .string(texts[provenance.entryRange(row).lowerBound])
    case .firstEntryInteger(let numbers, let provenance):
      return .integer(Int64(numbers[provenance.entryRange(row).lowerBound]))
    case .support(let provenance): return .integer(Int64(provenance.entryRange(row).count))
    case .provenanceArray(let provenance):
      return .string(JSONText.provenanceArray(provenance[row]))
    case .constant(let value): return value
    }
  }

  /// Calls `body` with the UTF-8 bytes of the row's lexical form (what GraphML, DOT and the
  /// dump write), without building a `String` for text and numbers; nil when absent. `scratch`
  /// is reused between calls for forms that must be composed.
  @inlinable
  public func withLexicalForm<Result>(
    _ row: Int, scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    guard isPresent(row) else { return nil }
    switch self {
    case .text(let texts):
      return try texts.withUTF8(row, body)
    case .firstEntryText(let texts, let provenance):
      return try texts.withUTF8(provenance.entryRange(row).lowerBound, body)
    case .firstEntryInteger(let numbers, let provenance):
      scratch.removeAll(keepingCapacity: true)
      LexicalBytes.appendDecimal(Int64(numbers[provenance.entryRange(row).lowerBound]), to: &scratch)
    case .support(let provenance):
      scratch.removeAll(keepingCapacity: true)
      LexicalBytes.appendDecimal(Int64(provenance.entryRange(row).count), to: &scratch)
    case .attribute(let column):
      scratch.removeAll(keepingCapacity: true)
      switch column.storage {
      case .string(let texts): return try texts.withUTF8(row, body)
      case .integer(let numbers): LexicalBytes.appendDecimal(numbers[row], to: &scratch)
      case .double(let numbers):
        scratch.append(contentsOf: NumberText.double(numbers[row], style: .graphML).utf8)
      case .boolean(let flags): scratch.append(contentsOf: (flags[row] ? "true" : "false").utf8)
      case .date(let dates): scratch.append(contentsOf: dates[row].description.utf8)
      }
    case .aliases, .provenanceArray, .constant:
      scratch.removeAll(keepingCapacity: true)
      scratch.append(contentsOf: value(at: row)!.lexicalForm.utf8)
    }
    return try scratch.withUnsafeBufferPointer(body)
  }
}

/// Lexical forms written as bytes, for writers' hot loops.
public enum LexicalBytes {
  /// Calls `body` with the decimal form of an integer (what `String(number)` gives), composed
  /// in a stack buffer.
  @inlinable
  public static func withDecimal<Result>(
    _ number: Int64, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    return try withUnsafeMutableBytes(of: &digits) { buffer in
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
      return try body(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[index...]))
    }
  }

  /// The decimal form of an integer, appended.
  @inlinable
  public static func appendDecimal(_ number: Int64, to bytes: inout [UInt8]) {
    withDecimal(number) { bytes.append(contentsOf: $0) }
  }
}
