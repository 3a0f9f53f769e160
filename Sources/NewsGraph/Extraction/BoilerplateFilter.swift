/// Recognises website boilerplate lines ("Share this:", cookie banners, copyright notices) so
/// that they never become sentences.
///
/// It judges whole lines only: a sentence that merely mentions cookies stays. Bylines ("Felicia
/// Schwartz in Washington YESTERDAY") and image captions stay, since they name people and
/// places; only a caption's trailing photo credit ("… Ukraine © AP") is cut off, because the
/// agency is not part of what the caption says. The patterns are data, in `standardPatterns`.
public struct BoilerplateFilter: Sendable {
  public var patterns: [BoilerplatePattern]

  /// Lines longer than this (in bytes, trimmed) are never boilerplate. Boilerplate is short, and
  /// the limit keeps a 100 MB line from being normalized.
  public static let longestBoilerplateLine = 300

  /// A photo credit is `©` and at most this many bytes at the end of a line.
  public static let longestCredit = 40

  public init(patterns: [BoilerplatePattern] = BoilerplateFilter.standardPatterns) {
    self.patterns = patterns
  }

  /// The boilerplate NewsGraph knows, seen on real news pages (see `seeds/`).
  public static let standardPatterns: [BoilerplatePattern] = [
    .line("share this:"),
    .line("like this:"),
    .line("like this:like loading..."),
    .line("leave a reply"),
    .line("leave a reply cancel reply"),
    .line("source link"),
    .line("comments are closed."),
    .line("about author"),
    .line("about the author"),
    .line("%d bloggers like this:"),
    .prefix("your email address will not be published."),
    .line("required fields are marked *"),
    .prefix("we use cookies"),
    .line("accept cookies"),
    .line("accept all cookies"),
    .prefix("subscribe to our newsletter"),
    .prefix("sign up for our newsletter"),
    .prefix("sign up to our newsletter"),
    .prefix("for more stories of where you live, visit"),
    .prefix("additional reporting by "),
    .enclosed("copyright", "all rights reserved."),
    .enclosed("copyright", "all rights reserved"),
    .enclosed("©", "all rights reserved."),
    .enclosed("stay across the latest", "telegram channel"),
    .line("advertisement"),
    // A lone "X": the close button of a pop-up, left in the middle of a paragraph.
    .line("x"),
  ]

  /// Whether the whole line (any surrounding whitespace allowed) is boilerplate.
  public func isBoilerplate(_ line: String) -> Bool {
    var bytes = Array(line.utf8)
    let range = Self.trimmed(0..<bytes.count, in: bytes)
    bytes = Array(bytes[range])
    return isBoilerplate(trimmed: bytes[...])
  }

  /// The part of a line that is content: the line trimmed of whitespace and of a trailing photo
  /// credit, or nil when the line is blank or boilerplate.
  public func contentRange(ofLine line: Range<Int>, in bytes: [UInt8]) -> Range<Int>? {
    let range = Self.trimmed(line, in: bytes)
    guard !range.isEmpty, !isBoilerplate(trimmed: bytes[range]) else { return nil }
    return Self.withoutCredit(range, in: bytes)
  }

  private func isBoilerplate(trimmed line: ArraySlice<UInt8>) -> Bool {
    guard !line.isEmpty, line.count <= Self.longestBoilerplateLine else { return false }
    let normalized = Self.normalized(line)
    if normalized.isEmpty { return false }
    if normalized.hasPrefix("©") && normalized.utf8.count <= Self.longestCredit { return true }
    return patterns.contains { $0.matches(normalized) }
  }

  /// Lowercased ASCII, `<tag>`s dropped, whitespace runs made one space, `’` made `'`.
  static func normalized(_ line: ArraySlice<UInt8>) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(line.count)
    var index = line.startIndex
    while index < line.endIndex {
      let byte = line[index]
      if byte == UInt8(ascii: "<"), let close = tagEnd(from: index, in: line) {
        index = close
        continue
      }
      if isSpace(byte) {
        if result.last != 0x20 { result.append(0x20) }
      } else if byte == 0xE2 && index + 2 < line.endIndex && line[index + 1] == 0x80
        && line[index + 2] == 0x99
      {
        result.append(UInt8(ascii: "'"))
        index += 3
        continue
      } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
        result.append(byte + 32)
      } else {
        result.append(byte)
      }
      index += 1
    }
    while result.last == 0x20 { result.removeLast() }
    while result.first == 0x20 { result.removeFirst() }
    return String(decoding: result, as: UTF8.self)
  }

  /// The index after a short inline tag (`<u>`, `</em>`) starting at `start`, if there is one.
  private static func tagEnd(from start: Int, in line: ArraySlice<UInt8>) -> Int? {
    var index = start + 1
    if index < line.endIndex && line[index] == UInt8(ascii: "/") { index += 1 }
    let nameStart = index
    while index < line.endIndex && index - start < 12 {
      let byte = line[index] | 0x20
      if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
        index += 1
        continue
      }
      if line[index] == UInt8(ascii: ">") && index > nameStart { return index + 1 }
      return nil
    }
    return nil
  }

  /// The range cut before a trailing ` © Agency` credit, when there is text before it.
  static func withoutCredit(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
    // "©" is C2 A9 in UTF-8; look for it within the last `longestCredit` bytes.
    let earliest = max(range.lowerBound + 1, range.upperBound - longestCredit)
    var index = range.upperBound - 2
    while index >= earliest {
      if bytes[index] == 0xC2 && bytes[index + 1] == 0xA9 && isSpace(bytes[index - 1]) {
        let credit = bytes[(index + 2)..<range.upperBound]
        // A credit is a name, not a clause: no sentence punctuation in it.
        guard !credit.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") })
        else { return range }
        let kept = trimmed(range.lowerBound..<index, in: bytes)
        return kept.isEmpty ? range : kept
      }
      index -= 1
    }
    return range
  }

  /// The range without leading and trailing ASCII whitespace.
  static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end && isSpace(bytes[start]) { start += 1 }
    while end > start && isSpace(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  /// Space, tab, CR, vertical tab and form feed (LF never occurs inside a line).
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}
