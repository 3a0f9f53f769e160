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
  /// Where each sentence's mentions start in `mentions`: those of sentence `s` are
  /// `starts[s]..<starts[s + 1]`, for `s` up to the last sentence a mention is in. Nil when the
  /// mentions are not in sentence order from sentence 0 on, or name a sentence past the
  /// document's sentences and mentions counted together; `mentions(inSentence:)` then searches.
  private let sentenceStarts: [Int]?

  public init(article: Article, sentences: [Sentence], mentions: [ResolvedMention]) {
    self.article = article
    self.sentences = sentences
    self.mentions = mentions
    bytes = Array(article.text.utf8)
    sentenceStarts = Self.sentenceStarts(of: mentions, bound: sentences.count + mentions.count)
  }

  /// Pairs each mention with its assignment (`EntityResolution.assignments` of this document),
  /// keeping those that resolved.
  public init(
    article: Article, sentences: [Sentence], mentions: [Mention], assignments: [String?]
  ) {
    var resolved: [ResolvedMention] = []
    resolved.reserveCapacity(min(mentions.count, assignments.count))
    // By index: `zip` copied each mention once more on the way (a retain and a release).
    for position in 0..<min(mentions.count, assignments.count) {
      if let entity = assignments[position] {
        resolved.append(ResolvedMention(mention: mentions[position], entity: entity))
      }
    }
    self.init(article: article, sentences: sentences, mentions: resolved)
  }

  /// `sentenceStarts` of these mentions, nil past sentence `bound` (which bounds the table by
  /// the size of the document): one pass over their sentence numbers.
  static func sentenceStarts(of mentions: [ResolvedMention], bound: Int) -> [Int]? {
    var starts: [Int] = [0]
    var previous = 0
    for position in mentions.indices {
      let sentence = mentions[position].mention.sentence
      guard sentence >= previous, sentence <= bound else { return nil }
      while starts.count <= sentence { starts.append(position) }
      previous = sentence
    }
    starts.append(mentions.count)
    return starts
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
  /// - Complexity: O(1) (`sentenceStarts`), else O(log n).
  public func mentions(inSentence index: Int) -> ArraySlice<ResolvedMention> {
    if let starts = sentenceStarts {
      guard index >= 0 else { return mentions[0..<0] }
      guard index + 1 < starts.count else { return mentions[mentions.count..<mentions.count] }
      return mentions[starts[index]..<starts[index + 1]]
    }
    return searchedMentions(inSentence: index)
  }

  /// `mentions(inSentence:)` by binary search: what `sentenceStarts` gives when there is one.
  func searchedMentions(inSentence index: Int) -> ArraySlice<ResolvedMention> {
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
