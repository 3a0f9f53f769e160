/// One article after entity resolution: what relation extraction reads.
///
/// Holding the sentences and the resolved mentions together keeps relation extraction a pure
/// function of one document, so documents can be processed in parallel.
public struct ResolvedDocument: Sendable, Equatable {
  public let article: Article
  public let sentences: [Sentence]
  /// The mentions that resolved to an entity, in text order (dropped mentions are left out).
  public let mentions: [ResolvedMention]
  /// `article.text` as UTF-8, made once: every relation stage reads the text as bytes.
  public let bytes: [UInt8]

  public init(article: Article, sentences: [Sentence], mentions: [ResolvedMention]) {
    self.article = article
    self.sentences = sentences
    self.mentions = mentions
    bytes = Array(article.text.utf8)
  }

  /// Pairs each mention with its assignment (`EntityResolution.assignments` of this document),
  /// keeping those that resolved.
  public init(
    article: Article, sentences: [Sentence], mentions: [Mention], assignments: [String?]
  ) {
    var resolved: [ResolvedMention] = []
    for (mention, entity) in zip(mentions, assignments) {
      if let entity { resolved.append(ResolvedMention(mention: mention, entity: entity)) }
    }
    self.init(article: article, sentences: sentences, mentions: resolved)
  }

  /// The sentence with this index: at its position when the splitter numbered them in order (it
  /// does), else found by search; nil for an index the document does not have.
  public func sentence(at index: Int) -> Sentence? {
    if sentences.indices.contains(index) && sentences[index].index == index {
      return sentences[index]
    }
    return sentences.first { $0.index == index }
  }

  /// The resolved mentions of one sentence, in text order.
  public func mentions(inSentence index: Int) -> ArraySlice<ResolvedMention> {
    let start = mentions.partitionPoint { $0.mention.sentence < index }
    let end = mentions[start...].partitionPoint { $0.mention.sentence <= index }
    return mentions[start..<end]
  }
}

extension Collection {
  /// The first index whose element does not satisfy `belongsBefore` (which must hold for a
  /// prefix of the collection): a binary search.
  func partitionPoint(where belongsBefore: (Element) -> Bool) -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if belongsBefore(self[middle]) {
        low = index(after: middle)
        count -= half + 1
      } else {
        count = half
      }
    }
    return low
  }
}
