#if canImport(Glibc)
  import Glibc
#endif

/// The streaming half of `NodeLinkJSONReader`: one pass over the UTF-8 bytes that appends
/// every node and edge value straight into `ForeignTable` columns. No `JSONValue`, `String` or
/// array is made per element; strings without escapes go from the input to a column in one
/// copy. Small members (`graph`, `directed`, `date_attributes`) and nested lists or objects go
/// through `JSONParser`.
///
/// It reads what `NodeLinkTreeReading` reads, to the same `ForeignGraph` and diagnostics; on
/// anything it does not accept it stops (`Stop`) and the tree reader says what is wrong, so
/// error messages and their order stay exactly those of the tree reader.
struct NodeLinkJSONScanner {
  /// The file is not what the streaming reader accepts; the tree reader gives the error.
  struct Stop: Error {}

  private let buffer: UnsafeBufferPointer<UInt8>
  private let base: UnsafePointer<UInt8>
  private let count: Int
  private var index = 0
  private let file: String
  /// Told the offsets the read has passed, so the pages before them can be dropped.
  private let release: ((Int) -> Void)?
  private var released = 0
  /// Lists with more bytes left than this are read in two halves on two cores.
  private let splitAbove: Int
  /// How many lists were read in two halves that were joined (for tests).
  private(set) var halvesJoined = 0
  private var replacedSurrogates = 0
  private let names = ScratchBytes()
  private let values = ScratchBytes()
  private var topReports = NodeLinkReports()

  init(
    _ buffer: UnsafeBufferPointer<UInt8>, file: String, release: ((Int) -> Void)?,
    splitAbove: Int = 1 << 26
  ) throws {
    guard let base = buffer.baseAddress, buffer.count > 0 else { throw Stop() }
    self.buffer = buffer
    self.base = base
    self.count = buffer.count
    self.file = file
    self.release = release
    self.splitAbove = ParallelMap.processorCount > 1 ? splitAbove : Int.max
  }

  // MARK: The document

  /// A list member (`nodes`, `edges`, `links`): read into columns, or not an array.
  private enum List {
    case table(NodeLinkTableReading)
    case other
  }

  mutating func read() throws -> ForeignGraph {
    if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { index = 3 }
    skipSpace()
    guard index < count, base[index] == UInt8(ascii: "{") else { throw Stop() }
    index += 1
    var nodes: List?
    var edges: List?
    var links: List?
    var directed: JSONValue?
    var graph: JSONValue?
    var dates: JSONValue?
    var seen: [[UInt8]] = []
    skipSpace()
    guard index < count, base[index] != UInt8(ascii: "}") else { throw Stop() }
    while true {
      skipSpace()
      guard index < count, base[index] == UInt8(ascii: "\"") else { throw Stop() }
      let name = Array(try string(inNames: true))
      if seen.contains(name) {
        topReports.report(
          .duplicate, .graph, String(decoding: name, as: UTF8.self), "the top-level object")
      } else {
        seen.append(name)
      }
      skipSpace()
      guard index < count, base[index] == UInt8(ascii: ":") else { throw Stop() }
      index += 1
      skipSpace()
      guard index < count else { throw Stop() }
      switch name {
      case Array("nodes".utf8): nodes = try list(.node, name: "nodes")
      case Array("edges".utf8): edges = try list(.edge, name: "edges")
      case Array("links".utf8): links = try list(.edge, name: "links")
      case Array("directed".utf8): directed = try nested(depth: 1)
      case Array("graph".utf8): graph = try nested(depth: 1)
      case Array(NodeLinkJSONSerializer.dateAttributesMember.utf8): dates = try nested(depth: 1)
      default: _ = try nested(depth: 1)
      }
      if try closes(with: UInt8(ascii: "}")) { break }
    }
    skipSpace()
    guard index == count else { throw Stop() }

    guard case .table(var nodeReading)? = nodes else { throw Stop() }
    var plain: [Diagnostic] = []
    let location = InputLocation(file: file)
    if edges != nil && links != nil {
      plain.append(
        Diagnostic(
          .warning,
          "the file has both \"edges\" and \"links\"; \"edges\" is read, \"links\" ignored",
          at: location))
    }
    var edgeReading = NodeLinkTableReading(domain: .edge, list: "edges")
    if let chosen = edges ?? links {
      guard case .table(let reading) = chosen else { throw Stop() }
      edgeReading = reading
    }
    var helper = NodeLinkTreeReading(file: file)
    let isDirected = try helper.directed(directed)
    if let dates { try helper.readDateColumns(dates) }
    let graphAttributes = try helper.graphAttributes(graph)
    nodeReading.applyDates(helper.dateColumns[.node] ?? [])
    edgeReading.applyDates(helper.dateColumns[.edge] ?? [])
    if replacedSurrogates > 0 {
      plain.append(
        Diagnostic(
          .warning,
          "\(replacedSurrogates) lone surrogate escape(s) (\\uD800–\\uDFFF without their "
            + "other half) were replaced by U+FFFD", at: location))
    }
    var reports = topReports
    reports.append(helper.reports)
    reports.append(nodeReading.reports())
    reports.append(edgeReading.reports())
    nodeReading.table.finish()
    edgeReading.table.finish()
    var result = ForeignGraph(
      isDirected: isDirected, attributes: graphAttributes, nodeTable: nodeReading.table,
      edgeTable: edgeReading.table)
    result.diagnostics = plain + reports.diagnostics(at: location)
    return result
  }

