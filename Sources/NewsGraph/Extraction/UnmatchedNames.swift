/// The capitalized names the lexicon and the rules missed, for `newsgraph build --report`.
///
/// A name is a run of capitalized words in one sentence, joined by spaces or by a lowercase
/// "of", "for", "the", "de", "al" between two of them ("Bank of England"; not "and", which
/// joins two names more often than it sits inside one), that no
/// mention overlaps: a word a mention covers ends the run. Function words and other capitalized
/// non-names (sentence openers such as "The", "However", "Meanwhile"; days and months) are
/// trimmed from both ends of a run, and a run left empty is not a name. A possessive "'s" ends a
/// run and is not part of the name.
///
/// Not names either: a run that is a role title (`titles`, lowercase: "Foreign Minister" before
/// a name the lexicon knows), a single capitalized word that opens the sentence and reads as an
/// ordinary word ("Citing", "Separately", "Intended": endings -ing, -ly, -ed), and the website
/// name after " | " in the title line (`EntityMatcher.siteNameStart`).
///
/// Pure: the same documents give the same list, most frequent first, then by name in code point
/// order.
public enum UnmatchedNames {
  static let connectors: Set<String> = ["of", "for", "the", "de", "al"]
  /// Capitalized words that are not names (or not names on their own).
  static let notNames: Set<String> = [
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "But", "And", "Or", "As", "If",
    "When", "While", "After", "Before", "According", "This", "That", "These", "Those", "Its",
    "His", "Her", "Their", "Our", "My", "Your", "Under", "With", "Without", "It", "He", "She",
    "They", "We", "I", "You", "There", "Here", "What", "Why", "How", "Who", "Where", "Which",
    "Some", "Many", "Most", "All", "No", "Not", "Yes", "So", "Then", "Now", "Today", "Yesterday",
    "Tomorrow", "Last", "Next", "However", "Meanwhile", "Nevertheless", "Also", "Although",
    "Though", "Since", "Despite", "During", "Over", "Until", "Once", "Earlier", "Later", "Asked",
    "Speaking", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December", "Share",
    "Read", "More", "Photo", "Image", "Video", "Click", "Like", "Follow", "Instead",
  ]

  /// The unmatched names of the documents with their counts.
  public static func find(
    in documents: [(Article, [Sentence], [Mention])], titles: Set<String> = []
  ) -> [UnmatchedName] {
    var counts: [String: Int] = [:]
    for (article, sentences, mentions) in documents {
      let bytes = Array(article.text.utf8)
      var cursor = 0
      for sentence in sentences {
        while cursor < mentions.count && mentions[cursor].sentence < sentence.index {
          cursor += 1
        }
        var covered: [Range<Int>] = []
        var position = cursor
        while position < mentions.count && mentions[position].sentence == sentence.index {
          covered.append(mentions[position].bytes)
          position += 1
        }
        if sentence.index == 0,
          let site = EntityMatcher.siteNameStart(in: bytes, range: sentence.bytes)
        {
          covered.append(site..<sentence.bytes.upperBound)
        }
        let tokens = SentenceTokens(bytes: bytes, range: sentence.bytes)
        for name in names(in: tokens, covered: covered)
        where !titles.contains(name.lowercased()) {
          counts[name, default: 0] += 1
        }
      }
    }
    return ranked(counts)
  }

  /// Counts as a list, most frequent first, then by name in code point order (counts of
  /// several batches of documents add up before ranking).
  public static func ranked(_ counts: [String: Int]) -> [UnmatchedName] {
    counts.map { UnmatchedName(name: $0.key, count: $0.value) }.sorted { left, right in
      if left.count != right.count { return left.count > right.count }
      return left.name.precedesByScalars(right.name)
    }
  }

  /// A sentence-opening word that reads as an ordinary word: it ends in -ing, -ly or -ed.
  static func isOrdinaryOpener(_ word: String) -> Bool {
    word.hasSuffix("ing") || word.hasSuffix("ly") || word.hasSuffix("ed")
  }

  /// The names of one sentence in text order.
  static func names(in tokens: SentenceTokens, covered: [Range<Int>]) -> [String] {
    func isFree(_ index: Int) -> Bool {
      !covered.contains { $0.overlaps(tokens.words[index]) }
    }
    func isNameWord(_ index: Int) -> Bool {
      tokens.isCapitalized(index) && isFree(index)
    }
    var result: [String] = []
    let count = tokens.words.count
    var index = 0
    while index < count {
      guard isNameWord(index) else {
        index += 1
        continue
      }
      var last = index
      while !tokens.isPossessive(last) && tokens.isSpaceAfter(last) {
        if last + 1 < count, isNameWord(last + 1) {
          last += 1
        } else if last + 2 < count, connectors.contains(tokens.text(last + 1)),
          tokens.isSpaceAfter(last + 1), isNameWord(last + 2)
        {
          last += 2
        } else {
          break
        }
      }
      var first = index
      var end = last
      while first <= end && (notNames.contains(tokens.text(first)) || !tokens.isCapitalized(first))
      {
        first += 1
      }
      while end >= first && (notNames.contains(tokens.text(end)) || !tokens.isCapitalized(end)) {
        end -= 1
      }
      if first <= end && !(first == 0 && end == 0 && isOrdinaryOpener(tokens.text(0))) {
        result.append(tokens.text(from: first, through: end))
      }
      index = last + 1
    }
    return result
  }
}
