/// One attribute column of the model: a name, one type, a value or none per row.
///
/// Values are stored unboxed by type (`[Int64]`, `[Double]`, a `TextColumn`…), so a
/// million-row column is a handful of allocations. A column has one type: when a value of
/// another type is appended, the column becomes a string column holding every value's lexical
/// form (the rule `AttributeSchema` states: a column whose values mix types is a string column).
public struct AttributeColumn: Sendable {
  public enum Storage: Sendable {
    case string(TextColumn)
    case integer([Int64])
    case double([Double])
    case boolean([Bool])
    case date([CalendarDate])
  }

  public let name: String
  public private(set) var storage: Storage
  /// Whether each row has a value; rows without one hold a placeholder in `storage`.
  public private(set) var present: [Bool] = []
  /// Whether any row has no value, so writers may skip the per-row check when false.
  public private(set) var hasAbsentRows = false
  private var hasValues = false

  /// An empty column; its type is settled by the first value appended.
  public init(name: String, type: AttributeType = .string) {
    self.name = name
    self.storage = Self.emptyStorage(type)
  }

  public var count: Int { present.count }

  /// Whether no row has a value.
  public var isEmpty: Bool { !hasValues }

  public var type: AttributeType {
    switch storage {
    case .string: .string
    case .integer: .integer
    case .double: .double
    case .boolean: .boolean
    case .date: .date
    }
  }

  public func value(at row: Int) -> AttributeValue? {
    guard present[row] else { return nil }
    switch storage {
    case .string(let texts): return .string(texts[row])
    case .integer(let numbers): return .integer(numbers[row])
    case .double(let numbers): return .double(numbers[row])
    case .boolean(let flags): return .boolean(flags[row])
    case .date(let dates): return .date(dates[row])
    }
  }

  /// Appends one row. A first value decides the type of a column that has no value yet.
  public mutating func append(_ value: AttributeValue?) {
    guard let value else {
      appendAbsent()
      return
    }
    if value.type != type {
      if !hasValues {
        storage = Self.emptyStorage(value.type)
        for _ in 0..<present.count { appendPlaceholder() }
      } else if type != .string {
        becomeStrings()
      }
    }
    present.append(true)
    hasValues = true
    // Each case moves the payload out of `storage` before appending, so the buffer stays
    // uniquely referenced and grows in place.
    switch storage {
    case .string(var texts):
      storage = .boolean([])
      if case .string(let text) = value { texts.append(text) } else { texts.append(value.lexicalForm) }
      storage = .string(texts)
    case .integer(var numbers):
      storage = .boolean([])
      if case .integer(let number) = value { numbers.append(number) }
      storage = .integer(numbers)
    case .double(var numbers):
      storage = .boolean([])
      if case .double(let number) = value { numbers.append(number) }
      storage = .double(numbers)
    case .boolean(var flags):
      storage = .integer([])
      if case .boolean(let flag) = value { flags.append(flag) }
      storage = .boolean(flags)
    case .date(var dates):
      storage = .integer([])
      if case .date(let date) = value { dates.append(date) }
      storage = .date(dates)
    }
  }

  /// Appends a string row from its UTF-8 bytes, without a `String` (readers' hot path).
  public mutating func appendString(utf8: UnsafeBufferPointer<UInt8>) {
    if type != .string {
      if hasValues {
        becomeStrings()
      } else {
        storage = .string(TextColumn())
        for _ in 0..<present.count { appendPlaceholder() }
      }
    }
    guard case .string(var texts) = storage else { preconditionFailure("a string column") }
    storage = .integer([])
    texts.append(utf8: utf8)
    storage = .string(texts)
    present.append(true)
    hasValues = true
  }

  public mutating func appendAbsent() {
    appendPlaceholder()
    present.append(false)
    hasAbsentRows = true
  }

  /// Appends absent rows until the column has `count` rows.
  public mutating func pad(to rowCount: Int) {
    while present.count < rowCount { appendAbsent() }
  }

  /// The rows in the given order (a permutation or a selection).
  public func gathered(_ rows: [Int]) -> AttributeColumn {
    var result = AttributeColumn(name: name, type: type)
    result.present = rows.map { present[$0] }
    result.hasAbsentRows = result.present.contains(false)
    result.hasValues = result.present.contains(true)
    switch storage {
    case .string(let texts): result.storage = .string(texts.gathered(rows))
    case .integer(let numbers): result.storage = .integer(rows.map { numbers[$0] })
    case .double(let numbers): result.storage = .double(rows.map { numbers[$0] })
    case .boolean(let flags): result.storage = .boolean(rows.map { flags[$0] })
    case .date(let dates): result.storage = .date(rows.map { dates[$0] })
    }
    return result
  }

  /// The same rows with other strings (same count), for a string column.
  public mutating func replaceStrings(with texts: TextColumn) {
    precondition(type == .string && texts.count == count, "one string per row")
    storage = .string(texts)
  }

  /// The same values under another name.
  public func renamed(_ newName: String) -> AttributeColumn {
    var result = AttributeColumn(name: newName, type: type)
    result.storage = storage
    result.present = present
    result.hasAbsentRows = hasAbsentRows
    result.hasValues = hasValues
    return result
  }

  private mutating func appendPlaceholder() {
    switch storage {
    case .string(var texts):
      storage = .integer([])
      texts.appendEmpty()
      storage = .string(texts)
    case .integer(var numbers):
      storage = .boolean([])
      numbers.append(0)
      storage = .integer(numbers)
    case .double(var numbers):
      storage = .boolean([])
      numbers.append(0)
      storage = .double(numbers)
    case .boolean(var flags):
      storage = .integer([])
      flags.append(false)
      storage = .boolean(flags)
    case .date(var dates):
      storage = .integer([])
      dates.append(Self.placeholderDate)
      storage = .date(dates)
    }
  }

  /// Turns a typed column into a string column of its values' lexical forms.
  private mutating func becomeStrings() {
    var texts = TextColumn()
    for row in 0..<present.count {
      if let value = value(at: row) { texts.append(value.lexicalForm) } else { texts.appendEmpty() }
    }
    storage = .string(texts)
  }

  private static let placeholderDate = CalendarDate(year: 1970, month: 1, day: 1)!

  private static func emptyStorage(_ type: AttributeType) -> Storage {
    switch type {
    case .string: .string(TextColumn())
    case .integer: .integer([])
    case .double: .double([])
    case .boolean: .boolean([])
    case .date: .date([])
    }
  }
}
