/// A DOT lexer for tests, after Graphviz 2.43's `scan.l`, so tests see what Graphviz sees:
/// inside quotes `\"` is a quote, `\\` stays two backslashes, a backslash-newline is dropped,
/// and `"…" + "…"` is one string.
enum DOTToken: Equatable {
  /// A quoted string: its text as Graphviz's lexer leaves it, and each piece's file bytes.
  case quoted(String, pieces: [[UInt8]])
  /// An HTML-like string, without its outer `<` `>`.
  case html(String)
  /// An unquoted ID or keyword.
  case word(String)
  /// `[ ] { } = ; , -> --`
  case symbol(String)

  var quotedText: String? {
    if case .quoted(let text, _) = self { return text }
    return nil
  }
}

struct DOTLexerError: Error, CustomStringConvertible {
  let description: String
}

enum DOTLexer {
  static func tokens(_ text: String) throws -> [DOTToken] {
    let bytes = Array(text.utf8)
    var tokens: [DOTToken] = []
    var index = 0
    func skipSpace() {
      while index < bytes.count && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }
    while true {
      skipSpace()
      guard index < bytes.count else { break }
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        var text: [UInt8] = []
        var pieces: [[UInt8]] = []
        while true {
          let (piece, lexed) = try quotedPiece(bytes, at: &index)
          pieces.append(piece)
          text += lexed
          let save = index
          skipSpace()
          if index < bytes.count && bytes[index] == UInt8(ascii: "+") {
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
              throw DOTLexerError(description: "`+` not followed by a quoted string at \(index)")
            }
          } else {
            index = save
            break
          }
        }
        tokens.append(.quoted(String(decoding: text, as: UTF8.self), pieces: pieces))
      case UInt8(ascii: "<"):
        var depth = 0
        let start = index
        repeat {
          guard index < bytes.count else {
            throw DOTLexerError(description: "unterminated HTML string at \(start)")
          }
          if bytes[index] == UInt8(ascii: "<") { depth += 1 }
          if bytes[index] == UInt8(ascii: ">") { depth -= 1 }
          index += 1
        } while depth > 0
        tokens.append(.html(String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)))
      case UInt8(ascii: "-")
      where index + 1 < bytes.count
        && (bytes[index + 1] == UInt8(ascii: ">") || bytes[index + 1] == UInt8(ascii: "-")):
        tokens.append(.symbol(String(decoding: bytes[index..<(index + 2)], as: UTF8.self)))
        index += 2
      case _ where "[]{}=;,".utf8.contains(byte):
        tokens.append(.symbol(String(UnicodeScalar(byte))))
        index += 1
      default:
        let start = index
        while index < bytes.count && !" \t\r\n\"<[]{}=;,".utf8.contains(bytes[index]) {
          index += 1
        }
        tokens.append(.word(String(decoding: bytes[start..<index], as: UTF8.self)))
      }
    }
    return tokens
  }

  /// One `"…"` at `index`: its bytes between the quotes, and the text the lexer makes of them.
  private static func quotedPiece(
    _ bytes: [UInt8], at index: inout Int
  ) throws -> (piece: [UInt8], lexed: [UInt8]) {
    let start = index
    index += 1
    var lexed: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return (Array(bytes[(start + 1)..<(index - 1)]), lexed)
      }
      if byte == UInt8(ascii: "\\") && index + 1 < bytes.count {
        let next = bytes[index + 1]
        if next == UInt8(ascii: "\"") {
          lexed.append(next)
          index += 2
          continue
        }
        if next == UInt8(ascii: "\\") {
          lexed += [byte, next]
          index += 2
          continue
        }
        if next == 0x0A {
          index += 2
          continue
        }
      }
      lexed.append(byte)
      index += 1
    }
    throw DOTLexerError(description: "unterminated quoted string at \(start)")
  }
}