  /// A nested value through `JSONParser`, `depth` levels in.
  private mutating func nested(depth: Int) throws -> JSONValue {
    let parsed = try JSONParser.parseValue(in: buffer, at: index, depth: depth, file: file)
    index = parsed.end
    replacedSurrogates += parsed.replacedSurrogates
    return parsed.value
  }

  private mutating func list(_ domain: AttributeDomain, name: String) throws -> List {
    guard base[index] == UInt8(ascii: "[") else {
      _ = try nested(depth: 1)
      return .other
    }
    index += 1
    var reading = NodeLinkTableReading(domain: domain, list: name)
    skipSpace()
    guard index < count else { throw Stop() }
    if base[index] == UInt8(ascii: "]") {
      index += 1
      return .table(reading)
    }
    let split = splitPoint()
    let second = split.map { NodeLinkSecondHalf(buffer, file: file, from: $0, domain, list: name) }
    // The other core reads the same mapped bytes: it must be done before they can go. When
    // its result is not needed (the list ended before the split point), it stops early.
    defer {
      second?.cancel()
      _ = second?.wait()
    }
    if try readElements(into: &reading, stoppingAt: split) == .stopped {
      if let tail = second?.wait(), reading.append(tail.reading) {
        halvesJoined += 1
        index = tail.end
        replacedSurrogates += tail.replacedSurrogates
        if let release {
          released = index
          release(index)
        }
        return .table(reading)
      }
      _ = try readElements(into: &reading, stoppingAt: nil)
    }
    return .table(reading)
  }

  /// How `readElements` ended: at the list's `]`, or at the element that starts at `split`.
  enum ElementsEnd {
    case ended
    case stopped
  }

  /// The elements of a list from `index` to its `]`, or up to the element that starts at
  /// `split` when an element does start there.
  private mutating func readElements(
    into reading: inout NodeLinkTableReading, stoppingAt split: Int?,
    unlessCancelled isCancelled: (() -> Bool)? = nil
  ) throws -> ElementsEnd {
    while true {
      skipSpace()
      if index == split { return .stopped }
      if let isCancelled, isCancelled() { throw Stop() }
      guard index < count, base[index] == UInt8(ascii: "{") else { throw Stop() }
      try element(into: &reading)
      if index - released >= 1 << 25, let release {
        released = index
        release(index)
      }
      if try closes(with: UInt8(ascii: "]")) { return .ended }
    }
  }

  /// After an object member or a list item: steps over `,` (false: more follow) or over the
  /// closing bracket (true); anything else is not JSON.
  @inline(__always)
  private mutating func closes(with closing: UInt8) throws -> Bool {
    skipSpace()
    guard index < count else { throw Stop() }
    let byte = base[index]
    guard byte == UInt8(ascii: ",") || byte == closing else { throw Stop() }
    index += 1
    return byte == closing
  }

