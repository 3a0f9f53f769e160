extension DOTString {
  /// The one implementation of `DOTString`'s rule and splitting (`append(_:to:layer:chunkLimit:)`
  /// calls it): writes one quoted string from bytes given in parts, exactly as the parts'
  /// concatenation, without building that `String`. The DOT writer's hot path, where a
  /// tooltip is a label, a type and aliases, and ids and values come straight from columns.
  ///
  /// Parts must be whole UTF-8 scalars, as a column's rows are. Runs of bytes that need no
  /// escape are copied whole while they fit in the current piece; the rest goes one scalar at a
  /// time. A CR at the end of a part and an LF at the start of the next are one line break in
  /// display text, as in one string.
  struct Quoter {
    let display: Bool
    let chunkLimit: Int
    /// Bytes in the current piece (from its opening quote, excluded).
    private var pieceLength = 0
    /// Whether the previous byte was a display CR, whose following LF is then dropped.
    private var afterCR = false

    init(layer: Layer, chunkLimit: Int = DOTString.chunkLimit) {
      display = layer == .display
      self.chunkLimit = chunkLimit
    }

    /// Opens the string.
    mutating func begin(_ out: inout [UInt8]) {
      out.append(Self.quote)
      pieceLength = 0
      afterCR = false
    }

    /// Closes the string.
    mutating func end(_ out: inout [UInt8]) {
      out.append(Self.quote)
      afterCR = false
    }

    /// One whole quoted string.
    mutating func quote(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
      begin(&out)
      add(bytes, to: &out)
      end(&out)
    }

    /// Appends ASCII text (a fixed part such as `\ntype: `).
    mutating func add(_ text: StaticString, to out: inout [UInt8]) {
      add(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), to: &out)
    }

    /// Appends the escaped form of `bytes`.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
      let count = bytes.count
      var index = 0
      if afterCR, count > 0 {
        afterCR = false
        if bytes[0] == 0x0A { index = 1 }
      }
      while index < count {
        var runEnd = ByteRuns.skipPlainWords(bytes, from: index) { word in
          ByteRuns.hasByte(below: 0x20, in: word) || ByteRuns.hasByte(Self.quoteWord, in: word)
            || ByteRuns.hasByte(Self.backslashWord, in: word) || ByteRuns.hasByte(0xEF, in: word)
            || (display && ByteRuns.hasByte(Self.ampersandWord, in: word))
        }
        while runEnd < count && isPlain(bytes[runEnd]) { runEnd += 1 }
        if runEnd > index {
          if pieceLength + (runEnd - index) <= chunkLimit {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
            pieceLength += runEnd - index
          } else {
            putScalars(UnsafeBufferPointer(rebasing: bytes[index..<runEnd]), to: &out)
          }
          index = runEnd
          if index == count { break }
        }
        index = special(bytes, at: index, to: &out)
      }
    }

    /// Whether a byte is written as itself and needs no look at its neighbours: not a control,
    /// `"`, `\`, `&` in display text, nor 0xEF (which leads U+FFFE and U+FFFF).
    @inline(__always)
    private func isPlain(_ byte: UInt8) -> Bool {
      byte >= 0x20 && byte != Self.quote && byte != Self.backslash && byte != 0xEF
        && !(display && byte == Self.ampersand)
    }

    /// Plain bytes too long for the current piece, one scalar at a time.
    private mutating func putScalars(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
      var index = 0
      while index < bytes.count {
        let end = Swift.min(index + Self.scalarLength(bytes[index]), bytes.count)
        put(UnsafeBufferPointer(rebasing: bytes[index..<end]), to: &out)
        index = end
      }
    }

    /// Writes the byte at `index`, which is not plain, and returns the index after what it
    /// consumed.
    private mutating func special(
      _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, to out: inout [UInt8]
    ) -> Int {
      let byte = bytes[index]
      switch byte {
      case Self.backslash:
        put(Self.escapedBackslash, to: &out)
      case Self.quote:
        put(Self.escapedQuote, to: &out)
      case Self.ampersand:
        put(Self.escapedAmpersand, to: &out)
      case 0x0A:
        put(Self.escapedNewline, to: &out)
      case 0x0D where !display, 0x09:
        put(byte, to: &out)
      case 0x0D:
        // CR LF and a lone CR are both one line break (XML 1.0 §2.11 end-of-line handling).
        put(Self.escapedNewline, to: &out)
        if index + 1 < bytes.count {
          return bytes[index + 1] == 0x0A ? index + 2 : index + 1
        }
        afterCR = true
      case 0x00..<0x20:
        put(Self.replacement, to: &out)
      default:
        // 0xEF: U+FFFE and U+FFFF become U+FFFD, other U+E000–U+FFFF scalars stay.
        let end = Swift.min(index + 3, bytes.count)
        if end - index == 3 && bytes[index + 1] == 0xBF
          && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
        {
          put(Self.replacement, to: &out)
        } else {
          put(UnsafeBufferPointer(rebasing: bytes[index..<end]), to: &out)
        }
        return end
      }
      return index + 1
    }

    /// Appends one scalar's encoding (or escape), starting a new piece when it would not fit.
    private mutating func put(_ encoding: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
      startPieceIfNeeded(for: encoding.count, &out)
      out.append(contentsOf: encoding)
      pieceLength += encoding.count
    }

    private mutating func put(_ encoding: StaticString, to out: inout [UInt8]) {
      put(
        UnsafeBufferPointer(start: encoding.utf8Start, count: encoding.utf8CodeUnitCount), to: &out)
    }

    private mutating func put(_ byte: UInt8, to out: inout [UInt8]) {
      startPieceIfNeeded(for: 1, &out)
      out.append(byte)
      pieceLength += 1
    }

    @inline(__always)
    private mutating func startPieceIfNeeded(for length: Int, _ out: inout [UInt8]) {
      if pieceLength + length > chunkLimit && pieceLength > 0 {
        out.append(contentsOf: #"" + ""#.utf8)
        pieceLength = 0
      }
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
      lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0x80 ? 2 : 1
    }

    private static let quoteWord = UInt64(quote)
    private static let backslashWord = UInt64(backslash)
    private static let ampersandWord = UInt64(ampersand)
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let ampersand = UInt8(ascii: "&")
    private static let escapedNewline: StaticString = #"\n"#
    private static let escapedBackslash: StaticString = #"\\"#
    private static let escapedQuote: StaticString = #"\""#
    private static let escapedAmpersand: StaticString = "&amp;"
    private static let replacement: StaticString = "\u{FFFD}"
  }
}
