import NewsGraphTestSupport
import Testing

@testable import NewsGraph

/// A quoted string written in parts (the DOT writer's tooltips, straight from columns) is the
/// quoted form of the parts' concatenation, splitting and line ends included.
@Suite struct DOTStringQuoterTests {
  static let partLists: [[String]] = [
    ["a\r", "\nb"],
    ["a\r", "b"],
    ["a\r"],
    ["\r", "\n", "\n"],
    ["label", "\ntype: ", "Person", "\naliases: ", "x", ", ", "y\\"],
    ["aaaa", "aaaa", "日本", "🙂", "&", "\""],
    ["\u{FFFE}", "\u{FFFF}x", "\u{FFFD}"],
    [HostileGraph.markup, HostileGraph.lines, HostileGraph.forbidden, HostileGraph.scripts],
    [HostileGraph.long, "tail"],
  ]

  private static func quoted(_ parts: [String], layer: DOTString.Layer, chunkLimit: Int) -> [UInt8]
  {
    var quoter = DOTString.Quoter(layer: layer, chunkLimit: chunkLimit)
    var out: [UInt8] = []
    quoter.begin(&out)
    for part in parts {
      var part = part
      part.withUTF8 { quoter.add($0, to: &out) }
    }
    quoter.end(&out)
    return out
  }

  @Test(arguments: partLists)
  func partsAreQuotedAsTheirConcatenation(_ parts: [String]) {
    for layer in [DOTString.Layer.data, .display] {
      for limit in [3, 5, 8, 64, DOTString.chunkLimit] {
        let whole = DOTString.quoted(parts.joined(), layer: layer, chunkLimit: limit)
        #expect(Self.quoted(parts, layer: layer, chunkLimit: limit) == Array(whole.utf8))
      }
    }
  }

  @Test func aDisplayCRThatEndsOnePartJoinsTheLFThatStartsTheNext() {
    #expect(
      Self.quoted(["a\r", "\nb"], layer: .display, chunkLimit: 100) == Array(#""a\nb""#.utf8))
    #expect(
      Self.quoted(["a\r", "\nb"], layer: .data, chunkLimit: 100) == Array("\"a\r\\nb\"".utf8))
  }

  @Test func longPlainRunsAreSplitBetweenScalars() {
    #expect(
      Self.quoted(["aaaaa", "aaaaaé"], layer: .data, chunkLimit: 8)
        == Array(#""aaaaaaaa" + "aaé""#.utf8))
  }
}
