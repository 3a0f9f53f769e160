import NewsGraph

/// Builds the `ResolvedDocument` relation rules read from a text written in a test: the real
/// reader, splitter, lexicon matcher and resolver, plus hand-made Agreement mentions for given
/// phrases (as the Agreement rule of the matcher would mark them: the matcher's mentions inside
/// the phrase give way to it).
enum AgreementTestDocument {
  static let lexicon = EntityMatcherTests.lexicon

  /// - Parameter agreements: phrases to mark as Agreement mentions (every occurrence) with the
  ///   entity id each resolves to.
  static func make(
    _ text: String, date: String? = "2023-03-01", agreements: [(phrase: String, id: String)] = []
  ) -> ResolvedDocument {
    var article = ArticleReader().read(text: text, document: "test.txt", index: nil)
    article.metadata = ArticleMetadata(
      file: "test.txt", published: date.flatMap { CalendarDate(iso: $0) })
    let sentences = SentenceSplitter().sentences(in: article)
    let marked = mark(agreements, in: article, sentences: sentences)
    let mentions = EntityMatcherTests.matcher.mentions(in: article, sentences: sentences).filter {
      mention in !marked.contains { $0.mention.bytes.overlaps(mention.bytes) }
    }
    let resolution = EntityResolver(lexicon: lexicon).resolve([(article, mentions)])
    let resolved = ResolvedDocument(
      article: article, sentences: sentences, mentions: mentions,
      assignments: resolution.assignments[0])
    let all = (resolved.mentions + marked).sorted {
      $0.mention.bytes.lowerBound < $1.mention.bytes.lowerBound
    }
    return ResolvedDocument(article: article, sentences: sentences, mentions: all)
  }

  /// Agreement mentions for every occurrence of each phrase.
  static func mark(
    _ agreements: [(phrase: String, id: String)], in article: Article, sentences: [Sentence]
  ) -> [ResolvedMention] {
    let bytes = Array(article.text.utf8)
    var offsets = TextOffsets(utf8: bytes)
    var marked: [ResolvedMention] = []
    for (phrase, id) in agreements {
      let needle = Array(phrase.utf8)
      var start = 0
      while start + needle.count <= bytes.count {
        guard Array(bytes[start..<start + needle.count]) == needle else {
          start += 1
          continue
        }
        let range = start..<start + needle.count
        let sentence = sentences.first { $0.bytes.contains(start) }?.index ?? 0
        let scalars =
          offsets.scalarOffset(
            ofByte: range.lowerBound)..<offsets.scalarOffset(
            ofByte: range.upperBound)
        let mention = Mention(
          document: article.document, sentence: sentence, bytes: range, scalars: scalars,
          text: phrase, candidates: [id], type: "Agreement", method: .cueOrganization)
        marked.append(ResolvedMention(mention: mention, entity: id))
        start = range.upperBound
      }
    }
    return marked.sorted { $0.mention.bytes.lowerBound < $1.mention.bytes.lowerBound }
  }
}
