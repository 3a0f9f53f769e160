import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

/// `newsgraph build` as a user runs it: bad articles are reported by name and skipped, nothing
/// is written when nothing could be read, and the same input gives the same bytes.
@Suite struct BuildCommandTests {
  static let outputs = ["newsgraph.dot", "newsgraph.graphml", "newsgraph.json", "newsgraph.rdf"]

  static func files(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  static func write(_ bytes: [UInt8], to path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
  }

  /// Twice, once on every core and once with `--jobs 1`: scheduling never shows in the output.
  @Test func theSeedsBuildTheSameBytesTwice() throws {
    let first = try Interop.temporaryFolder()
    let second = try Interop.temporaryFolder()
    for (folder, jobs) in [(first, []), (second, ["--jobs", "1"])] {
      let result = try Interop.newsgraph(["build", "seeds", "--out", folder] + jobs)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr.contains("5 articles read, 0 skipped"), "\(result.stderr)")
    }
    #expect(try Self.files(in: first) == Self.outputs)
    for name in Self.outputs {
      let one = try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(name)"))
      let two = try Data(contentsOf: URL(fileURLWithPath: "\(second)/\(name)"))
      #expect(one == two, "\(name) differs between runs")
      #expect(one.count > 1000)
    }
  }

  @Test func badArticlesAreSkippedByNameAndTheOthersBuilt() throws {
    let input = try Interop.temporaryFolder()
    try Interop.write("Drones\nIran sent drones to Russia, Ben Wallace said.\n", to: "\(input)/good.txt")
    Self.write(Array("Title\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8), to: "\(input)/latin1.txt")
    Self.write([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], to: "\(input)/binary.txt")
    Self.write([], to: "\(input)/empty.txt")
    let out = try Interop.temporaryFolder()
    let result = try Interop.newsgraph(["build", input, "--out", out])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("\(input)/latin1.txt:2:4 (byte 9)"), "\(result.stderr)")
    #expect(result.stderr.contains("\(input)/binary.txt"))
    #expect(result.stderr.contains("\(input)/empty.txt"))
    #expect(result.stderr.contains("1 articles read, 3 skipped"), "\(result.stderr)")
    #expect(try Self.files(in: out) == Self.outputs)
    let json = try String(contentsOfFile: "\(out)/newsgraph.json", encoding: .utf8)
    #expect(json.contains("\"ben-wallace\""))
  }

  @Test func nothingReadableWritesNothingAndFails() throws {
    let input = try Interop.temporaryFolder()
    Self.write([0xFF, 0xFE, 0x00, 0x41], to: "\(input)/utf16.txt")
    let out = try Interop.temporaryFolder()
    try Interop.write("previous\n", to: "\(out)/newsgraph.dot")
    let result = try Interop.newsgraph(["build", input, "--out", out])
    #expect(result.status == 66, "\(result.stderr)")
    #expect(result.stderr.contains("\(input)/utf16.txt"))
    #expect(result.stderr.contains("none of the 1 articles could be read"))
    #expect(try Self.files(in: out) == ["newsgraph.dot"])
    #expect(try String(contentsOfFile: "\(out)/newsgraph.dot", encoding: .utf8) == "previous\n")
  }

  @Test func aFolderWithoutArticlesIsNamed() throws {
    let input = try Interop.temporaryFolder()
    try Interop.write("notes", to: "\(input)/notes.md")
    let out = try Interop.temporaryFolder()
    let result = try Interop.newsgraph(["build", input, "--out", out])
    #expect(result.status == 66)
    #expect(result.stderr.contains(input) && result.stderr.contains("no articles"), "\(result.stderr)")
    #expect(try Self.files(in: out).isEmpty)
  }

  @Test func aMalformedAnalystLexiconNamesFileAndLine() throws {
    let folder = try Interop.temporaryFolder()
    let lexicon = "\(folder)/mine.tsv"
    try Interop.write(
      "id\ttype\tlabel\taliases\twikidata\nacme\tOrganization\tAcme\t\t\nbad line\n", to: lexicon)
    let out = "\(folder)/out"
    let result = try Interop.newsgraph(["build", "seeds", "--lexicon", lexicon, "--out", out])
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains("\(lexicon):3"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func anAnalystLexiconAddsEntities() throws {
    let folder = try Interop.temporaryFolder()
    let article = "\(folder)/a.txt"
    try Interop.write("Zorblat\nThe Zorblat Directorate met Ukraine's Ministry of Defence.\n", to: article)
    let lexicon = "\(folder)/mine.tsv"
    try Interop.write(
      "id\ttype\tlabel\taliases\twikidata\nzorblat\tOrganization\tZorblat Directorate\tZorblat\t\n",
      to: lexicon)
    let out = "\(folder)/out"
    let result = try Interop.newsgraph(["build", article, "--lexicon", lexicon, "--out", out])
    #expect(result.status == 0, "\(result.stderr)")
    let dot = try String(contentsOfFile: "\(out)/newsgraph.dot", encoding: .utf8)
    #expect(dot.contains("\"zorblat\""))
  }

  @Test func aHugeLineWithoutNewlineIsRead() throws {
    let folder = try Interop.temporaryFolder()
    // No newline and no full stop: the splitter must cut it into bounded pieces.
    let sentence = Array(
      ("the talks went on for hours without any result as officials from both sides waited "
        + "for instructions and the weather over the capital stayed grey and cold while Iran ")
        .utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(10_000_000)
    while bytes.count < 10_000_000 { bytes += sentence }
    Self.write(bytes, to: "\(folder)/huge.txt")
    let result = try Interop.newsgraph(["build", "\(folder)/huge.txt", "--out", "\(folder)/out"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.files(in: "\(folder)/out") == Self.outputs)
  }

  @Test func reportListsWhatWasMerged() throws {
    let out = try Interop.temporaryFolder()
    let result = try Interop.newsgraph(["build", "seeds", "--out", out, "--report"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("## Merges"))
    #expect(result.stdout.contains("## Names that matched nothing\n4\tMPs\n"), "\(result.stdout.prefix(800))")
    #expect(result.stdout.contains("ben-wallace <- \"Ben Wallace\""), "\(result.stdout.prefix(2000))")
  }
}