  /// Reads a list's elements from `start` (where one begins) to the list's end, for
  /// `NodeLinkSecondHalf`: the table, the offset after `]`, and the lone surrogates replaced.
  mutating func readTail(
    from start: Int, _ domain: AttributeDomain, list name: String,
    unlessCancelled isCancelled: @escaping () -> Bool
  ) throws -> (reading: NodeLinkTableReading, end: Int, replacedSurrogates: Int) {
    index = start
    var reading = NodeLinkTableReading(domain: domain, list: name)
    _ = try readElements(into: &reading, stoppingAt: nil, unlessCancelled: isCancelled)
    return (reading, index, replacedSurrogates)
  }

  /// Where the second half of a long list may start: the first `{` after the middle of the
  /// bytes left that follows `}` and `,` (with any spaces), when more than `splitAbove` bytes
  /// are left. It may lie inside a string; then no element starts there, the first half reads
  /// past it, and the list is read in one go after all.
  private func splitPoint() -> Int? {
    guard count - index > splitAbove else { return nil }
    var position = index + (count - index) / 2
    while position < count {
      guard let brace = memchr(base + position, Int32(UInt8(ascii: "}")), count - position) else {
        return nil
      }
      var next = base.distance(to: UnsafePointer(brace.assumingMemoryBound(to: UInt8.self))) + 1
      func skip() { while next < count && [0x20, 0x0A, 0x0D, 0x09].contains(base[next]) { next += 1 } }
      skip()
      if next < count && base[next] == UInt8(ascii: ",") {
        next += 1
        skip()
        if next < count && base[next] == UInt8(ascii: "{") { return next }
      }
      position = next
    }
    return nil
  }

  // MARK: One node or edge

  /// An id member (`id`, `source`, `target`, `key`) of the element being read.
  private struct IDSlot {
    var bytes: [UInt8] = []
    var isPresent = false
    var isSeen = false
  }

  private var slots = [IDSlot](repeating: IDSlot(), count: 4)

  /// One element object, at its `{`: values go to the columns, ids to `slots`.
  private mutating func element(into reading: inout NodeLinkTableReading) throws {
    index += 1
    let row = reading.table.count
    for slot in slots.indices {
      slots[slot].isPresent = false
      slots[slot].isSeen = false
    }
    var member = 0
    skipSpace()
    guard index < count else { throw Stop() }
    if base[index] == UInt8(ascii: "}") {
      index += 1
    } else {
      while true {
        skipSpace()
        guard index < count, base[index] == UInt8(ascii: "\"") else { throw Stop() }
        let name = try string(inNames: true)
        skipSpace()
        guard index < count, base[index] == UInt8(ascii: ":") else { throw Stop() }
        index += 1
        skipSpace()
        guard index < count else { throw Stop() }
        let position = reading.position(of: name, member: member)
        if position < 0 {
          let slot = -1 - position
          if slots[slot].isSeen {
            reading.tally(.duplicate, position, row: row, sequence: member, phase: 0)
          }
          slots[slot].isSeen = true
          try idValue(into: slot)
        } else {
          try attributeValue(into: &reading, position: position, row: row, member: member)
        }
        member += 1
        if try closes(with: UInt8(ascii: "}")) { break }
      }
    }
    reading.order.removeSubrange(min(member, reading.order.count)...)
    if reading.domain == .node {
      guard slots[0].isPresent else { throw Stop() }
      slots[0].bytes.withUnsafeBufferPointer { reading.table.endRow(id: $0) }
    } else {
      guard slots[1].isPresent, slots[2].isPresent else { throw Stop() }
      slots[1].bytes.withUnsafeBufferPointer { source in
        slots[2].bytes.withUnsafeBufferPointer { target in
          reading.table.appendEnds(source: source, target: target)
        }
      }
      if slots[3].isPresent {
        slots[3].bytes.withUnsafeBufferPointer { reading.table.endRow(id: $0) }
      } else {
        reading.table.endRow(id: nil as UnsafeBufferPointer<UInt8>?)
      }
    }
  }

