/// How NewsGraph writes text into Graphviz DOT: one escaping rule for every quoted string, the
/// splitting of long strings, and the text of HTML-like labels.
///
/// **The rule.** Every id and every attribute value is a double-quoted string, written per
/// UTF-8 byte (never per `Character`, which glues `"` to a following combining mark and CR to
/// LF):
///
/// - `\` is written `\\`: a lone `\` before the closing quote would eat it, and `\N \G \E \T
///   \H \L` would be replaced by names;
/// - `"` is written `\"`, the only escape DOT's lexer itself knows;
/// - LF is written `\n`, the escString line break;
/// - CR is written as itself in data strings, which Graphviz's lexer keeps byte for byte (so
///   data comes back code point for code point); in display text CR LF and a lone CR are one
///   `\n`, as XML 1.0 §2.11 normalizes line ends, since a raw CR draws nothing useful;
/// - U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE and U+FFFF become U+FFFD: Graphviz
///   copies them into SVG, which XML then cannot parse;
/// - everything else (TAB, any script, emoji) is written as itself.
///
/// So every attribute reads as a Graphviz escString: a reader unescapes `\\` → `\`,
/// `\"` → `"` and `\n` → LF, left to right, and gets the text back exactly (display text with
/// its line ends normalized to LF). Graphviz 2.43's lexer
/// turns `\"` into `"` and leaves `\\` as two bytes, so `"x\\"` is the text `x\` and the quote
/// closes it.
///
/// **Display text.** `label`, `tooltip` and the graph's name (the SVG `<title>`) are also
/// searched by Graphviz for HTML entities, which it decodes (labels) or copies verbatim into SVG
/// (tooltips, titles); `&#1;` would then put a forbidden character into the SVG. In those
/// strings `&` is also written `&amp;`, which Graphviz shows as `&`. Data attributes never
/// reach a picture, so they carry `&` as it is.
///
/// **Long strings.** Graphviz 2.43 rejects a quoted string of about 16384 bytes ("longer than
/// 16384?"). Strings longer than `chunkLimit` bytes are written as `"…" + "…"`, which DOT
/// concatenates; a split falls only between the encodings of two scalars, so never inside a
/// UTF-8 sequence nor inside an escape pair (`\\`, `\"`, `\n`).
public enum DOTString {
  /// Which attribute a string is for: data is read back, display text is drawn.
  public enum Layer: Sendable {
    /// Ids, data attributes and display hints: the escaping rule above.
    case data
    /// `label`, `tooltip` and the graph name: the rule above, and `&` written `&amp;`.
    case display
  }

  /// The most bytes one quoted piece holds before `" + "` starts another; below Graphviz 2.43's
  /// limit of 16384 with room to spare.
  public static let chunkLimit = 16_000

  /// The quoted form of a string, for tests and small pieces.
  public static func quoted(
    _ text: String, layer: Layer = .data, chunkLimit: Int = chunkLimit
  ) -> String {
    var out: [UInt8] = []
    append(text, to: &out, layer: layer, chunkLimit: chunkLimit)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `text` as a quoted DOT string (split into pieces of at most `chunkLimit` bytes).
  ///
  /// - Complexity: O(n) in the UTF-8 length of `text`.
  public static func append(
    _ text: String, to out: inout [UInt8], layer: Layer = .data, chunkLimit: Int = chunkLimit
  ) {
    var text = text
    text.withUTF8 { bytes in
      var quoter = Quoter(layer: layer, chunkLimit: chunkLimit)
      quoter.quote(bytes, to: &out)
    }
  }

  /// Whether an attribute name can be written bare: a DOT ID of `[A-Za-z_][A-Za-z0-9_]*`.
  /// Other names (safe names may hold `.` and `-`) are quoted like any string.
  /// DOT's keywords (`node edge graph digraph subgraph strict`, in any case) are never bare.
  public static func isBareName(_ name: String) -> Bool {
    guard let first = name.utf8.first, !isDigit(first) else { return false }
    guard name.utf8.allSatisfy({ isDigit($0) || isLetter($0) || $0 == UInt8(ascii: "_") }) else {
      return false
    }
    return !keywords.contains(name.lowercased())
  }

  /// The words DOT reserves, compared case-insensitively.
  public static let keywords: Set<String> = [
    "node", "edge", "graph", "digraph", "subgraph", "strict",
  ]

  /// Appends an attribute name, bare when it can be and quoted otherwise.
  public static func appendName(_ name: String, to out: inout [UInt8]) {
    if isBareName(name) { out.append(contentsOf: name.utf8) } else { append(name, to: &out) }
  }

  /// Text for the inside of an HTML-like label, which Graphviz parses as XML: `& < > "` become
  /// entity references (class names come from data), XML-forbidden characters become U+FFFD,
  /// and line breaks and tabs become spaces (the legend is one line a row). Backslashes need no
  /// escaping there: HTML-like labels are not escStrings.
  public static func htmlText(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      case "\n" where previousWasCR: break
      case "\n", "\r", "\t": out.append(" ")
      case _ where XMLText.isForbidden(scalar): out.append("\u{FFFD}")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// The text of a string as Graphviz's lexer leaves it (quotes removed, pieces joined, `\"`
  /// turned into `"`), read back by the escString rule: `\\` → `\`, `\"` → `"`, `\n` → LF.
  /// Returns nil for any other escape, which NewsGraph never writes.
  public static func unescaped(_ raw: String) -> String? {
    var out = String.UnicodeScalarView()
    var escaping = false
    for scalar in raw.unicodeScalars {
      if escaping {
        switch scalar {
        case "\\", "\"": out.append(scalar)
        case "n": out.append("\n")
        default: return nil
        }
        escaping = false
      } else if scalar == "\\" {
        escaping = true
      } else {
        out.append(scalar)
      }
    }
    return escaping ? nil : String(out)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }
}
