import ArgumentParser
import NewsGraph

/// Where the ontology comes from: `--ontology`, `$NEWSGRAPH_ONTOLOGY`, `./ontology`, or the
/// `ontology/` folder of the source tree this executable was built from.
struct OntologyOptions: ParsableArguments {
  @Option(help: "The ontology folder (holding newsgraph.owl).")
  var ontology: String?

  func load() throws -> Ontology {
    try OntologyLoader().load(contentsOf: "\(folder())/newsgraph.owl")
  }

  func folder() -> String {
    if let ontology { return ontology }
    if let fromEnvironment = Environment.value("NEWSGRAPH_ONTOLOGY") { return fromEnvironment }
    if FileSystem.exists("ontology/newsgraph.owl") { return "ontology" }
    let sourceRoot = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    return "/\(sourceRoot)/ontology"
  }
}