  /// An id's text (`NodeLinkJSONReader.idText`): strings as they are, numbers and booleans by
  /// their lexical form, lists and objects by their compact JSON text; null is no id.
  private mutating func idValue(into slot: Int) throws {
    slots[slot].bytes.removeAll(keepingCapacity: true)
    slots[slot].isPresent = true
    switch base[index] {
    case UInt8(ascii: "\""):
      let text = try string(inNames: false)
      slots[slot].bytes.append(contentsOf: text)
    case UInt8(ascii: "n"):
      try word("null")
      slots[slot].isPresent = false
    case UInt8(ascii: "t"):
      try word("true")
      slots[slot].bytes.append(contentsOf: "true".utf8)
    case UInt8(ascii: "f"):
      try word("false")
      slots[slot].bytes.append(contentsOf: "false".utf8)
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      let value = try nested(depth: 3)
      slots[slot].bytes.append(contentsOf: NodeLinkJSONReader.compactText(value).utf8)
    default:
      let start = index
      switch try number() {
      case .integer(let number): LexicalBytes.appendDecimal(number, to: &slots[slot].bytes)
      case .double(let number):
        slots[slot].bytes.append(contentsOf: NodeLinkJSONSerializer.doubleText(number).utf8)
      case .big:
        slots[slot].bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
      }
    }
  }

