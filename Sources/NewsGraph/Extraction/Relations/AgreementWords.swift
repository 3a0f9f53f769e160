/// The words of a stretch of sentence bytes, lower-cased, for the agreement rules' look-around
/// ("between X and Y", "sanctions against X", "including"). A word is a run of ASCII letters,
/// digits, `-`, `'` and non-ASCII bytes other than typographic quotes; every other non-space
/// byte (comma, semicolon, straight or curly quote) is a one-character token of its own, so a
/// clause break is visible.
struct AgreementWords {
  var tokens: [(text: String, bytes: Range<Int>)] = []

  /// The words from `start` to `end`; nothing when `end` is not after `start` (mentions that
  /// overlap or nest leave no gap between them).
  init(_ bytes: [UInt8], from start: Int, to end: Int, limit: Int = .max) {
    self.init(bytes, start..<max(start, end), limit: limit)
  }

  /// With `limit`, only the first `limit` tokens: the rules that read just the words right
  /// after a phrase stop there instead of lower-casing the rest of the sentence. Tokens are
  /// read left to right, so they are the first tokens of the whole range.
  init(_ bytes: [UInt8], _ range: Range<Int>, limit: Int = .max) {
    guard limit > 0 else { return }
    var found: [(text: String, bytes: Range<Int>)] = []
    Self.forEachToken(bytes, range) { token, kind in
      let text: String
      switch kind {
      case .word: text = Self.lowercased(bytes[token])
      case .quote: text = "\""
      case .mark: text = String(UnicodeScalar(bytes[token.lowerBound]))
      }
      found.append((text, token))
      return found.count < limit
    }
    tokens = found
  }

  /// The last tokens of `start..<end`: at least the last `count` of them (all when the range
  /// holds fewer), read from a space or control byte past `count` runs of other bytes instead
  /// of from `start`. No token holds such a byte and every other byte belongs to a token, so
  /// each run holds a token at least, and the tokens read are the last tokens of the whole
  /// range, with the same texts and bytes.
  init(_ bytes: [UInt8], from start: Int, to end: Int, last count: Int) {
    var from = start
    var runs = 0
    var position = end
    while position > start, runs < count {
      position -= 1
      if bytes[position] <= 0x20, position + 1 < end, bytes[position + 1] > 0x20 {
        runs += 1
        if runs == count { from = position }
      }
    }
    self.init(bytes, from: from, to: end)
  }

  /// The number of tokens of `start..<end`, counted up to `limit`, without making their texts:
  /// `AgreementWords(bytes, from: start, to: end, limit: limit).tokens.count`.
  static func count(_ bytes: [UInt8], from start: Int, to end: Int, limit: Int = .max) -> Int {
    guard limit > 0 else { return 0 }
    var count = 0
    forEachToken(bytes, start..<max(start, end)) { _, _ in
      count += 1
      return count < limit
    }
    return count
  }

  /// What a token is: a word (its text is its bytes lower-cased), a quotation mark (text `"`)
  /// or another single byte (its own text).
  enum TokenKind {
    case word
    case quote
    case mark
  }

  /// Calls `body` with each token of `range`, left to right, until it returns false.
  @inline(__always)
  static func forEachToken(
    _ bytes: [UInt8], _ range: Range<Int>, _ body: (Range<Int>, TokenKind) -> Bool
  ) {
    var position = range.lowerBound
    var start: Int?
    while position < range.upperBound {
      let byte = bytes[position]
      let quote = quoteLength(bytes, at: position, end: range.upperBound)
      if quote > 0 {
        if let open = start {
          start = nil
          if !body(open..<position, .word) { return }
        }
        if !body(position..<position + quote, .quote) { return }
        position += quote
        continue
      }
      let isWord =
        byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        || (byte >= 0x30 && byte <= 0x39) || byte == 0x27 || byte == 0x2D
      if isWord {
        if start == nil { start = position }
      } else {
        if let open = start {
          start = nil
          if !body(open..<position, .word) { return }
        }
        if byte > 0x20 {
          if !body(position..<position + 1, .mark) { return }
        }
      }
      position += 1
    }
    if let open = start { _ = body(open..<range.upperBound, .word) }
  }

  /// Whether `word` (ASCII lower case) occurs in `bytes[range]`, ignoring ASCII case: without
  /// it, no token of the range can be that word. A token holding a non-ASCII byte never equals
  /// an ASCII word, and no ASCII word without `k`, `;` or `` ` `` has a canonically equal
  /// non-ASCII twin (U+212A, U+037E and U+1FEF are the only scalars that decompose to ASCII).
  static func mayContain(_ word: StaticString, in bytes: [UInt8], _ range: Range<Int>) -> Bool {
    word.withUTF8Buffer { needle in
      let count = needle.count
      guard count > 0, range.count >= count else { return false }
      var position = range.lowerBound
      while position + count <= range.upperBound {
        var offset = 0
        while offset < count {
          let byte = bytes[position + offset]
          let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
          if lower != needle[offset] { break }
          offset += 1
        }
        if offset == count { return true }
        position += 1
      }
      return false
    }
  }

  /// `String.lowercased()` of a word: ASCII words (nearly all) are folded byte by byte straight
  /// into a small string, which is what `lowercased()` gives them, without its Unicode pass.
  static func lowercased(_ word: ArraySlice<UInt8>) -> String {
    guard word.allSatisfy({ $0 < 0x80 }) else {
      return String(decoding: word, as: UTF8.self).lowercased()
    }
    return String(unsafeUninitializedCapacity: word.count) { target in
      var offset = 0
      for byte in word {
        target[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        offset += 1
      }
      return offset
    }
  }

  /// Length of a quotation mark at `position`: `"` or a curly quote (U+2018/2019 only when not
  /// inside a word, so "Britain’s" stays one word; U+201C/201D always).
  static func quoteLength(_ bytes: [UInt8], at position: Int, end: Int) -> Int {
    if bytes[position] == UInt8(ascii: "\"") { return 1 }
    guard position + 2 < end || position + 3 == end, position + 3 <= end,
      bytes[position] == 0xE2, bytes[position + 1] == 0x80
    else { return 0 }
    switch bytes[position + 2] {
    case 0x9C, 0x9D: return 3
    case 0x98, 0x99:
      let before = position > 0 ? bytes[position - 1] : 0x20
      let after = position + 3 < end ? bytes[position + 3] : 0x20
      let letter = { (byte: UInt8) in byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
      return letter(before) && letter(after) ? 0 : 3
    default: return 0
    }
  }

  var texts: [String] { tokens.map(\.text) }

  /// The code point offset in the article of a byte offset inside `sentence`, counted from the
  /// sentence's own known offsets: no pass over the text before it, whatever the order of calls.
  /// - Complexity: O(length of the sentence).
  static func scalarOffset(ofByte byte: Int, in sentence: Sentence, _ bytes: [UInt8]) -> Int {
    var count = sentence.scalars.lowerBound
    var index = sentence.bytes.lowerBound
    while index < byte {
      // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }

  /// Whether a token ends a clause for the look-around (`;`, `:`, `(`, `)`).
  static func isClauseBreak(_ text: String) -> Bool {
    text == ";" || text == ":" || text == "(" || text == ")"
  }
}
