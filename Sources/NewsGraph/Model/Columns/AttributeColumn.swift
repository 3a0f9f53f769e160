/// One attribute column of the model: a name, one type, a value or none per row.
///
/// Values are stored unboxed by type (`[Int64]`, `[Double]`, a `TextColumn`…), so a
/// million-row column is a handful of allocations. A column has one type: when a value of
/// another type is appended, the column becomes a string column holding every value's lexical
/// form (the rule `AttributeSchema` states: a column whose values mix types is a string column).
///
/// Each type has its own stored array, and only the one of `type` is used: an append then
/// mutates that array in place, with no enum payload to take apart and put back per value.
public struct AttributeColumn: Sendable {
  /// The values of the column's type, for a writer's switch once per column.
  public enum Storage: Sendable {
    case string(TextColumn)
    case integer([Int64])
    case double([Double])
    case boolean([Bool])
    case date([CalendarDate])
  }

  public let name: String
  public private(set) var type: AttributeType
  /// Whether each row has a value; rows without one hold a placeholder in the storage.
  public private(set) var present: [Bool] = []
  /// Whether any row has no value, so writers may skip the per-row check when false.
  public private(set) var hasAbsentRows = false
  private var hasValues = false
  private var texts = TextColumn()
  private var integers: [Int64] = []
  private var doubles: [Double] = []
  private var booleans: [Bool] = []
  private var dates: [CalendarDate] = []

  /// An empty column; its type is settled by the first value appended.
  public init(name: String, type: AttributeType = .string) {
    self.name = name
    self.type = type
  }

  /// A column from values already in place (a reader's columns, moved rather than copied):
  /// `present` has one flag per row and the storage one value or placeholder per row.
  public init(name: String, storage: Storage, present: [Bool]) {
    self.name = name
    self.present = present
    hasAbsentRows = present.contains(false)
    hasValues = present.contains(true)
    switch storage {
    case .string(let values):
      type = .string
      texts = values
    case .integer(let values):
      type = .integer
      integers = values
    case .double(let values):
      type = .double
      doubles = values
    case .boolean(let values):
      type = .boolean
      booleans = values
    case .date(let values):
      type = .date
      dates = values
    }
    precondition(rowsInStorage == present.count, "one value or placeholder per row")
  }

  public var storage: Storage {
    switch type {
    case .string: .string(texts)
    case .integer: .integer(integers)
    case .double: .double(doubles)
    case .boolean: .boolean(booleans)
    case .date: .date(dates)
    }
  }

  public var count: Int { present.count }

  /// Whether no row has a value.
  public var isEmpty: Bool { !hasValues }

  public func value(at row: Int) -> AttributeValue? {
    guard present[row] else { return nil }
    switch type {
    case .string: return .string(texts[row])
    case .integer: return .integer(integers[row])
    case .double: return .double(doubles[row])
    case .boolean: return .boolean(booleans[row])
    case .date: return .date(dates[row])
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
        retype(value.type)
      } else if type != .string {
        becomeStrings()
      }
    }
    present.append(true)
    hasValues = true
    switch (type, value) {
    case (.string, .string(let text)): texts.append(text)
    case (.string, _): texts.append(value.lexicalForm)
    case (.integer, .integer(let number)): integers.append(number)
    case (.double, .double(let number)): doubles.append(number)
    case (.boolean, .boolean(let flag)): booleans.append(flag)
    case (.date, .date(let date)): dates.append(date)
    default: preconditionFailure("a column holds one type")
    }
  }

  /// Appends a string row from its UTF-8 bytes, without a `String` (readers' hot path).
  public mutating func appendString(utf8: UnsafeBufferPointer<UInt8>) {
    if type != .string {
      if hasValues { becomeStrings() } else { retype(.string) }
    }
    texts.append(utf8: utf8)
    present.append(true)
    hasValues = true
  }

  /// Appends every row of `other`, which must have this column's type unless one of the two
  /// has no value yet (a column read in two halves, on two cores).
  public mutating func append(contentsOf other: AttributeColumn) {
    guard other.hasValues else {
      for _ in 0..<other.count { appendAbsent() }
      return
    }
    if !hasValues && type != other.type { retype(other.type) }
    precondition(type == other.type, "a column holds one type")
    present += other.present
    hasAbsentRows = hasAbsentRows || other.hasAbsentRows
    hasValues = true
    switch type {
    case .string: texts.append(contentsOf: other.texts)
    case .integer: integers += other.integers
    case .double: doubles += other.doubles
    case .boolean: booleans += other.booleans
    case .date: dates += other.dates
    }
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
    switch type {
    case .string: result.texts = texts.gathered(rows)
    case .integer: result.integers = rows.map { integers[$0] }
    case .double: result.doubles = rows.map { doubles[$0] }
    case .boolean: result.booleans = rows.map { booleans[$0] }
    case .date: result.dates = rows.map { dates[$0] }
    }
    return result
  }

  /// The same rows with other strings (same count), for a string column.
  public mutating func replaceStrings(with newTexts: TextColumn) {
    precondition(type == .string && newTexts.count == count, "one string per row")
    texts = newTexts
  }

  /// The same values under another name.
  public func renamed(_ newName: String) -> AttributeColumn {
    var result = self
    result.rename(newName)
    return result
  }

  private var rowsInStorage: Int {
    switch type {
    case .string: texts.count
    case .integer: integers.count
    case .double: doubles.count
    case .boolean: booleans.count
    case .date: dates.count
    }
  }

  private mutating func rename(_ newName: String) {
    self = AttributeColumn(copying: self, name: newName)
  }

  private init(copying other: AttributeColumn, name: String) {
    self.name = name
    type = other.type
    present = other.present
    hasAbsentRows = other.hasAbsentRows
    hasValues = other.hasValues
    texts = other.texts
    integers = other.integers
    doubles = other.doubles
    booleans = other.booleans
    dates = other.dates
  }

  private mutating func appendPlaceholder() {
    switch type {
    case .string: texts.appendEmpty()
    case .integer: integers.append(0)
    case .double: doubles.append(0)
    case .boolean: booleans.append(false)
    case .date: dates.append(Self.placeholderDate)
    }
  }

  /// A column with no value yet takes another type: its rows become placeholders of it.
  private mutating func retype(_ newType: AttributeType) {
    texts = TextColumn()
    integers = []
    doubles = []
    booleans = []
    dates = []
    type = newType
    for _ in 0..<present.count { appendPlaceholder() }
  }

  /// Turns a typed column into a string column of its values' lexical forms.
  private mutating func becomeStrings() {
    var strings = TextColumn()
    for row in 0..<present.count {
      if let value = value(at: row) { strings.append(value.lexicalForm) } else { strings.appendEmpty() }
    }
    integers = []
    doubles = []
    booleans = []
    dates = []
    texts = strings
    type = .string
  }

  private static let placeholderDate = CalendarDate(year: 1970, month: 1, day: 1)!
}