  /// A value for the column at `position`, row `row`.
  private mutating func attributeValue(
    into reading: inout NodeLinkTableReading, position: Int, row: Int, member: Int
  ) throws {
    let isRepeat = reading.table.columns[position].lastRow == row
    if isRepeat {
      reading.tally(.duplicate, position, row: row, sequence: member, phase: 0)
      reading.cancelPending(position, row: row)
    } else {
      reading.table.columns[position].lastRow = row
      reading.firstMember[position] = member
    }
    let value: AttributeValue?
    switch base[index] {
    case UInt8(ascii: "\""):
      let text = try string(inNames: false)
      if !isRepeat {
        reading.table.columns[position].appendString(utf8: text, row: row)
        return
      }
      value = .string(String(decoding: text, as: UTF8.self))
    case UInt8(ascii: "t"):
      try word("true")
      value = .boolean(true)
    case UInt8(ascii: "f"):
      try word("false")
      value = .boolean(false)
    case UInt8(ascii: "n"):
      try word("null")
      reading.pend(.null, position, row: row)
      value = nil
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      value = .string(NodeLinkJSONReader.compactText(try nested(depth: 3)))
    default:
      let start = index
      switch try number() {
      case .integer(let number): value = .integer(number)
      case .double(let number): value = .double(number)
      case .big:
        reading.pend(.bigInteger, position, row: row)
        value = .string(
          String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
      }
    }
    if isRepeat {
      reading.table.columns[position].replace(value, row: row)
    } else if let value {
      reading.table.columns[position].append(value, row: row)
    }
  }

  // MARK: Tokens

  private mutating func skipSpace() {
    while index < count {
      switch base[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private mutating func word(_ text: StaticString) throws {
    let length = text.utf8CodeUnitCount
    guard index + length <= count, memcmp(base + index, text.utf8Start, length) == 0 else {
      throw Stop()
    }
    index += length
  }

  private enum Number {
    case integer(Int64)
    case double(Double)
    /// An integer beyond 64 bits: the caller takes its text from the input.
    case big
  }

  private static let powersOfTen: [Double] = (0...22).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  /// A number as `JSONParser` reads it (RFC 8259 plus `NaN`, `Infinity`, `-Infinity`).
  private mutating func number() throws -> Number {
    let start = index
    var negative = false
    if base[index] == UInt8(ascii: "N") {
      try word("NaN")
      return .double(.nan)
    }
    if base[index] == UInt8(ascii: "I") {
      try word("Infinity")
      return .double(.infinity)
    }
    if base[index] == UInt8(ascii: "-") {
      negative = true
      index += 1
      if index < count && base[index] == UInt8(ascii: "I") {
        try word("Infinity")
        return .double(-.infinity)
      }
    }
    let integerStart = index
    var mantissa: UInt64 = 0
    var digits = 0
    while index < count, base[index] &- 0x30 < 10 {
      digits += 1
      if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(base[index] &- 0x30) }
      index += 1
    }
    let integerDigits = index - integerStart
    guard integerDigits > 0 else { throw Stop() }
    if integerDigits > 1 && base[integerStart] == UInt8(ascii: "0") { throw Stop() }
    var isInteger = true
    var fractionDigits = 0
    if index < count && base[index] == UInt8(ascii: ".") {
      index += 1
      isInteger = false
      while index < count, base[index] &- 0x30 < 10 {
        digits += 1
        fractionDigits += 1
        if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(base[index] &- 0x30) }
        index += 1
      }
      guard fractionDigits > 0 else { throw Stop() }
    }
    var exponent = 0
    var exponentDigits = 0
    if index < count && base[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      isInteger = false
      var exponentNegative = false
      if index < count && (base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-")) {
        exponentNegative = base[index] == UInt8(ascii: "-")
        index += 1
      }
      let exponentStart = index
      while index < count, base[index] &- 0x30 < 10 {
        if exponentDigits < 6 { exponent = exponent * 10 + Int(base[index] &- 0x30) }
        exponentDigits += 1
        index += 1
      }
      guard index > exponentStart else { throw Stop() }
      if exponentNegative { exponent = -exponent }
    }
    if isInteger {
      if integerDigits < 19 {
        return .integer(negative ? -Int64(mantissa) : Int64(mantissa))
      }
      if let value = Int64(
        String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
      {
        return .integer(value)
      }
      return .big
    }
    // Clinger's fast path: an exact mantissa below 2^53 times an exact power of ten rounds once.
    let scale = exponent - fractionDigits
    if digits <= 19 && exponentDigits <= 6 && mantissa <= 1 << 53 && scale >= -22 && scale <= 22 {
      var value = Double(mantissa)
      value = scale >= 0 ? value * Self.powersOfTen[scale] : value / Self.powersOfTen[-scale]
      return .double(negative ? -value : value)
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
    guard let value = Double(text) else { throw Stop() }
    return .double(value)
  }

  /// Whether a word of 8 input bytes may hold a byte the string loop must look at: a quote, a
  /// backslash, a control character or a non-ASCII byte.
  @inline(__always)
  private static func needsLook(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let zeroQuote = (quote &- ones) & ~quote
    let zeroBackslash = (backslash &- ones) & ~backslash
    let control = (word &- (ones &* 0x20)) & ~word
    return ((zeroQuote | zeroBackslash | control | word) & highs) != 0
  }

  /// Moves `index` past whole words of eight bytes the string loops need not look at.
  @inline(__always)
  private mutating func skipPlainWords() {
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if Self.needsLook(word) { break }
      index += 8
    }
  }

  /// A string at its opening quote; its bytes are the input itself when it has no escape, else
  /// those decoded into `names` or `values`, valid until the next read into that buffer (the
  /// buffer is only touched on that path, which keeps the common one free of reference
  /// counting). Checks the UTF-8 as it goes.
  private mutating func string(inNames: Bool) throws -> UnsafeBufferPointer<UInt8> {
    index += 1
    let start = index
    while true {
      skipPlainWords()
      guard index < count else { throw Stop() }
      let byte = base[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return UnsafeBufferPointer(start: base + start, count: index - 1 - start)
      }
      if byte == UInt8(ascii: "\\") {
        return try escapedString(from: start, into: inNames ? names : values)
      }
      if byte < 0x20 { throw Stop() }
      if byte >= 0x80 { try skipScalar() } else { index += 1 }
    }
  }

  /// Steps over one multi-byte UTF-8 sequence, refusing what `UTF8Validation` refuses.
  @inline(__always)
  private mutating func skipScalar() throws {
    guard let length = UTF8Validation.sequenceLength(at: index, in: buffer) else { throw Stop() }
    index += length
  }

  /// The rest of a string that has an escape, decoded into `scratch` as `JSONParser` decodes it.
  /// Runs between escapes are skipped a word at a time and copied whole: NewsGraph's own
  /// `provenance` texts are long runs of evidence between escaped quotes.
  private mutating func escapedString(from start: Int, into scratch: ScratchBytes) throws
    -> UnsafeBufferPointer<UInt8>
  {
    scratch.removeAll()
    var runStart = start
    while true {
      skipPlainWords()
      guard index < count else { throw Stop() }
      let byte = base[index]
      if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") {
        scratch.append(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
        index += 1
        if byte == UInt8(ascii: "\"") { return scratch.bytes }
        guard index < count,
          case .scalar(let scalar, let end, let replaced) = JSONEscape.decode(buffer, at: index)
        else { throw Stop() }
        scratch.appendScalar(scalar)
        if replaced { replacedSurrogates += 1 }
        index = end
        runStart = index
        continue
      }
      if byte < 0x20 { throw Stop() }
      if byte >= 0x80 { try skipScalar() } else { index += 1 }
    }
  }
}
