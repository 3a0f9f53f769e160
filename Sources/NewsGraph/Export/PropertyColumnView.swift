/// A `PropertyColumn`'s storage as raw buffers, for the duration of one chunk of rows: reading
/// a value through it touches no reference, so a loop over a million rows and a dozen columns
/// does no retain/release (reading through the enum copies its payload's array references for
/// every value). Views exist only inside `PropertyColumnView.with(_:_:)`.
struct PropertyColumnView {
  enum Kind {
    case text, string, integer, double, boolean, date
    case aliases, firstEntryText, firstEntryInteger, support
    /// Rare or single-row columns (`provenance`, graph constants) read through the enum.
    case other
  }

  let kind: Kind
  /// Which column of the list given to `with(_:_:)` this view shows.
  let position: Int
  /// Attribute columns: whether each row has a value.
  var present = UnsafeBufferPointer<Bool>(start: nil, count: 0)
  /// Text rows (or alias items, or first-entry texts): all bytes and each row's end offset.
  var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  var ends = UnsafeBufferPointer<Int>(start: nil, count: 0)
  /// Aliases: each row's end item; provenance-based columns: each row's end entry.
  var rowEnds = UnsafeBufferPointer<Int>(start: nil, count: 0)
  var integers = UnsafeBufferPointer<Int64>(start: nil, count: 0)
  /// First-entry numbers (sentence, start, end).
  var entryNumbers = UnsafeBufferPointer<Int>(start: nil, count: 0)
  var doubles = UnsafeBufferPointer<Double>(start: nil, count: 0)
  var flags = UnsafeBufferPointer<Bool>(start: nil, count: 0)
  var dates = UnsafeBufferPointer<CalendarDate>(start: nil, count: 0)

  init(_ kind: Kind, position: Int) {
    self.kind = kind
    self.position = position
  }

  /// Text item `item`'s bytes.
  @inline(__always)
  func text(_ item: Int) -> UnsafeBufferPointer<UInt8> {
    let lower = item == 0 ? 0 : ends[item - 1]
    return UnsafeBufferPointer(rebasing: bytes[lower..<ends[item]])
  }

  /// Row `row`'s items (aliases) or entries (provenance).
  @inline(__always)
  func rowRange(_ row: Int) -> Range<Int> { (row == 0 ? 0 : rowEnds[row - 1])..<rowEnds[row] }

  /// Calls `body` with a view of each column (same order), valid inside `body` only.
  static func with<Result>(
    _ columns: [PropertyColumn], _ body: (UnsafeBufferPointer<PropertyColumnView>) throws -> Result
  ) rethrows -> Result {
    var views: [PropertyColumnView] = []
    views.reserveCapacity(columns.count)
    return try nest(columns, &views, body)
  }

  /// Opens the buffers of column `views.count`, then the next ones, then calls `body`: one
  /// nested `withUnsafeBufferPointer` per buffer, so every pointer is valid while `body` runs.
  private static func nest<Result>(
    _ columns: [PropertyColumn], _ views: inout [PropertyColumnView],
    _ body: (UnsafeBufferPointer<PropertyColumnView>) throws -> Result
  ) rethrows -> Result {
    let position = views.count
    guard position < columns.count else { return try views.withUnsafeBufferPointer(body) }
    func next(_ view: PropertyColumnView) throws -> Result {
      views.append(view)
      return try nest(columns, &views, body)
    }
    switch columns[position] {
    case .text(let texts):
      return try texts.withBuffers { bytes, ends in
        var view = PropertyColumnView(.text, position: position)
        (view.bytes, view.ends) = (bytes, ends)
        return try next(view)
      }
    case .attribute(let column):
      return try column.present.withUnsafeBufferPointer { present in
        switch column.storage {
        case .string(let texts):
          return try texts.withBuffers { bytes, ends in
            var view = PropertyColumnView(.string, position: position)
            (view.present, view.bytes, view.ends) = (present, bytes, ends)
            return try next(view)
          }
        case .integer(let numbers):
          return try numbers.withUnsafeBufferPointer { numbers in
            var view = PropertyColumnView(.integer, position: position)
            (view.present, view.integers) = (present, numbers)
            return try next(view)
          }
        case .double(let numbers):
          return try numbers.withUnsafeBufferPointer { numbers in
            var view = PropertyColumnView(.double, position: position)
            (view.present, view.doubles) = (present, numbers)
            return try next(view)
          }
        case .boolean(let values):
          return try values.withUnsafeBufferPointer { values in
            var view = PropertyColumnView(.boolean, position: position)
            (view.present, view.flags) = (present, values)
            return try next(view)
          }
        case .date(let values):
          return try values.withUnsafeBufferPointer { values in
            var view = PropertyColumnView(.date, position: position)
            (view.present, view.dates) = (present, values)
            return try next(view)
          }
        }
      }
    case .aliases(let lists):
      return try lists.items.withBuffers { bytes, ends in
        try lists.ends.withUnsafeBufferPointer { rowEnds in
          var view = PropertyColumnView(.aliases, position: position)
          (view.bytes, view.ends, view.rowEnds) = (bytes, ends, rowEnds)
          return try next(view)
        }
      }
    case .firstEntryText(let texts, let provenance):
      return try texts.withBuffers { bytes, ends in
        try provenance.ends.withUnsafeBufferPointer { rowEnds in
          var view = PropertyColumnView(.firstEntryText, position: position)
          (view.bytes, view.ends, view.rowEnds) = (bytes, ends, rowEnds)
          return try next(view)
        }
      }
    case .firstEntryInteger(let numbers, let provenance):
      return try numbers.withUnsafeBufferPointer { numbers in
        try provenance.ends.withUnsafeBufferPointer { rowEnds in
          var view = PropertyColumnView(.firstEntryInteger, position: position)
          (view.entryNumbers, view.rowEnds) = (numbers, rowEnds)
          return try next(view)
        }
      }
    case .support(let provenance):
      return try provenance.ends.withUnsafeBufferPointer { rowEnds in
        var view = PropertyColumnView(.support, position: position)
        view.rowEnds = rowEnds
        return try next(view)
      }
    case .provenanceArray, .constant:
      return try next(PropertyColumnView(.other, position: position))
    }
  }

