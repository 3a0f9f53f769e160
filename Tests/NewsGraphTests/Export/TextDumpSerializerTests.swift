import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct TextDumpSerializerTests {
  @Test func hostileGraphMatchesItsGolden() throws {
    Golden.check(try TextDumpSerializer().serialize(try HostileGraph.make()), named: "hostile.dump.txt")
  }

  @Test func everyLineIsPrintableASCIIAndTwinsStayApart() throws {
    let dump = try TextDumpSerializer().serialize(try HostileGraph.make())
    #expect(dump.utf8.allSatisfy { $0 == 0x0A || $0 == 0x09 || (0x20..<0x7F).contains($0) })
    #expect(dump.contains("N\tcafe-nfc\tlabel\tstring\tCaf\\u{E9}\n"))
    #expect(dump.contains("N\tcafe-nfd\tlabel\tstring\tCafe\\u{301}\n"))
    #expect(dump.contains("N\tmarkup\tdate_of_birth\tdate\t1940-02-10\n"))
    #expect(dump.contains("N\tcafe-nfc\tweight\tdouble\tNaN\n"))
    #expect(dump.contains("N\tmarkup\tweight\tdouble\t-0.0\n"))
    #expect(dump.contains("N\tcafe-nfd\tmentions\tinteger\t9223372036854775807\n"))
  }
}
