import Testing

@testable import NewsGraph

/// Long lists are read in two halves on two cores; the result must be what one reading gives,
/// whatever the second half holds, and the halves are joined only when that is certain.
@Suite struct NodeLinkSplitReadingTests {
  /// A node-link file with `count` edges; `edge(i)` gives each edge's extra members.
  private static func file(edges count: Int, _ edge: (Int) -> String) -> [UInt8] {
    var text = #"{"directed": true, "nodes": ["#
    text += (0..<20).map { #"{"id": "n\#($0)", "label": "Node \#($0)", "score": \#($0)}"# }
      .joined(separator: ",\n")
    text += "],\n\"links\": [\n"
    text += (0..<count).map { index in
      #"{"source": "n\#(index % 20)", "target": "n\#((index * 7) % 20)", "key": "e\#(index)""#
        + edge(index) + "}"
    }.joined(separator: ",\n")
    text += "\n]}\n"
    return Array(text.utf8)
  }

  /// Reads with a split threshold small enough that the links list is cut in two.
  private static func readSplit(_ bytes: [UInt8]) throws -> (ForeignGraph, joined: Int) {
    try bytes.withUnsafeBufferPointer { buffer in
      var scanner = try NodeLinkJSONScanner(buffer, file: "in.json", release: nil, splitAbove: 256)
      let graph = try scanner.read()
      return (graph, scanner.halvesJoined)
    }
  }

  private static func expectSameAsTree(_ bytes: [UInt8], joined expected: Int) throws {
    let (split, joined) = try readSplit(bytes)
    let tree = try NodeLinkJSONReader().readTree(bytes: bytes, file: "in.json")
    #expect(NodeLinkStreamingTests.snapshot(split) == NodeLinkStreamingTests.snapshot(tree))
    #expect(joined == expected)
  }

  @Test func uniformHalvesAreJoined() throws {
    try Self.expectSameAsTree(
      Self.file(edges: 300) { #", "w": \#($0), "note": "é \#($0) & \"q\"", "ok": true"# },
      joined: 1)
  }

  @Test func aColumnFirstSeenInTheSecondHalfComesLastAsInOneReading() throws {
    try Self.expectSameAsTree(
      Self.file(edges: 300) { $0 > 250 ? #", "late": \#($0), "w": 1"# : #", "w": 1"# },
      joined: 1)
  }

  @Test func aNullInTheSecondHalfIsReadInOneGo() throws {
    try Self.expectSameAsTree(
      Self.file(edges: 300) { $0 == 280 ? #", "w": null"# : #", "w": 1"# }, joined: 0)
  }

  @Test func typesThatDifferBetweenTheHalvesAreReadInOneGo() throws {
    try Self.expectSameAsTree(
      Self.file(edges: 300) { $0 < 200 ? #", "w": \#($0)"# : #", "w": "text""# }, joined: 0)
  }

  @Test func aSplitPointInsideAStringIsNotTrusted() throws {
    // Every edge's text looks like an element boundary, so the split point lies in a string:
    // the first half reads past it and the list is read in one go.
    try Self.expectSameAsTree(
      Self.file(edges: 300) { #", "t": "x},{\"source\": \"fake\"}, {y \#($0)""# }, joined: 0)
  }

  @Test func anErrorInTheSecondHalfIsTheOneReadingsError() {
    var bytes = Self.file(edges: 300) { #", "w": \#($0)"# }
    let marker = Array(#""key": "e280""#.utf8)
    let at = (0...(bytes.count - marker.count)).first { bytes[$0..<$0 + marker.count].elementsEqual(marker) }!
    bytes[at] = UInt8(ascii: "!")
    #expect(throws: (any Error).self) { try Self.readSplit(bytes) }
    let whole = #expect(throws: NewsGraphError.self) { try NodeLinkJSONReader().read(bytes: bytes, file: "in.json") }
    let tree = #expect(throws: NewsGraphError.self) { try NodeLinkJSONReader().readTree(bytes: bytes, file: "in.json") }
    #expect(whole?.message == tree?.message)
  }
}
