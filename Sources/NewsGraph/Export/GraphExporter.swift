/// Writes a graph in several formats into a folder, each file atomically.
public struct GraphExporter: Sendable {
  public let ontology: Ontology
  public var options: ExportOptions

  public init(ontology: Ontology, options: ExportOptions = ExportOptions()) {
    self.ontology = ontology
    self.options = options
  }

  /// Writes `folder/baseName.<extension>` for each format and returns the paths written (in
  /// format order), with the warnings of cleaning the graph for export.
  ///
  /// The graph is cleaned once; the formats are written side by side on `workers` threads.
  /// Each writer is a pure function of the cleaned graph into its own file, so running them
  /// at once changes no byte. The first failure, in format order, is thrown after all ran.
  public func export(
    _ graph: KnowledgeGraph, formats: [ExportFormat] = ExportFormat.exported, to folder: String,
    baseName: String = "newsgraph", workers: Int = 1
  ) throws -> (paths: [String], warnings: [Diagnostic]) {
    let (cleaned, warnings) = try graph.cleanedForExport()
    let ontology = ontology
    let options = options
    let outcomes = ParallelMap.map(formats, workers: workers) { format in
      Result { () throws -> String in
        let path = "\(folder)/\(baseName).\(format.fileExtension)"
        try format.serializer(ontology: ontology, options: options).write(cleaned, toFile: path)
        return path
      }
    }
    return (try outcomes.map { try $0.get() }, warnings)
  }
}
