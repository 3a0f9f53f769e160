import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct ArticleIndexTests {
  func error(_ text: String) -> NewsGraphError? {
    do {
      _ = try ArticleIndex(parsing: text, file: "INDEX.tsv")
      return nil
    } catch {
      return error as? NewsGraphError
    }
  }

  @Test func readsTheSeedIndex() throws {
    let index = try ArticleIndex(contentsOf: RepositoryPaths.root + "/seeds/INDEX.tsv")
    #expect(index.entries.count == 5)
    let entry = try #require(index.entry(forFile: "002_71ee3d9be39746e4.txt"))
    #expect(entry.title == "US says Russia providing 'unprecedented' military support to Iran")
    #expect(entry.outlet == "Financial Times")
    #expect(entry.published == CalendarDate(year: 2022, month: 12, day: 10))
    #expect(entry.note.hasPrefix("byline Felicia Schwartz; \"on Friday\""))
    #expect(entry.url == nil)
    #expect(index.entries.map(\.file).first == "000_436b093d3de44444.txt")
  }

  @Test func columnsAreFoundByNameAndExtrasIgnored() throws {
    let text =
      "URL\tfile\textra\tpublished\r\nhttps://x.test/a\ta.txt\tzzz\t\r\n\r\n\tb.txt\t\t2024-02-29\n"
    let index = try ArticleIndex(parsing: text)
    #expect(
      index.entry(forFile: "a.txt") == ArticleMetadata(file: "a.txt", url: "https://x.test/a"))
    #expect(
      index.entry(forFile: "b.txt")
        == ArticleMetadata(file: "b.txt", published: CalendarDate(year: 2024, month: 2, day: 29)))
    #expect(index.entry(forFile: "c.txt") == nil)
  }

  @Test func aRowWithTheWrongFieldCountNamesItsLine() throws {
    let found = try #require(
      error("file\ttitle\toutlet\tpublished\tnote\na.txt\tT\tO\t\t\n\nb.txt\tT\n"))
    #expect(found.kind == .malformedTable("expected 5 TAB-separated fields, found 2"))
    #expect(found.location == InputLocation(file: "INDEX.tsv", line: 4))
    #expect(found.exitCode == 65)
    #expect(found.description.hasPrefix("INDEX.tsv:4: error: malformed table:"))
  }

  @Test func aBadDateNamesItsLineAndColumn() throws {
    let found = try #require(error("file\ttitle\tpublished\na.txt\tTitle\t2022-02-30\n"))
    #expect(found.kind == .malformedTable("'2022-02-30' is not a date of the form YYYY-MM-DD"))
    #expect(found.location == InputLocation(file: "INDEX.tsv", line: 2, column: 13))
    let american = try #require(error("file\tpublished\na.txt\t12/20/2022\n"))
    #expect(american.location?.line == 2)
  }

  @Test func aHeaderWithoutAFileColumnIsRefused() throws {
    let found = try #require(error("name\ttitle\na.txt\tT\n"))
    #expect(found.location?.line == 1)
    #expect(error("") != nil)
  }

  @Test func emptyAndRepeatedFileNamesAreRefused() throws {
    #expect(error("file\ttitle\n\tT\n")?.location?.line == 2)
    #expect(error("file\ttitle\na.txt\tT\na.txt\tU\n")?.location?.line == 3)
  }

  @Test func invalidUTF8NamesItsByte() throws {
    let path = NSTemporaryDirectory() + "newsgraph-index-\(UUID().uuidString).tsv"
    let bytes: [UInt8] = Array("file\ttitle\na.txt\t".utf8) + [0xFF] + [0x0A]
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect { try ArticleIndex(contentsOf: path) } throws: {
      let error = $0 as? NewsGraphError
      return error?.kind == .invalidUTF8 && error?.location?.byteOffset == 17
        && error?.location?.line == 2
    }
  }
}
