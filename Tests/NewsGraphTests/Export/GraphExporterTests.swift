import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct GraphExporterTests {
  /// Formats written side by side give the files one after the other gives, listed in format
  /// order, with the cleaning warnings once.
  @Test func formatsWrittenSideBySideAreTheSameFiles() throws {
    let exporter = GraphExporter(ontology: try RepositoryPaths.ontology())
    let graph = try HostileGraph.make()
    let sequential = try Interop.temporaryFolder()
    let parallel = try Interop.temporaryFolder()
    let one = try exporter.export(graph, to: sequential, workers: 1)
    let two = try exporter.export(graph, to: parallel, workers: 2)
    let names = ExportFormat.exported.map { "newsgraph.\($0.fileExtension)" }
    #expect(one.paths == names.map { "\(sequential)/\($0)" })
    #expect(two.paths == names.map { "\(parallel)/\($0)" })
    #expect(!two.warnings.isEmpty)
    #expect(two.warnings.map(\.message) == one.warnings.map(\.message))
    for name in names {
      let expected = try Data(contentsOf: URL(fileURLWithPath: "\(sequential)/\(name)"))
      let actual = try Data(contentsOf: URL(fileURLWithPath: "\(parallel)/\(name)"))
      #expect(!actual.isEmpty)
      #expect(actual == expected, "\(name) differs")
    }
  }

  /// A format that cannot be written fails the export after the others ran.
  @Test func aFailureIsThrownAfterTheOtherFormatsAreWritten() throws {
    let exporter = GraphExporter(ontology: try RepositoryPaths.ontology())
    let folder = try Interop.temporaryFolder()
    // A folder where the GraphML file should go: that one write fails.
    try FileManager.default.createDirectory(
      atPath: "\(folder)/newsgraph.graphml", withIntermediateDirectories: true)
    #expect(throws: NewsGraphError.self) {
      try exporter.export(try HostileGraph.make(), to: folder, workers: 2)
    }
    for format in ExportFormat.exported where format.fileExtension != "graphml" {
      #expect(FileManager.default.fileExists(atPath: "\(folder)/newsgraph.\(format.fileExtension)"))
    }
  }
}
