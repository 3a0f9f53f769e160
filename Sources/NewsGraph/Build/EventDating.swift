/// Gives each event relation the date its sentence states, anchored to the article's
/// publication date: "Iran delivered drones on Monday" → `date` 2022-12-19, `date_text`
/// "Monday".
///
/// The expression chosen is the one inside the relation's span, else the nearest one in the
/// same sentence (a sentence rarely dates two events). A month, year or interval ("since
/// September") gives its first day; `date_text` keeps what the article wrote, so a reader can
/// tell "2022-09-01" from "since September". States rather than events (`holdsRole`, with its
/// term of office from the lexicon, `memberOf`, `covers`) are not dated, and nothing is dated
/// when the article has no publication date.
public struct EventDating: Sendable {
  public static let undatedTypes: Set<String> = ["holdsRole", "memberOf", "covers"]

  private let expressions = TemporalExpressions()

  public init() {}

  /// `facts` is taken over (consumed), not copied: a copy would share its relations, and the
  /// first date set on each would copy its attribute dictionary.
  public func dated(_ facts: consuming DocumentFacts, in document: ResolvedDocument)
    -> DocumentFacts
  {
    guard let published = document.article.metadata?.published else { return facts }
    var offsets = TextOffsets(utf8: document.bytes)
    var found: [Int: [(expression: TemporalExpression, scalars: Range<Int>)]] = [:]
    var result = consume facts
    for position in result.relations.indices {
      // The relation is read in place, not copied to a local: a copy would share its
      // attribute dictionary, and setting the date below would then copy the dictionary.
      guard let sentence = Self.sentence(dating: result.relations[position], in: document)
      else { continue }
      if found[sentence.index] == nil {
        let start = sentence.bytes.lowerBound
        found[sentence.index] = expressions.find(
          in: Array(document.bytes[sentence.bytes]), published: published
        ).map { expression in
          let bytes = expression.bytes
          return (
            expression,
            offsets.scalarOffset(ofByte: start + bytes.lowerBound)..<offsets.scalarOffset(
              ofByte: start + bytes.upperBound)
          )
        }
      }
      let span = result.relations[position].provenance.start..<result.relations[position]
        .provenance.end
      guard
        let nearest = found[sentence.index]?.min(by: {
          Self.distance($0.scalars, span) < Self.distance($1.scalars, span)
        })
      else { continue }
      result.relations[position].attributes["date"] = .date(nearest.expression.value.start)
      result.relations[position].attributes["date_text"] = .string(nearest.expression.text)
    }
    return result
  }

  /// The sentence of a relation to date: none for a state (`undatedTypes`) or a relation
  /// already dated.
  private static func sentence(dating relation: ExtractedRelation, in document: ResolvedDocument)
    -> Sentence?
  {
    guard !undatedTypes.contains(relation.type), relation.attributes["date"] == nil else {
      return nil
    }
    return document.sentence(at: relation.provenance.sentence)
  }

  /// Code points from the start of the gap between two ranges; 0 when they overlap.
  static func distance(_ left: Range<Int>, _ right: Range<Int>) -> Int {
    if left.overlaps(right) { return 0 }
    return left.upperBound <= right.lowerBound
      ? right.lowerBound - left.upperBound : left.lowerBound - right.upperBound
  }
}
