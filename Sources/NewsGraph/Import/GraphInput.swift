/// Reads a graph file of any supported input format into the model.
public enum GraphInput {
  public enum Format: String, Sendable {
    case graphML = "graphml"
    case nodeLinkJSON = "json"
  }

  /// Reads, detects the format (by content: `<` starts XML, `{` starts JSON), and imports.
  /// Each reader checks the bytes are text (`InputFile.checkText`) once.
  public static func read(contentsOf path: String) throws -> (KnowledgeGraph, [Diagnostic]) {
    try read(bytes: InputFile.bytes(atPath: path), file: path)
  }

  public static func read(bytes: [UInt8], file: String) throws -> (KnowledgeGraph, [Diagnostic]) {
    let foreign: ForeignGraph
    switch detect(bytes) {
    case .graphML: foreign = try GraphMLReader().read(bytes: bytes, file: file)
    case .nodeLinkJSON: foreign = try NodeLinkJSONReader().read(bytes: bytes, file: file)
    case nil:
      try InputFile.checkText(bytes, file: file)
      throw NewsGraphError(
        .unknownFormat("the input is neither GraphML nor node-link JSON"),
        at: InputLocation(file: file))
    }
    let (graph, notes) = try GraphImporter().importGraph(foreign, name: baseName(file), file: file)
    return (graph, foreign.diagnostics + notes)
  }

  static func detect(_ bytes: [UInt8]) -> Format? {
    var index = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      case UInt8(ascii: "<"): return .graphML
      case UInt8(ascii: "{"): return .nodeLinkJSON
      default: return nil
      }
    }
    return nil
  }

  static func baseName(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
