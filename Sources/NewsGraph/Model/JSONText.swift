/// JSON text for the few list values that property-graph formats must carry as one string.
/// The encoding is plain JSON so any reader can decode it (`json.loads` in Python).
public enum JSONText {
  public static func array(_ strings: [String]) -> String {
    var out = "["
    for (index, string) in strings.enumerated() {
      if index > 0 { out += "," }
      appendQuoted(string, to: &out)
    }
    return out + "]"
  }

  public static func provenanceArray(_ entries: [Provenance]) -> String {
    String(decoding: provenanceBytes(entries), as: UTF8.self)
  }

  /// `provenanceArray(_:)` as UTF-8 bytes, escaped from the strings' bytes: an importer checks
  /// every edge's provenance text against it, so it must not go scalar by scalar.
  public static func provenanceBytes(_ entries: [Provenance]) -> [UInt8] {
    var out: [UInt8] = [UInt8(ascii: "[")]
    for (index, entry) in entries.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      var document = entry.document
      var evidence = entry.evidence
      document.withUTF8 { document in
        evidence.withUTF8 { evidence in
          appendProvenanceEntry(
            document: document, sentence: entry.sentence, start: entry.start, end: entry.end,
            evidence: evidence, to: &out)
        }
      }
    }
    out.append(UInt8(ascii: "]"))
    return out
  }

  /// RFC 8259 string escaping, per Unicode scalar: `"` `\` and C0 controls are escaped, every
  /// other scalar is written as itself.
  public static func appendQuoted(_ string: String, to out: inout String) {
    out.unicodeScalars.append("\"")
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out.unicodeScalars.append("\"")
  }
}

/// The same JSON text as bytes, for writers' hot loops: no `String` per value.
extension JSONText {
  /// Appends `bytes` (UTF-8) as a JSON string, escaped as `appendQuoted` escapes it. Every
  /// byte of a multi-byte scalar is ≥ 0x80 and passes through, so deciding per byte is
  /// deciding per scalar; runs that need no escape are copied whole.
  ///
  /// - Complexity: O(n) in the byte count.
  public static func appendQuoted(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    appendEscaped(utf8: bytes, to: &out)
    out.append(UInt8(ascii: "\""))
  }

  /// The inside of `appendQuoted(utf8:to:)`: the escaped bytes without the quotes.
  public static func appendEscaped(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let count = bytes.count
    var runStart = 0
    var index = 0
    while index < count {
      index = ByteRuns.skipPlainWords(bytes, from: index) { word in
        ByteRuns.hasByte(below: 0x20, in: word) || ByteRuns.hasByte(0x22, in: word)
          || ByteRuns.hasByte(0x5C, in: word)
      }
      guard index < count else { break }
      let byte = bytes[index]
      // RFC 8259 §7: `"`, `\` and U+0000–U+001F must be escaped; everything else may appear.
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        index += 1
        continue
      }
      if runStart < index {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      }
      appendEscape(byte, to: &out)
      index += 1
      runStart = index
    }
    if runStart < count {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
    }
  }

  /// The escape of one byte that JSON does not allow raw (`"`, `\`, a C0 control).
  static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
    case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
    case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
    default:
      // Other C0 controls: `\u00XX` with lowercase hex, as `appendQuoted` writes them.
      let hex: StaticString = "0123456789abcdef"
      out.append(UInt8(ascii: "u"))
      out.append(UInt8(ascii: "0"))
      out.append(UInt8(ascii: "0"))
      out.append(hex.utf8Start[Int(byte >> 4)])
      out.append(hex.utf8Start[Int(byte & 0x0F)])
    }
  }

  /// Appends row `row` of `lists` as the JSON array `array(_:)` gives for it.
  public static func appendArray(_ lists: TextListColumn, row: Int, to out: inout [UInt8]) {
    let items = lists.items
    items.bytes.withUnsafeBufferPointer { bytes in
      items.ends.withUnsafeBufferPointer { ends in
        appendArray(items: bytes, ends: ends, range: lists.itemRange(row), to: &out)
      }
    }
  }

  /// Appends the strings `range` of a text column (all its `bytes`, each string's end offset
  /// in `ends`) as one JSON array, the text `array(_:)` gives for them.
  public static func appendArray(
    items bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, range: Range<Int>,
    to out: inout [UInt8]
  ) {
    out.append(UInt8(ascii: "["))
    for item in range {
      if item != range.lowerBound { out.append(UInt8(ascii: ",")) }
      let lower = item == 0 ? 0 : ends[item - 1]
      appendQuoted(utf8: UnsafeBufferPointer(rebasing: bytes[lower..<ends[item]]), to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }

  /// Appends row `row` of `provenance` as the JSON array `provenanceArray(_:)` gives for it.
  public static func appendProvenanceArray(
    _ provenance: ProvenanceColumn, row: Int, to out: inout [UInt8]
  ) {
    out.append(UInt8(ascii: "["))
    let range = provenance.entryRange(row)
    for entry in range {
      if entry != range.lowerBound { out.append(UInt8(ascii: ",")) }
      provenance.documents.withUTF8(entry) { document in
        provenance.evidence.withUTF8(entry) { evidence in
          appendProvenanceEntry(
            document: document, sentence: provenance.sentences[entry],
            start: provenance.starts[entry], end: provenance.stops[entry], evidence: evidence,
            to: &out)
        }
      }
    }
    out.append(UInt8(ascii: "]"))
  }

  /// One object of a provenance array, in the member order both forms write.
  static func appendProvenanceEntry(
    document: UnsafeBufferPointer<UInt8>, sentence: Int, start: Int, end: Int,
    evidence: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]
  ) {
    out.append(contentsOf: #"{"document":"#.utf8)
    appendQuoted(utf8: document, to: &out)
    out.append(contentsOf: #","sentence":"#.utf8)
    LexicalBytes.appendDecimal(Int64(sentence), to: &out)
    out.append(contentsOf: #","start":"#.utf8)
    LexicalBytes.appendDecimal(Int64(start), to: &out)
    out.append(contentsOf: #","end":"#.utf8)
    LexicalBytes.appendDecimal(Int64(end), to: &out)
    out.append(contentsOf: #","evidence":"#.utf8)
    appendQuoted(utf8: evidence, to: &out)
    out.append(UInt8(ascii: "}"))
  }
}
