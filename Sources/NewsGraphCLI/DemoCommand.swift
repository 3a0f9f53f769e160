import ArgumentParser
import NewsGraph

struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Export the small demonstration graph to GraphML, RDF/XML, DOT and JSON.")

  @Option(help: "The folder to write newsgraph.{graphml,rdf,dot,json} into.")
  var out: String = "exports"

  @Option(help: "GraphML flavour: plain (schema-valid) or yed.")
  var graphmlProfile: String = "plain"

  @OptionGroup var ontologyOptions: OntologyOptions

  func run() throws {
    try Console.run {
      guard let profile = ExportOptions.GraphMLProfile(rawValue: graphmlProfile) else {
        throw NewsGraphError(.unknownFormat("no GraphML profile '\(graphmlProfile)'; use plain or yed"))
      }
      let ontology = try ontologyOptions.load()
      try FileSystem.makeDirectory(out)
      let exporter = GraphExporter(ontology: ontology, options: ExportOptions(graphMLProfile: profile))
      let (paths, warnings) = try exporter.export(try DemonstrationGraph.make(), to: out)
      Console.report(warnings)
      for path in paths { print(path) }
    }
  }
}
