import NewsGraph
import Testing

@Suite struct JSONParserTests {
  /// Text with one `⏵` marking where an error must be reported; returns the bytes without the
  /// marker and the marker's line, column (in bytes) and byte offset.
  struct Marked {
    let bytes: [UInt8]
    let line: Int
    let column: Int
    let offset: Int

    init(_ text: String) {
      let marker = Array("⏵".utf8)
      var bytes = Array(text.utf8)
      var offset = 0
      while !bytes[offset...].starts(with: marker) { offset += 1 }
      bytes.removeSubrange(offset..<offset + marker.count)
      let before = bytes[..<offset]
      let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
      self.bytes = bytes
      self.line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
      self.column = offset - lineStart + 1
      self.offset = offset
    }
  }

  private func value(_ text: String) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8)).value
  }

  private func string(_ text: String) throws -> (String, Int)? {
    let parsed = try JSONParser.parse(Array(text.utf8))
    guard case .string(let string) = parsed.value else { return nil }
    return (string, parsed.replacedSurrogates)
  }

  /// Parses marked text, expects a malformed-JSON error at the marker, returns its message.
  @discardableResult
  private func expectError(
    _ text: String, containing fragment: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> String? {
    let marked = Marked(text)
    do {
      _ = try JSONParser.parse(marked.bytes, file: "in.json")
      Issue.record("no error for \(text)", sourceLocation: sourceLocation)
      return nil
    } catch let error as NewsGraphError {
      guard case .malformedJSON(let message) = error.kind else {
        Issue.record("wrong kind \(error.kind)", sourceLocation: sourceLocation)
        return nil
      }
      #expect(message.contains(fragment), "\(message)", sourceLocation: sourceLocation)
      #expect(
        error.location
          == InputLocation(
            file: "in.json", line: marked.line, column: marked.column, byteOffset: marked.offset),
        "\(error)", sourceLocation: sourceLocation)
      return message
    } catch {
      Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
      return nil
    }
  }

  @Test func readsPythonsNonFiniteLiterals() throws {
    guard case .array(let items) = try value("[NaN, Infinity, -Infinity]"),
      case .double(let nan) = items[0], case .double(let inf) = items[1],
      case .double(let negative) = items[2]
    else {
      Issue.record("not three doubles")
      return
    }
    #expect(nan.isNaN && inf == .infinity && negative == -.infinity)
  }

  @Test func keepsIntegersExactAndBigIntegersAsText() throws {
    guard
      case .array(let items) = try value(
        "[9223372036854775807, -9223372036854775808, 9223372036854775808, -9223372036854775809, "
          + "9007199254740993, -0, 123456789012345678901234567890]")
    else {
      Issue.record("not an array")
      return
    }
    guard case .integer(Int64.max) = items[0], case .integer(Int64.min) = items[1],
      case .bigInteger("9223372036854775808") = items[2],
      case .bigInteger("-9223372036854775809") = items[3],
      case .integer(9_007_199_254_740_993) = items[4], case .integer(0) = items[5],
      case .bigInteger("123456789012345678901234567890") = items[6]
    else {
      Issue.record("integers not kept exactly: \(items)")
      return
    }
  }

  @Test func readsDoublesToTheSameBits() throws {
    let cases: [(String, Double)] = [
      ("-0.0", -0.0), ("1.0", 1), ("1e+16", 1e16), ("1E5", 1e5), ("5e-324", 5e-324),
      ("0.1", 0.1), ("1e400", .infinity), ("-1e400", -.infinity), ("2.5e-3", 0.0025),
    ]
    for (text, expected) in cases {
      guard case .double(let number) = try value(text) else {
        Issue.record("\(text) is not a double")
        continue
      }
      #expect(number.bitPattern == expected.bitPattern, "\(text)")
    }
  }

  @Test func decodesEveryEscape() throws {
    let parsed = try string(#""\" \\ \/ \b \f \n \r \t \u00e9 \u0000 \u001F \uFFFF \u20AC""#)
    #expect(parsed?.0 == "\" \\ / \u{8} \u{C} \n \r \t é \u{0} \u{1F} \u{FFFF} €")
    #expect(parsed?.1 == 0)
  }

  @Test func joinsSurrogatePairs() throws {
    let parsed = try string(#""\ud83d\ude42 \uD834\uDD1E""#)
    #expect(parsed?.0 == "🙂 𝄞")
    #expect(parsed?.1 == 0)
  }

  @Test(arguments: [
    (#""\ud800""#, "\u{FFFD}", 1),
    (#""a\ud800b""#, "a\u{FFFD}b", 1),
    (#""\udc00\ud800""#, "\u{FFFD}\u{FFFD}", 2),
    (#""\ud800\u0041""#, "\u{FFFD}A", 1),
    (#""\ud800\ud83d\ude42""#, "\u{FFFD}🙂", 1),
    (#""\ud800\n""#, "\u{FFFD}\n", 1),
  ])
  func replacesLoneSurrogatesAndCountsThem(text: String, expected: String, count: Int) throws {
    let parsed = try string(text)
    #expect(parsed?.0.equalsByScalars(expected) == true, "\(String(describing: parsed))")
    #expect(parsed?.1 == count)
  }

  @Test func keepsRawUTF8AndCanonicalTwinsApart() throws {
    guard case .object(let members) = try value("{\"Caf\u{E9}\": 1, \"Cafe\u{301}\": 2}") else {
      Issue.record("not an object")
      return
    }
    #expect(members.count == 2)
    #expect(members[0].key.unicodeScalars.count == 4 && members[1].key.unicodeScalars.count == 5)
  }

  @Test func keepsRepeatedMembersInOrder() throws {
    guard case .object(let members) = try value(#"{"a": 1, "a": 2}"#) else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["a", "a"])
  }

  @Test func skipsALeadingBOM() throws {
    let parsed = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\":true}".utf8))
    guard case .bool(true)? = parsed.value["a"] else {
      Issue.record("BOM not skipped")
      return
    }
  }

  @Test func nestingUpToTheLimitIsRead() throws {
    let depth = 512
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    _ = try value(text)
    let objects =
      String(repeating: "{\"a\":", count: depth - 1) + "{}"
      + String(repeating: "}", count: depth - 1)
    _ = try value(objects)
  }

  @Test func nestingBeyondTheLimitIsAnError() {
    expectError(
      String(repeating: "[", count: 512) + "⏵[" + String(repeating: "]", count: 513),
      containing: "nesting deeper than 512")
  }

  @Test func errorsNameLineColumnAndByteOffset() {
    expectError("{\"a\": 1,\n  ⏵x: 2}", containing: "expected a member name in quotes")
    expectError("{\"a\" ⏵1}", containing: "expected ':'")
    expectError("{\"a\": 1 ⏵\"b\": 2}", containing: "expected ',' or '}'")
    expectError("[1, 2 ⏵3]", containing: "expected ',' or ']'")
    expectError("[1, ⏵]", containing: "unexpected character ']'")
    expectError("{\"a\": ⏵tru}", containing: "expected true")
    expectError("⏵nulL", containing: "expected null")
    expectError("[\n\n  ⏵Nan]", containing: "expected NaN")
    expectError("[-⏵x]", containing: "expected a digit")
    expectError("[1.⏵]", containing: "expected a digit after '.'")
    expectError("[1e⏵]", containing: "expected a digit in the exponent")
    expectError("[⏵012]", containing: "cannot start with 0")
    expectError("[-⏵01]", containing: "cannot start with 0")
    expectError("[⏵.5]", containing: "unexpected character '.'")
    expectError("[⏵+1]", containing: "unexpected character '+'")
    expectError("[\"tab⏵\there\"]", containing: "control character")
    expectError("[\"a\", \"new⏵\nline\"]", containing: "control character")
    expectError("[\"⏵\\x41\"]", containing: "unknown escape '\\x'")
    expectError("[\"\\u12⏵G4\"]", containing: "four hex digits")
    expectError("[⏵'single']", containing: "unexpected character '''")
    expectError("{⏵a: 1}", containing: "expected a member name")
    expectError("[1, 2] ⏵[3]", containing: "unexpected content after the JSON value")
    expectError("{\"a\": 1}\n⏵garbage", containing: "unexpected content after the JSON value")
    expectError("[1] ⏵\u{FEFF}", containing: "unexpected content after the JSON value")
  }

  /// Where the file ends inside a value the message says so, at the end of the file; an
  /// unterminated string is reported at its opening quote.
  @Test(arguments: [
    ("⏵", "expected a value"), ("   ⏵", "expected a value"),
    ("{⏵", "expected a member name"), ("{\"a\"⏵", "expected ':'"),
    ("{\"a\":⏵", "expected a value"), ("{\"a\": 1⏵", "expected ',' or '}'"),
    ("[1, 2⏵", "expected ',' or ']'"), ("[1, ⏵", "expected a value"), ("[tr⏵", "expected true"),
    ("[-⏵", "expected a digit"), ("[-Inf⏵", "expected Infinity"), ("[1.⏵", "after '.'"),
    ("[1e+⏵", "in the exponent"), ("[\"\\u00⏵", "four hex digits"),
  ])
  func truncatedInputSaysTheFileEndsTooEarly(text: String, fragment: String) {
    let message = expectError(text, containing: fragment)
    #expect(
      message?.hasSuffix("(the file ends too early)") == true, "\(String(describing: message))")
  }

  @Test(arguments: ["[⏵\"abc", "{\"a\": ⏵\"abc\\", "⏵\"abc\\\""])
  func unterminatedStringsAreReportedAtTheirQuote(text: String) {
    expectError(text, containing: "unterminated string")
  }
}
