import Testing

@testable import NewsGraph

/// `EntityMatcher.resolveOverlaps` (which keeps positions and copies each kept mention once)
/// against the plain reading of its rules: longest first, lexicon before heuristic, then earlier,
/// no overlaps; agreements may hold mentions but not cross them or each other; text order, an
/// agreement before the mentions inside it.
@Suite struct ResolveOverlapsTests {
  /// The rules as first written, sorting and copying mentions.
  static func reference(_ mentions: [Mention], agreements: [Mention]) -> [Mention] {
    let ordered = mentions.enumerated().sorted { left, right in
      let a = left.element.bytes
      let b = right.element.bytes
      if a.count != b.count { return a.count > b.count }
      if left.element.method.isLexicon != right.element.method.isLexicon {
        return left.element.method.isLexicon
      }
      if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
      return left.offset < right.offset
    }
    var kept: [Mention] = []
    for (_, mention) in ordered where !kept.contains(where: { $0.bytes.overlaps(mention.bytes) }) {
      kept.append(mention)
    }
    let mentionCount = kept.count
    let byLength = agreements.enumerated().sorted { left, right in
      left.element.bytes.count != right.element.bytes.count
        ? left.element.bytes.count > right.element.bytes.count : left.offset < right.offset
    }
    for (_, phrase) in byLength {
      let span = phrase.bytes
      guard !kept[mentionCount...].contains(where: { $0.bytes.overlaps(span) }),
        !kept[..<mentionCount].contains(where: {
          $0.bytes.overlaps(span)
            && !(span.lowerBound <= $0.bytes.lowerBound && $0.bytes.upperBound <= span.upperBound)
        })
      else { continue }
      kept.append(phrase)
    }
    return kept.enumerated().sorted { left, right in
      let a = left.element.bytes
      let b = right.element.bytes
      if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
      if a.count != b.count { return a.count > b.count }
      return left.offset < right.offset
    }.map(\.element)
  }

  func mention(_ bytes: Range<Int>, _ method: MentionMethod, _ name: String) -> Mention {
    Mention(
      document: "d", sentence: 0, bytes: bytes, scalars: bytes, text: name, candidates: [name],
      type: method == .agreement ? "Agreement" : "Person", method: method)
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func keepsWhatTheRulesKeep(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let methods: [MentionMethod] = [.lexicon(.label), .lexicon(.alias), .titledPerson, .acronym]
    for round in 0..<50 {
      func span() -> Range<Int> {
        let start = Int.random(in: 0..<40, using: &random)
        return start..<(start + Int.random(in: 1...8, using: &random))
      }
      let mentions = (0..<Int.random(in: 0...12, using: &random)).map { index in
        mention(span(), methods.randomElement(using: &random)!, "m\(index)")
      }
      let agreements = (0..<Int.random(in: 0...3, using: &random)).map { index in
        mention(span(), .agreement, "a\(index)")
      }
      let expected = Self.reference(mentions, agreements: agreements)
      let found = EntityMatcher.resolveOverlaps(mentions, agreements: agreements)
      #expect(found == expected, "seed \(seed) round \(round)")
    }
  }
}
