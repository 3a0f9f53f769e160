import ArgumentParser
import NewsGraph

struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Export the small demonstration graph to GraphML, RDF/XML, DOT and JSON.")

  @Option(help: "The folder to write newsgraph.{graphml,rdf,dot,json} into.")
  var out: String = "exports"

  @OptionGroup var profileOptions: ProfileOptions

  @OptionGroup var ontologyOptions: OntologyOptions

  func run() throws {
    try Console.run {
      let exportOptions = try profileOptions.exportOptions()
      let ontology = try ontologyOptions.load()
      try FileSystem.makeDirectory(out)
      let exporter = GraphExporter(ontology: ontology, options: exportOptions)
      let (paths, warnings) = try exporter.export(try DemonstrationGraph.make(), to: out)
      Console.report(warnings)
      for path in paths { print(path) }
    }
  }
}