  /// Whether the row has a value in this column.
  @inline(__always)
  func isPresent(_ row: Int, columns: [PropertyColumn]) -> Bool {
    switch kind {
    case .text: true
    case .string, .integer, .double, .boolean, .date: present[row]
    case .aliases, .firstEntryText, .firstEntryInteger, .support: !rowRange(row).isEmpty
    case .other: columns[position].isPresent(row)
    }
  }

  /// Calls `body` with the UTF-8 of the row's lexical form (what `PropertyColumn.value(at:)`'s
  /// `lexicalForm` is); nil when the row has no value. `columns` is the list the view was
  /// made from (for `.other`); `scratch` is reused for composed forms.
  @inline(__always)
  func withLexicalBytes<Result>(
    _ row: Int, columns: [PropertyColumn], scratch: inout [UInt8],
    _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    switch kind {
    case .text:
      return try body(text(row))
    case .string:
      guard present[row] else { return nil }
      return try body(text(row))
    case .firstEntryText:
      let entries = rowRange(row)
      guard !entries.isEmpty else { return nil }
      return try body(text(entries.lowerBound))
    case .integer, .double, .boolean, .date, .firstEntryInteger, .support, .aliases:
      scratch.removeAll(keepingCapacity: true)
      guard appendComposedForm(row, to: &scratch) else { return nil }
      return try scratch.withUnsafeBufferPointer(body)
    case .other:
      return try columns[position].withLexicalBytes(row, scratch: &scratch, body)
    }
  }

  /// Appends the lexical form of a row of a number, flag, date, first-entry number, support or
  /// aliases column; false (nothing appended) when the row has no value.
  @inline(__always)
  func appendComposedForm(_ row: Int, to out: inout [UInt8]) -> Bool {
    switch kind {
    case .integer:
      guard present[row] else { return false }
      LexicalBytes.appendDecimal(integers[row], to: &out)
    case .double:
      guard present[row] else { return false }
      out.append(contentsOf: NumberText.double(doubles[row], style: .graphML).utf8)
    case .boolean:
      guard present[row] else { return false }
      out.append(contentsOf: (flags[row] ? "true" : "false").utf8)
    case .date:
      guard present[row] else { return false }
      out.append(contentsOf: dates[row].description.utf8)
    case .firstEntryInteger:
      let entries = rowRange(row)
      guard !entries.isEmpty else { return false }
      LexicalBytes.appendDecimal(Int64(entryNumbers[entries.lowerBound]), to: &out)
    case .support:
      let entries = rowRange(row)
      guard !entries.isEmpty else { return false }
      LexicalBytes.appendDecimal(Int64(entries.count), to: &out)
    case .aliases:
      let items = rowRange(row)
      guard !items.isEmpty else { return false }
      JSONText.appendArray(items: bytes, ends: ends, range: items, to: &out)
    case .text, .string, .firstEntryText, .other:
      preconditionFailure("not a composed form")
    }
    return true
  }
}
