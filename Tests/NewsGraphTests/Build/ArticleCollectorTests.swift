import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

/// Which files `newsgraph build` reads, in which order, under which document names.
@Suite struct ArticleCollectorTests {
  static func folder(_ files: [String: String]) throws -> String {
    let folder = try Interop.temporaryFolder()
    for (name, text) in files {
      let path = "\(folder)/\(name)"
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Interop.write(text, to: path)
    }
    return folder
  }

  @Test func aFolderGivesItsTextFilesInCodePointOrderWithSubfolders() throws {
    let folder = try Self.folder([
      "b.txt": "B", "a.txt": "A", "Z.txt": "Z", "notes.md": "no", ".hidden.txt": "no",
      "INDEX.tsv": "file\ttitle\toutlet\tpublished\tnote\na.txt\tTitle A\tOutlet\t2023-01-02\t\n",
      "2023/c.txt": "C",
    ])
    let (inputs, warnings) = try ArticleCollector().collect([folder])
    #expect(warnings.isEmpty)
    #expect(inputs.map(\.document) == ["2023/c.txt", "Z.txt", "a.txt", "b.txt"])
    #expect(inputs.map(\.path) == inputs.map { "\(folder)/\($0.document)" })
    let first = try #require(inputs.first { $0.document == "a.txt" })
    #expect(first.index?.entry(forFile: "a.txt")?.title == "Title A")
    #expect(inputs.first { $0.document == "2023/c.txt" }?.index == nil)
  }

  @Test func aFileIsReadWhateverItsExtensionWithTheIndexBesideIt() throws {
    let folder = try Self.folder([
      "story.text": "S",
      "INDEX.tsv": "file\ttitle\toutlet\tpublished\tnote\nstory.text\tT\tO\t2024-05-06\t\n",
    ])
    let (inputs, _) = try ArticleCollector().collect(["\(folder)/story.text"])
    #expect(inputs.map(\.document) == ["story.text"])
    #expect(inputs[0].index?.entry(forFile: "story.text")?.published?.description == "2024-05-06")
  }

  @Test func theSameNameTwiceKeepsBothUnderDistinctNamesAndTheSameFileOnce() throws {
    let one = try Self.folder(["a.txt": "1"])
    let two = try Self.folder(["a.txt": "2"])
    let (inputs, warnings) = try ArticleCollector().collect([one, two, one + "/a.txt"])
    #expect(inputs.map(\.document) == ["a.txt", "\(two)/a.txt"])
    #expect(warnings.count == 1)
    #expect(warnings.first?.location?.file == one + "/a.txt")
  }

  @Test func aFolderWithoutArticlesIsNoInput() throws {
    let folder = try Self.folder(["README.md": "nothing here"])
    #expect {
      try ArticleCollector().collect([folder])
    } throws: { error in
      guard let error = error as? NewsGraphError, case .noInput = error.kind else { return false }
      return error.location?.file == folder
    }
  }

  @Test func aMissingPathIsNoInputNamingIt() throws {
    let folder = try Interop.temporaryFolder()
    #expect {
      try ArticleCollector().collect(["\(folder)/absent"])
    } throws: { error in
      (error as? NewsGraphError)?.location?.file == "\(folder)/absent"
    }
  }

  @Test func aBrokenIndexIsAnErrorNamingItsLine() throws {
    let folder = try Self.folder([
      "a.txt": "A", "INDEX.tsv": "file\ttitle\toutlet\tpublished\tnote\na.txt\tT\tO\tnot-a-date\t\n",
    ])
    #expect {
      try ArticleCollector().collect([folder])
    } throws: { error in
      let location = (error as? NewsGraphError)?.location
      return location?.file == "\(folder)/INDEX.tsv" && location?.line == 2
    }
  }
}
