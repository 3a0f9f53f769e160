/// Lexical forms of numbers for each target, in one place.
///
/// Swift prints `nan` and `inf`; Java readers (Gephi, Cytoscape, yEd, APOC) and Python's
/// `float()` accept `NaN`/`Infinity`, XSD wants `NaN`/`INF`, Python's `json` writes
/// `NaN`/`Infinity`. Finite values use Swift's shortest round-trip form, which every reader
/// parses back to the same bits (`-0.0` keeps its sign).
public enum NumberText {
  public enum Style: Sendable {
    /// GraphML, DOT and node-link JSON: `NaN`, `Infinity`, `-Infinity`.
    case graphML
    /// `xsd:double`: `NaN`, `INF`, `-INF`.
    case xsd
  }

  public static func double(_ value: Double, style: Style) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite {
      switch style {
      case .graphML: return value < 0 ? "-Infinity" : "Infinity"
      case .xsd: return value < 0 ? "-INF" : "INF"
      }
    }
    return value.description
  }
}
