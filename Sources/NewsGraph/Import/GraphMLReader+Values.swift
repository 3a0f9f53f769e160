extension GraphMLReader {
  /// The value types a key can declare, as NewsGraph reads them.
  enum ValueType: Equatable {
    case string
    case integer
    case double
    case boolean
    /// A NewsGraph date key: `string` in the file, `YYYY-MM-DD` values.
    case date

    /// `attr.type`, or nil for a type GraphML does not define (read as string, with a warning).
    /// A missing `attr.type` is `string`, the GraphML default.
    init?(attributeType: String?) {
      guard let attributeType else {
        self = .string
        return
      }
      switch attributeType.lowercased() {
      case "string": self = .string
      case "int", "long", "integer": self = .integer
      case "float", "double": self = .double
      case "boolean": self = .boolean
      default: return nil
      }
    }

    var name: String {
      switch self {
      case .string: "string"
      case .integer: "integer"
      case .double: "double"
      case .boolean: "boolean"
      case .date: "date"
      }
    }
  }

  /// What a lexical form gave.
  enum Parsed: Equatable {
    case value(AttributeValue)
    /// Digits that do not fit 64 bits: kept as the string, with a warning.
    case tooLarge(String)
    /// A date key's value that is not `YYYY-MM-DD`: kept as the string, with a warning.
    case notADate(String)
    case invalid
  }

  static func parse(_ text: String, as type: ValueType) -> Parsed {
    switch type {
    case .string:
      return .value(.string(text))
    case .date:
      return CalendarDate(iso: text).map { .value(.date($0)) } ?? .notADate(text)
    case .integer:
      let trimmed = trimmingXMLSpace(text)
      guard isInteger(trimmed) else { return .invalid }
      return Int64(trimmed).map { .value(.integer($0)) } ?? .tooLarge(text)
    case .double:
      return double(trimmingXMLSpace(text)).map { .value(.double($0)) } ?? .invalid
    case .boolean:
      switch trimmingXMLSpace(text).lowercased() {
      case "true", "1": return .value(.boolean(true))
      case "false", "0": return .value(.boolean(false))
      default: return .invalid
      }
    }
  }

  /// XML white space (XML 1.0 §2.3 `S`: space, TAB, LF, CR) removed at both ends.
  static func trimmingXMLSpace(_ text: String) -> String {
    let bytes = text.utf8
    func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
    guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = bytes.lastIndex(where: { !isSpace($0) })!
    if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex { return text }
    return String(text[first...last])
  }

  /// An optional sign, then one or more ASCII digits.
  static func isInteger(_ text: String) -> Bool {
    var bytes = text.utf8[...]
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      bytes = bytes.dropFirst()
    }
    return !bytes.isEmpty && bytes.allSatisfy(isDigit)
  }

  /// A double as Python's `float()` reads it: an optional sign, then `nan`, `inf` or
  /// `infinity` in any case, or a decimal number with an optional exponent (`1`, `-0.0`,
  /// `.5`, `5.`, `2.3e9`). Hexadecimal and digit separators are refused; out-of-range values
  /// become ±infinity or ±0, as in Python.
  static func double(_ text: String) -> Double? {
    var bytes = text.utf8[...]
    var negative = false
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      negative = sign == UInt8(ascii: "-")
      bytes = bytes.dropFirst()
    }
    switch String(decoding: bytes, as: UTF8.self).lowercased() {
    case "nan": return .nan
    case "inf", "infinity": return negative ? -.infinity : .infinity
    default: break
    }
    var digits = 0
    while let byte = bytes.first, isDigit(byte) {
      digits += 1
      bytes = bytes.dropFirst()
    }
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      while let byte = bytes.first, isDigit(byte) {
        digits += 1
        bytes = bytes.dropFirst()
      }
    }
    guard digits > 0 else { return nil }
    if let marker = bytes.first, marker | 0x20 == UInt8(ascii: "e") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        bytes = bytes.dropFirst()
      }
      guard !bytes.isEmpty, bytes.allSatisfy(isDigit) else { return nil }
      bytes = bytes[bytes.endIndex...]
    }
    guard bytes.isEmpty else { return nil }
    return Double(text)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
