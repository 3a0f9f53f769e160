extension GraphMLSerializer {
  /// One row's text in a `TextColumn`, as raw buffers: the writers' loops read rows through it
  /// without a `String`, an array copy or reference counting per row.
  struct TextView {
    var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var ends = UnsafeBufferPointer<Int>(start: nil, count: 0)

    @inline(__always)
    func row(_ row: Int) -> UnsafeBufferPointer<UInt8> {
      let lower = row == 0 ? 0 : ends[row - 1]
      return UnsafeBufferPointer(rebasing: bytes[lower..<ends[row]])
    }

    static func with<Result>(
      _ column: TextColumn, _ body: (TextView) throws -> Result
    ) rethrows -> Result {
      try column.withAllBytes { bytes in
        try column.ends.withUnsafeBufferPointer { ends in
          try body(TextView(bytes: bytes, ends: ends))
        }
      }
    }
  }

  /// One `PropertyColumn` as raw buffers over the model's storage, decided once per column, so
  /// that the row loop switches on a plain enum and reads memory (a `switch` over
  /// `PropertyColumn` itself would copy its payload, retaining every array, per row).
  struct ColumnView {
    enum Kind {
      /// A text in every row (label, type, relation).
      case text
      /// A string attribute; `present` says which rows have one.
      case optionalText
      /// A JSON array of the row's strings (`text`, lists in `entryEnds`); absent when empty.
      case aliases
      /// A text of the row's first provenance entry (`text` indexed by entry).
      case firstEntryText
      /// A number of the row's first provenance entry.
      case firstEntryInteger
      /// How many provenance entries the row has.
      case support
      case integer
      case double
      case boolean
      case date
      /// Anything else (`provenance` arrays): written through `PropertyColumn.withLexicalForm`.
      case composed
    }

    var kind = Kind.composed
    /// Whether `present` must be read (false when the column has a value in every row).
    var checksPresence = false
    var present = UnsafeBufferPointer<Bool>(start: nil, count: 0)
    var text = TextView()
    /// `ends` of the provenance entries or of the alias lists, row by row.
    var entryEnds = UnsafeBufferPointer<Int>(start: nil, count: 0)
    var numbers = UnsafeBufferPointer<Int>(start: nil, count: 0)
    var integers = UnsafeBufferPointer<Int64>(start: nil, count: 0)
    var doubles = UnsafeBufferPointer<Double>(start: nil, count: 0)
    var flags = UnsafeBufferPointer<Bool>(start: nil, count: 0)
    var dates = UnsafeBufferPointer<CalendarDate>(start: nil, count: 0)
    /// `<data key="…">` with its indentation, in the section's markup bytes.
    var open = 0..<0

    @inline(__always)
    func entryRange(_ row: Int) -> Range<Int> {
      (row == 0 ? 0 : entryEnds[row - 1])..<entryEnds[row]
    }

    /// Calls `body` with a view of each column, valid inside `body` only.
    static func withViews<Result>(
      _ columns: [PropertyColumn], opens: [Range<Int>],
      _ body: (UnsafeBufferPointer<ColumnView>) throws -> Result
    ) rethrows -> Result {
      var views: [ColumnView] = []
      views.reserveCapacity(columns.count)
      return try collect(columns, opens: opens, into: &views, body)
    }

    private static func collect<Result>(
      _ columns: [PropertyColumn], opens: [Range<Int>], into views: inout [ColumnView],
      _ body: (UnsafeBufferPointer<ColumnView>) throws -> Result
    ) rethrows -> Result {
      let index = views.count
      guard index < columns.count else { return try views.withUnsafeBufferPointer(body) }
      return try withView(columns[index]) { view in
        var view = view
        view.open = opens[index]
        views.append(view)
        return try collect(columns, opens: opens, into: &views, body)
      }
    }

    private static func withView<Result>(
      _ column: PropertyColumn, _ body: (ColumnView) throws -> Result
    ) rethrows -> Result {
      var view = ColumnView()
      switch column {
      case .text(let texts):
        return try TextView.with(texts) { text in
          view.kind = .text
          view.text = text
          return try body(view)
        }
      case .attribute(let attribute):
        return try attribute.present.withUnsafeBufferPointer { present in
          view.present = present
          view.checksPresence = attribute.hasAbsentRows
          return try withStorage(attribute.storage, view, body)
        }
      case .aliases(let lists):
        return try TextView.with(lists.items) { items in
          try lists.ends.withUnsafeBufferPointer { ends in
            view.kind = .aliases
            view.text = items
            view.entryEnds = ends
            return try body(view)
          }
        }
      case .firstEntryText(let texts, let provenance):
        return try TextView.with(texts) { text in
          try provenance.ends.withUnsafeBufferPointer { ends in
            view.kind = .firstEntryText
            view.text = text
            view.entryEnds = ends
            return try body(view)
          }
        }
      case .firstEntryInteger(let numbers, let provenance):
        return try numbers.withUnsafeBufferPointer { numbers in
          try provenance.ends.withUnsafeBufferPointer { ends in
            view.kind = .firstEntryInteger
            view.numbers = numbers
            view.entryEnds = ends
            return try body(view)
          }
        }
      case .support(let provenance):
        return try provenance.ends.withUnsafeBufferPointer { ends in
          view.kind = .support
          view.entryEnds = ends
          return try body(view)
        }
      case .provenanceArray, .constant:
        return try body(view)
      }
    }

    private static func withStorage<Result>(
      _ storage: AttributeColumn.Storage, _ view: ColumnView,
      _ body: (ColumnView) throws -> Result
    ) rethrows -> Result {
      var view = view
      switch storage {
      case .string(let texts):
        return try TextView.with(texts) { text in
          view.kind = .optionalText
          view.text = text
          return try body(view)
        }
      case .integer(let integers):
        return try integers.withUnsafeBufferPointer { integers in
          view.kind = .integer
          view.integers = integers
          return try body(view)
        }
      case .double(let doubles):
        return try doubles.withUnsafeBufferPointer { doubles in
          view.kind = .double
          view.doubles = doubles
          return try body(view)
        }
      case .boolean(let flags):
        return try flags.withUnsafeBufferPointer { flags in
          view.kind = .boolean
          view.flags = flags
          return try body(view)
        }
      case .date(let dates):
        return try dates.withUnsafeBufferPointer { dates in
          view.kind = .date
          view.dates = dates
          return try body(view)
        }
      }
    }
  }
}
