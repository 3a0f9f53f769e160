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
    var out = "["
    for (index, entry) in entries.enumerated() {
      if index > 0 { out += "," }
      out += "{\"document\":"
      appendQuoted(entry.document, to: &out)
      out += ",\"sentence\":\(entry.sentence),\"start\":\(entry.start),\"end\":\(entry.end)"
      out += ",\"evidence\":"
      appendQuoted(entry.evidence, to: &out)
      out += "}"
    }
    return out + "]"
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
