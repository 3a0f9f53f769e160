import Foundation
import NewsGraph
import Testing

/// Running the real tools (xmllint, python3 with NetworkX/igraph/rdflib, rapper, dot) on
/// NewsGraph's output. A missing tool fails the test with the command that installs it.
public enum Interop {
  public struct Result {
    public let status: Int32
    public let stdout: String
    public let stderr: String
  }

  public static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  /// Runs a program found on PATH with arguments; nil (and a recorded issue) if it is missing.
  public static func run(
    _ program: String, _ arguments: [String], environment: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result? {
    guard let executable = which(program) else {
      Issue.record(
        "\(program) is not installed: \(installHint(program)) (or run `make test`, which installs it)",
        sourceLocation: sourceLocation)
      return nil
    }
    var merged = ProcessInfo.processInfo.environment
    for (key, value) in environment { merged[key] = value }
    return try launch(executable, arguments, environment: merged, folder: nil)
  }

  /// Runs one of the Python checkers in Tests/Interop with arguments.
  public static func python(
    _ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result? {
    try run(
      "python3", ["\(RepositoryPaths.root)/Tests/Interop/\(script)"] + arguments,
      sourceLocation: sourceLocation)
  }

  /// Expects a checker or tool to have succeeded; records its output otherwise.
  public static func expectSuccess(
    _ result: Result?, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let result else { return }
    #expect(
      result.status == 0,
      "\(what) failed (exit \(result.status)):\n\(result.stdout.suffix(4000))\n\(result.stderr.suffix(4000))",
      sourceLocation: sourceLocation)
  }

  public static func which(_ program: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(program)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static func installHint(_ program: String) -> String {
    switch program {
    case "xmllint": "apt-get install libxml2-utils"
    case "rapper": "apt-get install raptor2-utils"
    case "dot": "apt-get install graphviz"
    case "python3": "apt-get install python3"
    default: "install \(program)"
    }
  }

  /// A fresh temporary folder, inside the one folder of this test process that is removed
  /// when the process exits: a test run leaves nothing behind in the temporary directory.
  public static func temporaryFolder() throws -> String {
    let path = testProcessFolder + "/" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Writes text to a file.
  public static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// The GraphML schema folder: `$NEWSGRAPH_GRAPHML_SCHEMAS`, else `../shared/schemas/graphml`
  /// beside the repository. Nil when absent: outside CI the caller skips with a notice; under
  /// `CI=true` that is a failure.
  public static func graphMLSchemaFolder(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    let folder = ProcessInfo.processInfo.environment["NEWSGRAPH_GRAPHML_SCHEMAS"]
      ?? "\(RepositoryPaths.root)/../shared/schemas/graphml"
    if FileManager.default.fileExists(atPath: "\(folder)/graphml.xsd") { return folder }
    if isCI {
      Issue.record("GraphML schemas not found at \(folder) (set NEWSGRAPH_GRAPHML_SCHEMAS)", sourceLocation: sourceLocation)
    } else {
      print("NOTICE: GraphML schemas not found at \(folder); schema validation skipped (set NEWSGRAPH_GRAPHML_SCHEMAS)")
    }
    return nil
  }

  /// Writes the graph (cleaned for export, as the CLI does) in a format and its reference dump
  /// into a fresh folder; returns (output path, dump path).
  public static func export(
    _ graph: KnowledgeGraph, as format: ExportFormat, options: ExportOptions = ExportOptions()
  ) throws -> (output: String, dump: String) {
    let folder = try temporaryFolder()
    let ontology = try RepositoryPaths.ontology()
    let (cleaned, _) = try graph.cleanedForExport()
    let output = "\(folder)/graph.\(format.fileExtension)"
    try format.serializer(ontology: ontology, options: options).write(cleaned, toFile: output)
    let dump = "\(folder)/expected.dump.txt"
    try TextDumpSerializer().write(cleaned, toFile: dump)
    return (output, dump)
  }
}

extension Interop {
  /// The `newsgraph` executable built beside the test bundle (`swift build --build-tests`
  /// builds it with the tests).
  public static var newsgraphExecutable: String {
    let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    var folder = (testBinary as NSString).deletingLastPathComponent
    while !folder.isEmpty && folder != "/" {
      let candidate = folder + "/newsgraph"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      folder = (folder as NSString).deletingLastPathComponent
    }
    return RepositoryPaths.root + "/.build/debug/newsgraph"
  }

  /// Runs `newsgraph` with arguments, from the repository root.
  public static func newsgraph(_ arguments: [String]) throws -> Result {
    try launch(
      newsgraphExecutable, arguments, environment: ProcessInfo.processInfo.environment,
      folder: RepositoryPaths.root)
  }

  static func launch(
    _ executable: String, _ arguments: [String], environment: [String: String], folder: String?
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes while the process runs, so a large output cannot block it.
    nonisolated(unsafe) var errData = Data()
    let errReader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
    errReader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errReader.isFinished { usleep(1000) }
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

/// The folder under which every `Interop.temporaryFolder()` of this process lives; made on
/// first use, with an exit handler that removes it.
private let testProcessFolder: String = {
  let path = NSTemporaryDirectory() + "newsgraph-test-" + UUID().uuidString
  atexit { try? FileManager.default.removeItem(atPath: testProcessFolder) }
  return path
}()
