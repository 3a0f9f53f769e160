import NewsGraph
import Testing

/// Event dates: the expression nearest the relation's span, anchored to the publication date.
@Suite struct EventDatingTests {
  static func document(_ body: String, published: String?) throws -> ResolvedDocument {
    let index = try published.map {
      try ArticleIndex(parsing: "file\ttitle\toutlet\tpublished\tnote\na.txt\tT\tO\t\($0)\t\n")
    }
    let article = ArticleReader().read(text: "Title\n" + body, document: "a.txt", index: index)
    return ResolvedDocument(
      article: article, sentences: SentenceSplitter().sentences(in: article), mentions: [])
  }

  /// A relation over the words `quote` of sentence 1.
  static func relation(_ type: String, quote: String, in document: ResolvedDocument) throws
    -> ExtractedRelation
  {
    let scalars = Array(document.article.text.unicodeScalars)
    let needle = Array(quote.unicodeScalars)
    let start = try #require(
      scalars.indices.first { Array(scalars[$0...].prefix(needle.count)) == needle })
    return ExtractedRelation(
      type: type, source: "a", target: "b",
      provenance: Provenance(
        document: "a.txt", sentence: 1, start: start, end: start + needle.count, evidence: ""))
  }

  @Test func theNearestExpressionDatesTheEventFromThePublicationDate() throws {
    let document = try Self.document(
      "Last month talks failed in Genève, and on Monday Iran delivered drones to Russia.",
      published: "2022-12-21")
    let facts = DocumentFacts(relations: [
      try Self.relation("supplies", quote: "Iran delivered drones to Russia", in: document),
      try Self.relation("holdsRole", quote: "Iran delivered", in: document),
    ])
    let dated = EventDating().dated(facts, in: document)
    #expect(dated.relations[0].attributes["date"] == .date(try #require(CalendarDate(year: 2022, month: 12, day: 19))))
    #expect(dated.relations[0].attributes["date_text"] == .string("Monday"))
    #expect(dated.relations[1].attributes["date"] == nil)
  }

  @Test func aMonthGivesItsFirstDayAndKeepsItsWording() throws {
    let document = try Self.document(
      "Since September Iran has sent drones to Russia.", published: "2022-12-21")
    let facts = DocumentFacts(relations: [
      try Self.relation("supplies", quote: "sent drones", in: document)
    ])
    let dated = EventDating().dated(facts, in: document)
    #expect(dated.relations[0].attributes["date"] == .date(try #require(CalendarDate(year: 2022, month: 9, day: 1))))
    #expect(dated.relations[0].attributes["date_text"] == .string("Since September"))
  }

  @Test func noPublicationDateOrNoExpressionLeavesRelationsUndated() throws {
    let undated = try Self.document("On Monday Iran sent drones to Russia.", published: nil)
    let facts = DocumentFacts(relations: [try Self.relation("supplies", quote: "sent", in: undated)])
    #expect(EventDating().dated(facts, in: undated) == facts)
    let plain = try Self.document("Iran sent drones to Russia.", published: "2022-12-21")
    let plainFacts = DocumentFacts(relations: [try Self.relation("supplies", quote: "sent", in: plain)])
    #expect(EventDating().dated(plainFacts, in: plain) == plainFacts)
  }
}
