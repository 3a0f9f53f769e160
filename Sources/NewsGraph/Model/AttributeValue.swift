/// The value types an attribute can have. Every writer maps these to its own type system
/// (GraphML `attr.type`, XSD datatypes, JSON scalars), so the set is deliberately small.
public enum AttributeType: String, Sendable, CaseIterable {
  case string
  case integer
  case double
  case boolean
  case date
}

/// One typed attribute value.
///
/// Equality is identity, not numeric or canonical equivalence: strings compare by Unicode
/// scalars (NFC and NFD twins differ), doubles by bit pattern (`NaN == NaN`, `-0.0 != 0.0`).
/// That is what a round-trip test needs and what ids and IRIs need.
public enum AttributeValue: Sendable, CustomStringConvertible {
  case string(String)
  case integer(Int64)
  case double(Double)
  case boolean(Bool)
  case date(CalendarDate)

  public var type: AttributeType {
    switch self {
    case .string: .string
    case .integer: .integer
    case .double: .double
    case .boolean: .boolean
    case .date: .date
    }
  }

  /// The lexical form used wherever the value must travel as text: when an attribute mixes
  /// types and is declared as a string, and in formats with no type of their own (DOT).
  public var lexicalForm: String {
    switch self {
    case .string(let text): text
    case .integer(let number): String(number)
    case .double(let number): NumberText.double(number, style: .graphML)
    case .boolean(let flag): flag ? "true" : "false"
    case .date(let date): date.description
    }
  }

  public var description: String { lexicalForm }

  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  public var integerValue: Int64? {
    if case .integer(let number) = self { return number }
    return nil
  }

  /// The same value as a string, for columns whose values mix types.
  public var asString: AttributeValue { .string(lexicalForm) }
}

extension AttributeValue: Equatable {
  public static func == (lhs: AttributeValue, rhs: AttributeValue) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)): a.utf8.elementsEqual(b.utf8)
    case (.integer(let a), .integer(let b)): a == b
    case (.double(let a), .double(let b)): a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
    case (.boolean(let a), .boolean(let b)): a == b
    case (.date(let a), .date(let b)): a == b
    default: false
    }
  }
}
