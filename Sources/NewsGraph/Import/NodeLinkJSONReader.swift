/// Reads NetworkX node-link JSON (`json.dumps(nx.node_link_data(G))`, any NetworkX version) and
/// NewsGraph's own JSON export into a `ForeignGraph`, keeping every value:
///
/// - The edge list is `edges` (NetworkX ≥ 3.4) or `links` (older versions, d3); a file with
///   `nodes` and neither has no edges. `directed` defaults to false, as in `node_link_graph`;
///   `multigraph` is ignored (NewsGraph graphs are always multigraphs). `graph` is an object,
///   or a list of `[name, value]` pairs as old NetworkX versions wrote it.
/// - Ids (`id`, `source`, `target`, `key`) may be strings, integers (their decimal text),
///   doubles and booleans (their lexical form: `1.5`, `true`), or lists, which NetworkX writes
///   for tuple ids (their compact JSON text, `[0,1]`). A node needs an id; an edge needs a
///   source and a target; an edge without a key gets one from `GraphImporter`.
/// - Values: strings, integers, doubles (`NaN`, `Infinity` included) and booleans keep their
///   type. An integer beyond 64 bits becomes its decimal text (a warning says so); `null` is
///   dropped (a note says so: GraphML and the model have no null); lists and objects become
///   their compact JSON text, the documented rule for lists everywhere in NewsGraph. Strings that
///   look like dates stay strings, unless the file's `date_attributes` member (written by
///   `NodeLinkJSONSerializer`) declares the column a date column.
/// - A member repeated in one object keeps its last value, as Python's `json` does, and warns.
///   Lone surrogate escapes (`"\uD800"`) become U+FFFD, with one warning giving the count.
/// - Empty, binary (NUL bytes) and non-UTF-8 input, truncated or malformed JSON, trailing
///   content and wrong shapes are errors naming the file (and, for syntax, line and column).
///
/// It reads in one streaming pass (`NodeLinkJSONScanner`) straight into columns, with no
/// `JSONValue` per element: a 430 MB, 1M-edge file in about 1.7 s and the size of its values
/// in memory. The tree reader (`readTree`) is the reference it is tested against and the judge
/// of files it refuses, so errors read exactly as before.
public struct NodeLinkJSONReader: Sendable {
  public init() {}

  public func read(bytes: [UInt8], file: String) throws -> ForeignGraph {
    try bytes.withUnsafeBufferPointer { try read(buffer: $0, file: file) }
  }

  /// Reads the bytes in one streaming pass (`NodeLinkJSONScanner`) straight into columns.
  /// `release` is told offsets the read has passed, so a mapped file's pages before them can be
  /// dropped. On any error the tree reader reads the file again and throws what it finds, so
  /// errors (binary or non-UTF-8 input first, then syntax, then shape) are exactly its own.
  public func read(
    buffer: UnsafeBufferPointer<UInt8>, file: String, release: ((Int) -> Void)? = nil
  ) throws -> ForeignGraph {
    do {
      var scanner = try NodeLinkJSONScanner(buffer, file: file, release: release)
      return try scanner.read()
    } catch let streamingError {
      _ = try readTree(buffer: buffer, file: file)
      if streamingError is NodeLinkJSONScanner.Stop {
        throw NewsGraphError(
          .malformedJSON("the streaming reader refused the file"), at: InputLocation(file: file))
      }
      throw streamingError
    }
  }

  /// Reads through a whole `JSONValue` tree: the reference the streaming reader agrees with
  /// (tests compare the two), and the judge of files it refuses. Slow and memory-hungry.
  public func readTree(bytes: [UInt8], file: String) throws -> ForeignGraph {
    try bytes.withUnsafeBufferPointer { try readTree(buffer: $0, file: file) }
  }

  func readTree(buffer: UnsafeBufferPointer<UInt8>, file: String) throws -> ForeignGraph {
    try InputFile.checkText(buffer, file: file)
    let parsed: (value: JSONValue, replacedSurrogates: Int)
    do {
      parsed = try JSONParser.parse(buffer: buffer, file: file)
    } catch let error as NewsGraphError {
      throw error.located(inFile: file)
    }
    var reading = NodeLinkTreeReading(file: file)
    let graph = try reading.graph(from: parsed.value)
    if parsed.replacedSurrogates > 0 {
      reading.warn(
        "\(parsed.replacedSurrogates) lone surrogate escape(s) (\\uD800–\\uDFFF without their "
          + "other half) were replaced by U+FFFD")
    }
    var result = graph
    result.diagnostics = reading.diagnostics()
    return result
  }

  /// Compact JSON text of a value, for lists and objects stored as strings and for list ids:
  /// no spaces, members in document order, strings escaped as `JSONText` does.
  public static func compactText(_ value: JSONValue) -> String {
    var out = ""
    appendCompact(value, to: &out)
    return out
  }

  private static func appendCompact(_ value: JSONValue, to out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .integer(let number): out += String(number)
    case .bigInteger(let digits): out += digits
    case .double(let number): out += NodeLinkJSONSerializer.doubleText(number)
    case .string(let text): JSONText.appendQuoted(text, to: &out)
    case .array(let elements):
      out += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { out += "," }
        appendCompact(element, to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { out += "," }
        JSONText.appendQuoted(member.key, to: &out)
        out += ":"
        appendCompact(member.value, to: &out)
      }
      out += "}"
    }
  }
}

extension NodeLinkJSONReader {
  /// The text of an id: strings as they are, numbers and booleans by their lexical form,
  /// lists (NetworkX's tuple ids) and objects by their compact JSON text; nil for null.
  static func idText(_ value: JSONValue) -> String? {
    switch value {
    case .null: nil
    case .string(let text): text
    case .integer(let number): String(number)
    case .bigInteger(let digits): digits
    case .double(let number): NodeLinkJSONSerializer.doubleText(number)
    case .bool(let flag): flag ? "true" : "false"
    case .array, .object: compactText(value)
    }
  }
}
