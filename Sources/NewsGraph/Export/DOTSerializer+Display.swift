extension DOTSerializer {
  /// How an edge is drawn, from its `modality` column: facts the article only reports as
  /// planned, alleged or hypothetical are dashed; denied or negated ones are dashed and grey.
  enum ModalityStyle {
    case asserted
    case hedged
    case denied
  }

  /// The colour of denied and negated relations.
  public static let deniedColor = "#999999"

  /// The graph statement's drawing attributes; the legend follows as `label`.
  ///
  /// A knowledge graph has no direction of flow, and many of its entities are mentioned without
  /// any relation: `dot`'s ranks put those in one endless column. So the file asks for the
  /// `neato` engine (which `dot -Tsvg` honours through `layout`), with disconnected parts
  /// packed side by side (`pack`; `dot` itself drops edge labels when packing), nodes kept
  /// apart (`overlap=prism`, `sep`) and parallel edges (several facts between two entities)
  /// drawn as separate arcs (`splines=curved`).
  static let graphStyle: [(String, String)] = [
    ("fontname", "Helvetica"), ("fontsize", "11"), ("layout", "neato"), ("pack", "true"),
    ("overlap", "prism"), ("sep", "+6"), ("splines", "curved"), ("labelloc", "b"),
    ("labeljust", "l"),
  ]

  static let nodeStyle: [(String, String)] = [
    ("style", "filled"), ("fontname", "Helvetica"), ("fontsize", "12"), ("color", "#555555"),
    ("penwidth", "0.8"), ("margin", "0.15,0.06"),
  ]

  static let edgeStyle: [(String, String)] = [
    ("fontname", "Helvetica"), ("fontsize", "10"), ("color", "#555555"),
    ("fontcolor", "#333333"), ("arrowsize", "0.7"),
  ]

  /// The style of a relation whose `modality` has this lexical form (UTF-8), compared byte for
  /// byte (the words are ASCII, so this is what `String`'s `==` decides).
  static func modalityStyle(utf8 modality: UnsafeBufferPointer<UInt8>) -> ModalityStyle {
    if modality.elementsEqual("asserted".utf8) { return .asserted }
    if modality.elementsEqual("denied".utf8) || modality.elementsEqual("negated".utf8) {
      return .denied
    }
    return .hedged
  }

  /// `shortened(_:limit:)` on UTF-8 bytes, appended to `out`. Text of at most `limit` scalars
  /// without line breaks or tabs is copied as it is, ASCII text without CR is cut by bytes
  /// (each byte is then one `Character`); only other text longer than `limit` scalars takes
  /// the `String` path, which counts `Character`s.
  static func appendShortened(
    _ text: UnsafeBufferPointer<UInt8>, limit: Int = displayLabelLength, to out: inout [UInt8]
  ) {
    var scalars = 0
    var hasBreak = false
    var hasCR = false
    var isASCII = true
    for byte in text {
      if byte & 0xC0 != 0x80 { scalars += 1 }
      if byte >= 0x80 { isASCII = false }
      if byte == 0x0A || byte == 0x09 { hasBreak = true }
      if byte == 0x0D { hasCR = true }
    }
    if scalars <= limit && !hasBreak && !hasCR {
      out.append(contentsOf: text)
    } else if isASCII && !hasCR {
      let cut = text.count > limit
      for byte in text.prefix(cut ? limit - 1 : text.count) {
        out.append(byte == 0x0A || byte == 0x09 ? UInt8(ascii: " ") : byte)
      }
      if cut { out.append(contentsOf: "…".utf8) }
    } else {
      out.append(contentsOf: shortened(String(decoding: text, as: UTF8.self), limit: limit).utf8)
    }
  }

  /// Text for the picture: line breaks and tabs become spaces, and text longer than `limit`
  /// characters is cut to `limit - 1` and ends in `…`. It counts `Character`s, so a cut never
  /// separates a letter from its accent or splits an emoji sequence; escaping happens later,
  /// per byte.
  ///
  /// - Complexity: O(`limit`), whatever the length of `text`.
  static func shortened(_ text: String, limit: Int = displayLabelLength) -> String {
    let head = text.prefix(limit + 1)
    let kept = head.count > limit ? text.prefix(limit - 1) + "…" : head
    var out = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in kept.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\n" where previousWasCR: break
      case "\n", "\r", "\t": out.append(" ")
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}
