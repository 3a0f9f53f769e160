import ArgumentParser
import NewsGraph

struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a graph (node-link JSON or GraphML) to GraphML, RDF/XML, DOT or JSON.",
    // One paragraph (lines joined by `\`): ArgumentParser wraps it to the terminal width.
    discussion: """
      The input format is detected from the content. The output format comes from the output \
      file's extension (.graphml, .rdf, .dot, .json) or --to. Node ids that are not \
      NMTOKEN-safe are mapped and the original is kept in `original_id`; attribute names that \
      GraphML or RDF cannot carry are mapped (see README); columns that mix types become strings.
      """)

  @Argument(help: "The graph to read (node-link JSON or GraphML).")
  var input: String

  @Option(name: .shortAndLong, help: "The file to write.")
  var output: String

  @Option(help: "The output format: graphml, rdf, dot, json or dump (default: from the extension).")
  var to: String?

  @OptionGroup var profileOptions: ProfileOptions

  @OptionGroup var ontologyOptions: OntologyOptions

  func run() throws {
    try Console.run {
      let format = try outputFormat()
      let exportOptions = try profileOptions.exportOptions()
      let ontology = try ontologyOptions.load()
      let (graph, readNotes) = try GraphInput.read(contentsOf: input)
      Console.report(readNotes)
      let (cleaned, warnings) = try graph.cleanedForExport()
      Console.report(warnings)
      try format.serializer(ontology: ontology, options: exportOptions)
        .write(cleaned, toFile: output)
    }
  }

  private func outputFormat() throws -> ExportFormat {
    if let to {
      guard let format = ExportFormat(rawValue: to.lowercased()) else {
        throw NewsGraphError(.unknownFormat("'\(to)'"))
      }
      return format
    }
    guard let format = ExportFormat(path: output) else {
      throw NewsGraphError(.unknownFormat("cannot tell the format of '\(output)' from its extension"))
    }
    return format
  }
}
