/// Reads a graph file of any supported input format into the model.
public enum GraphInput {
  public enum Format: String, Sendable {
    case graphML = "graphml"
    case nodeLinkJSON = "json"
  }

  /// Reads, detects the format (by content: `<` starts XML, `{` starts JSON), and imports.
  /// Each reader checks the bytes are text (`InputFile.checkText`) once. A regular file is
  /// mapped, not copied, and the JSON reader lets go of the pages it has read.
  public static func read(contentsOf path: String) throws -> (KnowledgeGraph, [Diagnostic]) {
    try InputFile.withBytes(atPath: path) { buffer, release in
      try read(buffer: buffer, file: path, release: release)
    }
  }

  public static func read(bytes: [UInt8], file: String) throws -> (KnowledgeGraph, [Diagnostic]) {
    try bytes.withUnsafeBufferPointer { try read(buffer: $0, file: file, release: nil) }
  }

  static func read(
    buffer: UnsafeBufferPointer<UInt8>, file: String, release: ((Int) -> Void)?
  ) throws -> (KnowledgeGraph, [Diagnostic]) {
    let foreign: ForeignGraph
    switch detect(buffer) {
    case .graphML: foreign = try GraphMLReader().read(buffer: buffer, file: file)
    case .nodeLinkJSON:
      foreign = try NodeLinkJSONReader().read(buffer: buffer, file: file, release: release)
    case nil:
      try InputFile.checkText(buffer, file: file)
      throw NewsGraphError(
        .unknownFormat("the input is neither GraphML nor node-link JSON"),
        at: InputLocation(file: file))
    }
    let (graph, notes) = try GraphImporter().importGraph(foreign, name: baseName(file), file: file)
    return (graph, foreign.diagnostics + notes)
  }

  static func detect<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Format?
  where Bytes.Element == UInt8, Bytes.Index == Int {
    var index = bytes.startIndex
    if bytes.count >= 3 && bytes[index] == 0xEF && bytes[index + 1] == 0xBB
      && bytes[index + 2] == 0xBF
    {
      index += 3
    }
    while index < bytes.endIndex {
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
