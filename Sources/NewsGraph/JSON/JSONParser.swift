/// A JSON parser on UTF-8 bytes, accepting what Python's `json` writes: RFC 8259 plus the
/// `NaN`, `Infinity` and `-Infinity` literals. Integers keep full precision (beyond 64 bits
/// as text); a `\u` escape naming a lone surrogate becomes U+FFFD and is counted, since no
/// Unicode string can hold it. Errors carry line, column and byte offset.
public struct JSONParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var depth = 0
  private let file: String
  /// How many lone surrogates were replaced by U+FFFD.
  public private(set) var replacedSurrogates = 0

  static let maximumDepth = 512

  /// Parses one JSON document.
  public static func parse(_ bytes: [UInt8], file: String = "<input>") throws -> (
    value: JSONValue, replacedSurrogates: Int
  ) {
    try bytes.withUnsafeBufferPointer { try parse(buffer: $0, file: file) }
  }

  /// Parses one JSON document in a buffer (a mapped file).
  static func parse(buffer: UnsafeBufferPointer<UInt8>, file: String) throws -> (
    value: JSONValue, replacedSurrogates: Int
  ) {
    var parser = JSONParser(bytes: buffer, file: file)
    if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
      parser.index = 3
    }
    parser.skipSpace()
    let value = try parser.parseValue()
    parser.skipSpace()
    if parser.index < buffer.count { throw parser.error("unexpected content after the JSON value") }
    return (value, parser.replacedSurrogates)
  }

  /// Parses the one value that starts at `offset` of a larger document, `depth` levels deep:
  /// the streaming node-link reader hands nested lists and objects here. Returns the value, the
  /// offset just past it and the lone surrogates replaced; errors locate in the whole document.
  static func parseValue(
    in buffer: UnsafeBufferPointer<UInt8>, at offset: Int, depth: Int, file: String
  ) throws -> (value: JSONValue, end: Int, replacedSurrogates: Int) {
    var parser = JSONParser(bytes: buffer, file: file)
    parser.index = offset
    parser.depth = depth
    let value = try parser.parseValue()
    return (value, parser.index, parser.replacedSurrogates)
  }

  private init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    self.bytes = bytes
    self.file = file
  }

  private func error(_ message: String, at offset: Int? = nil) -> NewsGraphError {
    let position = min(offset ?? index, bytes.count)
    var line = 1
    var lineStart = 0
    for scan in 0..<position where bytes[scan] == UInt8(ascii: "\n") {
      line += 1
      lineStart = scan + 1
    }
    let atEnd = position >= bytes.count
    return NewsGraphError(
      .malformedJSON(atEnd ? "\(message) (the file ends too early)" : message),
      at: InputLocation(file: file, line: line, column: position - lineStart + 1, byteOffset: position))
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func parseValue() throws -> JSONValue {
    guard index < bytes.count else { throw error("expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectWord("null"); return .null
    case UInt8(ascii: "N"): try expectWord("NaN"); return .double(.nan)
    case UInt8(ascii: "I"): try expectWord("Infinity"); return .double(.infinity)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected character '\(String(decoding: [bytes[index]], as: UTF8.self))'")
    }
  }

  /// A literal; a wrong letter is reported where the word starts, a file that ends inside the
  /// word at its end.
  private mutating func expectWord(_ word: StaticString) throws {
    let count = word.utf8CodeUnitCount
    for offset in 0..<count {
      guard index + offset < bytes.count else {
        throw error("expected \(word)", at: bytes.count)
      }
      if bytes[index + offset] != word.utf8Start[offset] { throw error("expected \(word)") }
    }
    index += count
  }

  private mutating func enter() throws {
    depth += 1
    if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
  }

  private mutating func parseObject() throws -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    skipSpace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("expected a member name in quotes")
      }
      let key = try parseString()
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
      index += 1
      skipSpace()
      members.append((key, try parseValue()))
      skipSpace()
      guard index < bytes.count else { throw error("expected ',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      } else {
        throw error("expected ',' or '}'")
      }
    }
  }

  private mutating func parseArray() throws -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var elements: [JSONValue] = []
    skipSpace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipSpace()
      elements.append(try parseValue())
      skipSpace()
      guard index < bytes.count else { throw error("expected ',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      } else {
        throw error("expected ',' or ']'")
      }
    }
  }

  private mutating func parseNumber() throws -> JSONValue {
    let start = index
    if bytes[index] == UInt8(ascii: "-") {
      index += 1
      if index < bytes.count && bytes[index] == UInt8(ascii: "I") {
        try expectWord("Infinity")
        return .double(-.infinity)
      }
    }
    func digits() -> Int {
      let first = index
      while index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
      return index - first
    }
    let integerStart = index
    let integerDigits = digits()
    guard integerDigits > 0 else { throw error("expected a digit", at: index) }
    // RFC 8259 §6: no leading zeros (Python's json refuses `01` too).
    if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
      throw error("a number cannot start with 0 followed by digits", at: integerStart)
    }
    var isInteger = true
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      isInteger = false
      guard digits() > 0 else { throw error("expected a digit after '.'") }
    }
    if index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
      index += 1
      isInteger = false
      if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
        index += 1
      }
      guard digits() > 0 else { throw error("expected a digit in the exponent") }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    if isInteger {
      if let value = Int64(text) { return .integer(value) }
      return .bigInteger(text)
    }
    guard let value = Double(text) else { throw error("unreadable number '\(text)'", at: start) }
    return .double(value)
  }

  private mutating func parseString() throws -> String {
    index += 1
    let start = index
    // Fast path: no escapes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw error("a control character inside a string must be escaped") }
      index += 1
    }
    var output = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: output, as: UTF8.self)
      }
      if byte < 0x20 { throw error("a control character inside a string must be escaped") }
      if byte != UInt8(ascii: "\\") {
        output.append(byte)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.count else { break }
      switch JSONEscape.decode(bytes, at: index) {
      case .scalar(let scalar, let end, let replaced):
        JSONEscape.appendUTF8(scalar, to: &output)
        if replaced { replacedSurrogates += 1 }
        index = end
      case .badHex(let offset):
        index = offset
        throw error("expected four hex digits after \\u")
      case .unknownEscape:
        let escape = bytes[index]
        index += 1
        throw error(
          "unknown escape '\\\(String(decoding: [escape], as: UTF8.self))'", at: index - 2)
      }
    }
    throw error("unterminated string: the file ends before its closing quote", at: start - 1)
  }
}
