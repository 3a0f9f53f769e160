import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

/// The `newsgraph` executable as a user runs it: exit codes, messages naming the file, and
/// never a half-written or clobbered output.
@Suite struct CommandLineTests {
  struct BadInput: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let status: Int32
    let mentions: [String]
    var testDescription: String { name }
  }

  static let badInputs: [BadInput] = [
    BadInput(name: "empty", bytes: [], status: 65, mentions: ["is empty"]),
    BadInput(name: "binary", bytes: [0x7B, 0x00, 0x01, 0xFF], status: 65, mentions: ["binary"]),
    BadInput(
      name: "invalid UTF-8", bytes: Array("{\"nodes\": [\"caf".utf8) + [0xE9] + Array("\"]}".utf8),
      status: 65, mentions: ["UTF-8", "byte 15"]),
    BadInput(
      name: "truncated JSON", bytes: Array("{\"directed\": true, \"nodes\": [{\"id\": \"a\"".utf8),
      status: 65, mentions: ["malformed JSON", ":1:"]),
    BadInput(name: "neither JSON nor XML", bytes: Array("hello".utf8), status: 64, mentions: ["neither"]),
    BadInput(
      name: "malformed GraphML", bytes: Array("<graphml><graph><node id=\"a\"></graph>".utf8),
      status: 65, mentions: ["XML", ":1:"]),
    BadInput(
      name: "external entity",
      bytes: Array(
        """
        <?xml version="1.0"?>
        <!DOCTYPE graphml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
        <node id="&secret;"/></graph></graphml>
        """.utf8), status: 65, mentions: ["entit"]),
  ]

  @Test(arguments: badInputs)
  func badInputFailsNamingTheFileAndWritesNothing(input: BadInput) throws {
    let folder = try Interop.temporaryFolder()
    let inputPath = "\(folder)/input.json"
    _ = FileManager.default.createFile(atPath: inputPath, contents: Data(input.bytes))
    let outputPath = "\(folder)/out.graphml"
    try Interop.write("previous content\n", to: outputPath)

    let result = try Interop.newsgraph(["convert", inputPath, "-o", outputPath])

    #expect(result.status == input.status, "\(result.stderr)")
    #expect(result.stderr.contains(inputPath), "\(result.stderr)")
    #expect(result.stderr.contains("hint:"))
    for fragment in input.mentions { #expect(result.stderr.contains(fragment), "\(result.stderr)") }
    #expect(try String(contentsOfFile: outputPath, encoding: .utf8) == "previous content\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["input.json", "out.graphml"])
  }

  @Test func missingInputExitsWithNoInput() throws {
    let folder = try Interop.temporaryFolder()
    let result = try Interop.newsgraph(["convert", "\(folder)/absent.json", "-o", "\(folder)/x.dot"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("absent.json"))
    #expect(!FileManager.default.fileExists(atPath: "\(folder)/x.dot"))
  }

  @Test func unknownOutputExtensionIsAUsageError() throws {
    let folder = try Interop.temporaryFolder()
    try Interop.write("{\"nodes\": []}", to: "\(folder)/g.json")
    let result = try Interop.newsgraph(["convert", "\(folder)/g.json", "-o", "\(folder)/g.xyz"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("g.xyz"))
  }

  @Test func missingOntologyIsAConfigurationError() throws {
    let folder = try Interop.temporaryFolder()
    let result = try Interop.newsgraph(["demo", "--out", folder, "--ontology", "\(folder)/nowhere"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("nowhere/newsgraph.owl"))
  }

  @Test func demoExportIsByteIdenticalAcrossRuns() throws {
    let first = try Interop.temporaryFolder()
    let second = try Interop.temporaryFolder()
    for folder in [first, second] {
      let result = try Interop.newsgraph(["demo", "--out", folder])
      #expect(result.status == 0, "\(result.stderr)")
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: first).sorted()
    #expect(files == ["newsgraph.dot", "newsgraph.graphml", "newsgraph.json", "newsgraph.rdf"])
    for file in files {
      let a = FileManager.default.contents(atPath: "\(first)/\(file)")
      let b = FileManager.default.contents(atPath: "\(second)/\(file)")
      #expect(a != nil && a == b, "\(file) differs between runs")
    }
  }

  /// Converting a NewsGraph export to GraphML and back gives the same bytes: nothing is lost.
  @Test func convertRoundTripsThroughGraphMLByteForByte() throws {
    let folder = try Interop.temporaryFolder()
    let original = "\(folder)/hostile.json"
    try NodeLinkJSONSerializer().write(try HostileGraph.make().cleanedForExport().0, toFile: original)
    for (input, output, extra) in [
      (original, "\(folder)/plain.graphml", [String]()),
      ("\(folder)/plain.graphml", "\(folder)/back.json", []),
      (original, "\(folder)/yed.graphml", ["--graphml-profile", "yed"]),
      ("\(folder)/yed.graphml", "\(folder)/back-yed.json", []),
    ] {
      let result = try Interop.newsgraph(["convert", input, "-o", output] + extra)
      #expect(result.status == 0, "\(result.stderr)")
    }
    let expected = FileManager.default.contents(atPath: original)
    #expect(expected != nil)
    #expect(FileManager.default.contents(atPath: "\(folder)/back.json") == expected)
    #expect(FileManager.default.contents(atPath: "\(folder)/back-yed.json") == expected)
    let yed = try String(contentsOfFile: "\(folder)/yed.graphml", encoding: .utf8)
    #expect(yed.contains("<y:ShapeNode>"))
  }

  /// Characters XML cannot carry become U+FFFD in every format, and the user is told where.
  @Test func forbiddenCharactersAreReplacedWithAWarning() throws {
    let folder = try Interop.temporaryFolder()
    try Interop.write(
      #"{"directed": true, "nodes": [{"id": "a", "label": "bell\u0007 here"}], "edges": []}"#,
      to: "\(folder)/in.json")
    let result = try Interop.newsgraph(["convert", "\(folder)/in.json", "-o", "\(folder)/out.json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("warning:") && result.stderr.contains("entity 'a'"), "\(result.stderr)")
    let written = try String(contentsOfFile: "\(folder)/out.json", encoding: .utf8)
    #expect(written.contains("bell\u{FFFD} here"))
    #expect(!written.contains("\\u0007"))
  }

  /// The help's discussion is one paragraph that ArgumentParser wraps: a hard line break in
  /// the source would leave short ragged lines ("and folders") in every user's terminal.
  @Test(arguments: ["build", "convert"])
  func helpTextIsWrappedAsParagraphs(command: String) throws {
    let result = try Interop.newsgraph([command, "--help"])
    #expect(result.status == 0)
    let lines = result.stdout.components(separatedBy: "\n")
    let overview = try #require(lines.firstIndex { $0.hasPrefix("OVERVIEW:") })
    let usage = try #require(lines.firstIndex { $0.hasPrefix("USAGE:") })
    let paragraphs = lines[overview..<usage].split(whereSeparator: { $0.isEmpty })
    #expect(paragraphs.count == 2)
    for paragraph in paragraphs {
      for line in paragraph.dropLast() {
        #expect(line.count >= 40, "a short line inside a paragraph: '\(line)'")
      }
    }
  }
}
