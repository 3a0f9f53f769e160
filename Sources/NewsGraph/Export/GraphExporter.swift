/// Writes a graph in several formats into a folder, each file atomically.
public struct GraphExporter: Sendable {
  public let ontology: Ontology
  public var options: ExportOptions

  public init(ontology: Ontology, options: ExportOptions = ExportOptions()) {
    self.ontology = ontology
    self.options = options
  }

  /// Writes `folder/baseName.<extension>` for each format and returns the paths written, with
  /// the warnings of cleaning the graph for export.
  public func export(
    _ graph: KnowledgeGraph, formats: [ExportFormat] = ExportFormat.exported, to folder: String,
    baseName: String = "newsgraph"
  ) throws -> (paths: [String], warnings: [Diagnostic]) {
    let (cleaned, warnings) = try graph.cleanedForExport()
    var paths: [String] = []
    for format in formats {
      let path = "\(folder)/\(baseName).\(format.fileExtension)"
      try format.serializer(ontology: ontology, options: options).write(cleaned, toFile: path)
      paths.append(path)
    }
    return (paths, warnings)
  }
}
