import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// The start-up paths of a large analyst lexicon (the parser that splits lines in place on
/// several threads, the radix sort of ids, the merge that moves entries) against the plain
/// definitions they replace.
@Suite struct LexiconStartupTests {
  let loader: LexiconLoader

  init() throws {
    loader = LexiconLoader(ontology: try RepositoryPaths.ontology())
  }

  static let header = "id\ttype\tlabel\taliases\twikidata\n"

  /// Lines enough for every core to take a share.
  static let lineCount = 4 * AnalystFileParser.linesPerWorker

  static func line(_ number: Int) -> String {
    let kinds = ["Person", "Organization", "WeaponSystem", "State", "Location"]
    let kind = kinds[number % kinds.count]
    let aliases = number % 3 == 0 ? " A\(number) | Ålias \(number) " : ""
    let wikidata = number % 4 == 0 ? "Q\(number + 1)" : ""
    let id = "bench-\(kind.lowercased())-\(number)"
    return "\(id)\t\(kind)\t Nämé \(number) \t\(aliases)\t\(wikidata)\n"
  }

  func analyst(_ text: String) throws -> [LexiconEntry] {
    try loader.analystEntries(bytes: Array(text.utf8), file: "analyst.tsv")
  }

  @Test func aLargeFileReadsAsTheTableReadsIt() throws {
    var text = Self.header
    for number in 0..<Self.lineCount { text += Self.line(number) }
    let entries = try analyst(text)
    let table = try TSVTable(bytes: Array(text.utf8), file: "analyst.tsv")
    #expect(entries.count == table.rows.count)
    for (entry, row) in zip(entries, table.rows) {
      #expect(entry.id == row["id"])
      #expect(entry.type == row["type"])
      #expect(entry.label == row["label"])
      let field = row["aliases"]!
      let aliases =
        field.isEmpty
        ? []
        : field.split(separator: "|", omittingEmptySubsequences: false).map {
          String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
      #expect(entry.aliases == aliases)
      #expect(entry.wikidata == (row["wikidata"]!.isEmpty ? nil : row["wikidata"]))
      #expect(entry.location == InputLocation(file: "analyst.tsv", line: row.line))
    }
  }

  @Test func theFirstBadLineInTheFileIsReportedWhateverShareHoldsIt() {
    // Line numbers are 1-based and the header is line 1: `lines[i]` is line i + 2.
    var lines = (0..<Self.lineCount).map(Self.line)
    lines[Self.lineCount / 2 + 1] = "late\tState\t\t\t\n"
    let secondShareOnly = Self.header + lines.joined()
    lines[Self.lineCount / 2 - 3] = "Bad Id\tState\tX\t\t\n"
    let bothShares = Self.header + lines.joined()
    #expect {
      try analyst(secondShareOnly)
    } throws: { error in
      (error as? NewsGraphError)?.location
        == InputLocation(file: "analyst.tsv", line: Self.lineCount / 2 + 3)
    }
    #expect {
      try analyst(bothShares)
    } throws: { error in
      (error as? NewsGraphError)?.location
        == InputLocation(file: "analyst.tsv", line: Self.lineCount / 2 - 1)
    }
  }

  @Test func aBadFieldCountComesBeforeABadValueEarlierInTheFile() {
    var lines = (0..<Self.lineCount).map(Self.line)
    lines[3] = "x\tCountry\tX\t\t\n"
    lines[Self.lineCount - 1] = "y\tState\n"
    #expect {
      try analyst(Self.header + lines.joined())
    } throws: { error in
      (error as? NewsGraphError)?.location
        == InputLocation(file: "analyst.tsv", line: Self.lineCount + 1)
    }
  }

  @Test func aRepeatedIdAcrossSharesNamesBothLines() {
    var lines = (0..<Self.lineCount).map(Self.line)
    lines[Self.lineCount - 1] = "bench-person-0\tPerson\tAgain\t\t\n"
    #expect {
      try analyst(Self.header + lines.joined())
    } throws: { error in
      guard let error = error as? NewsGraphError else { return false }
      return error.location == InputLocation(file: "analyst.tsv", line: Self.lineCount + 1)
        && error.message.contains("analyst.tsv:2")
    }
  }

  @Test func radixOrderIsByteOrderWithTiesInPositionOrder() {
    var random = SeededRandom(seed: 7)
    let prefixes = ["", "bench-", "bench-person-0", "b", "é", "bench-person-00"]
    var strings: [String] = []
    for _ in 0..<3_000 {
      let prefix = prefixes.randomElement(using: &random)!
      let length = Int.random(in: 0..<4, using: &random)
      let tail = String((0..<length).map { _ in "a0-é".randomElement(using: &random)! })
      strings.append(prefix + tail)
    }
    var bytes: [UInt8] = []
    var starts = [0]
    for string in strings {
      bytes += Array(string.utf8)
      starts.append(bytes.count)
    }
    let order = bytes.withUnsafeBufferPointer { Lexicon.radixOrder(of: $0, starts: starts) }
    let expected = strings.indices.sorted { left, right in
      let a = Array(strings[left].utf8)
      let b = Array(strings[right].utf8)
      return a != b ? a.lexicographicallyPrecedes(b) : left < right
    }
    #expect(order == expected)
  }

  @Test func mergingSortsNewIdsAndMergesRepeatsIntoTheFirst() throws {
    let builtIn = try loader.merge(
      analyst(Self.header + "uk\tState\tUnited Kingdom\t\tQ145\nzz\tState\tZed\t\t\n"),
      into: Lexicon(entries: []))
    let first = try analyst(Self.header + "m\tPerson\tMia\t\t\nb\tPerson\tBo\tB.\t\n")
    let second = try analyst(
      Self.header + "m\tPerson\tMia Two\tMia\tQ7\nuk\tState\tBritain\t\t\na\tPerson\tAl\t\t\n")
    let merged = try loader.merge(second, into: loader.merge(first, into: builtIn))
    #expect(merged.entries.map(\.id) == ["a", "b", "m", "uk", "zz"])
    #expect(merged.entry(id: "m")?.aliases == ["Mia Two"])
    #expect(merged.entry(id: "m")?.wikidata == "Q7")
    #expect(merged.entry(id: "uk")?.aliases == ["Britain"])
    #expect(merged.entry(id: "uk")?.wikidata == "Q145")
    #expect(merged.entry(id: "b")?.aliases == ["B."])
  }

  @Test func theErrorOfAMergeIsAtTheEarliestBadAddition() throws {
    let builtIn = try loader.merge(
      analyst(Self.header + "uk\tState\tUnited Kingdom\t\tQ145\nru\tState\tRussia\t\tQ159\n"),
      into: Lexicon(entries: []))
    // "uk" sorts after "ru", but its bad line comes first in the file.
    let additions = try analyst(Self.header + "uk\tPerson\tUK\t\t\nru\tState\tRF\t\tQ1\n")
    #expect {
      try loader.merge(additions, into: builtIn)
    } throws: { error in
      (error as? NewsGraphError)?.location == InputLocation(file: "analyst.tsv", line: 2)
    }
  }
}
