import NewsGraph
import NewsGraphTestSupport
import Testing

/// The dates of the test articles (`Tests/Articles/`), anchored to their `INDEX.tsv` dates:
/// what the notes of the index say each weekday stands for.
@Suite struct TemporalExpressionsArticleTests {
  let folder = GoldStandard.unseenArticlesFolder

  func expressions(in file: String) throws -> [String] {
    let index = try ArticleIndex(
      parsing: InputFile.text(InputFile.bytes(atPath: folder + "/INDEX.tsv"), file: "INDEX.tsv"))
    let published = try #require(index.entries.first { $0.file == file }?.published)
    let text = try InputFile.text(InputFile.bytes(atPath: folder + "/" + file), file: file)
    return TemporalExpressions().find(in: text, published: published).map {
      "\($0.text)=\($0.value.isoText)"
    }
  }

  @Test func polandArticle() throws {
    let found = try expressions(in: "101_poland-korea-k2-tanks.txt")
    #expect(
      found == [
        "Aug 5=2025-08-05", "Tuesday=2025-08-05", "next year=2026", "Monday=2025-08-04",
        "July 2022=2022-07", "last week=2025-07-28/2025-08-03", "February 2022=2022-02",
        "this year=2025", "Monday=2025-08-04", "2026=2026",
      ])
  }

  @Test func northKoreaArticle() throws {
    let found = try expressions(in: "103_us-sanctions-north-korea-shells.txt")
    #expect(
      found == [
        "Wednesday=2024-03-06", "since September=2023-09-01/2024-03-07", "last month=2024-02",
        "2 January=2024-01-02", "Thursday=2024-03-07", "Tuesday=2024-03-05",
        "since July=2023-07-01/2024-03-07", "last July=2023-07", "September=2023-09",
      ])
  }

  @Test func israelArticle() throws {
    let found = try expressions(in: "104_israel-iron-dome-hezbollah.txt")
    #expect(
      found == [
        "Thursday=2024-06-20", "since October=2023-10-01/2024-06-20", "Tuesday=2024-06-18",
        "since 8 October=2023-10-08/2024-06-20", "Wednesday=2024-06-19", "yesterday=2024-06-19",
        "7 October=2023-10-07", "2021=2021", "last month=2024-05",
      ])
  }

  /// "in December" of a January article is the December before; "since 2021" runs to the day.
  @Test func turkeyArticle() throws {
    let found = try expressions(in: "106_turkey-bayraktar-sahel.txt")
    #expect(
      found == [
        "Wednesday=2025-01-15", "last week=2025-01-06/2025-01-12",
        "since 2023=2023-01-01/2025-01-16", "December=2024-12", "this month=2025-01",
        "last year=2024", "Tuesday=2025-01-14", "since 2021=2021-01-01/2025-01-16",
        "December 2023=2023-12", "last year=2024",
      ])
  }
}
