/// The formats NewsGraph writes, as data: name, file extension, media type and serializer.
public enum ExportFormat: String, Sendable, CaseIterable {
  case graphML = "graphml"
  case rdfXML = "rdf"
  case dot
  case json
  /// A plain-text dump of the property table, one value a line: for goldens and diffs.
  case dump

  /// The formats `newsgraph` writes to `exports/` by default.
  public static let exported: [ExportFormat] = [.graphML, .rdfXML, .dot, .json]

  public var fileExtension: String {
    switch self {
    case .graphML: "graphml"
    case .rdfXML: "rdf"
    case .dot: "dot"
    case .json: "json"
    case .dump: "dump.txt"
    }
  }

  public var mediaType: String {
    switch self {
    case .graphML: "application/graphml+xml"
    case .rdfXML: "application/rdf+xml"
    case .dot: "text/vnd.graphviz"
    case .json: "application/json"
    case .dump: "text/plain"
    }
  }

  /// The format a file name asks for, by its extension.
  public init?(path: String) {
    let lower = path.lowercased()
    if lower.hasSuffix(".dump.txt") {
      self = .dump
      return
    }
    guard let dot = lower.lastIndex(of: ".") else { return nil }
    switch lower[lower.index(after: dot)...] {
    case "graphml", "xml": self = .graphML
    case "rdf", "owl": self = .rdfXML
    case "dot", "gv": self = .dot
    case "json": self = .json
    default: return nil
    }
  }

  public func serializer(ontology: Ontology, options: ExportOptions = ExportOptions())
    -> any GraphSerializer
  {
    switch self {
    case .graphML: GraphMLSerializer(ontology: ontology, profile: options.graphMLProfile)
    case .rdfXML: RDFXMLSerializer(ontology: ontology)
    case .dot: DOTSerializer(ontology: ontology)
    case .json: NodeLinkJSONSerializer()
    case .dump: TextDumpSerializer()
    }
  }
}
