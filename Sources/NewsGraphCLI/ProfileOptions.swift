import ArgumentParser
import NewsGraph

/// The `--graphml-profile` option every exporting command shares.
struct ProfileOptions: ParsableArguments {
  @Option(help: "GraphML flavour: plain (schema-valid) or yed (adds yEd's labels and colours).")
  var graphmlProfile: String = "plain"

  func exportOptions() throws -> ExportOptions {
    guard let profile = ExportOptions.GraphMLProfile(rawValue: graphmlProfile) else {
      throw NewsGraphError(.unknownFormat("no GraphML profile '\(graphmlProfile)'; use plain or yed"))
    }
    return ExportOptions(graphMLProfile: profile)
  }
}
