/// A claim the sentence itself marks as disputed after it: "Iran supplies Hezbollah with
/// rockets, a claim Tehran denies" — the claim is `alleged`, and the one who denies it holds
/// the same relation as `denied` (attributed to them).
///
/// The phrase is a comma, "a"/"an" or "the", a noun for a claim ("claim", "allegation",
/// "charge", "accusation", "assertion", "assessment"), "that" optionally, a mention (a state,
/// organization or person), an adverb optionally, and a denying verb ("denies", "has denied",
/// "rejects", "disputes").
struct DisputedClaim: Sendable, Equatable {
  /// The entity that denies the claim.
  var entity: String
  /// The denying verb's lemma ("deny", "reject", "dispute").
  var verb: String

  static let nouns: Set<String> = [
    "claim", "claims", "allegation", "allegations", "charge", "charges", "accusation",
    "accusations", "assertion", "assertions", "assessment",
  ]
  static let verbs: [String: String] = [
    "deny": "deny", "denies": "deny", "denied": "deny", "denying": "deny",
    "reject": "reject", "rejects": "reject", "rejected": "reject",
    "dispute": "dispute", "disputes": "dispute", "disputed": "dispute",
    "refute": "refute", "refutes": "refute", "refuted": "refute",
  ]
  static let skippable: Set<String> = [
    "has", "have", "had", "strongly", "firmly", "repeatedly", "flatly", "always", "vehemently",
  ]

  /// The dispute phrase after `trigger` in the sentence, if any. `mentions` are the sentence's
  /// resolved mentions with byte ranges relative to the sentence start.
  static func find(
    in bytes: [UInt8], after trigger: Range<Int>, mentions: [(range: Range<Int>, entity: String)]
  ) -> DisputedClaim? {
    find(in: SentenceWords(bytes: bytes), after: trigger, mentions: mentions)
  }

  /// `find(in:after:mentions:)` on the sentence's words, already split.
  static func find(
    in words: SentenceWords, after trigger: Range<Int>,
    mentions: [(range: Range<Int>, entity: String)]
  ) -> DisputedClaim? {
    let bytes = words.bytes
    var index = words.firstWord(from: trigger.upperBound)
    while index + 2 < words.words.count {
      defer { index += 1 }
      let article = words.lower(index)
      guard ["a", "an", "the"].contains(article), nouns.contains(words.lower(index + 1)) else {
        continue
      }
      let start = words.words[index].lowerBound
      guard start >= 2, bytes[..<start].last(where: { $0 != 0x20 }) == UInt8(ascii: ",") else {
        continue
      }
      var next = index + 2
      if words.lower(next) == "that" { next += 1 }
      guard next < words.words.count,
        let mention = mentions.first(where: { $0.range.lowerBound == words.words[next].lowerBound })
      else { continue }
      var after = words.firstWord(from: mention.range.upperBound)
      while after < words.words.count && skippable.contains(words.lower(after)) { after += 1 }
      guard after < words.words.count, let verb = verbs[words.lower(after)] else { continue }
      return DisputedClaim(entity: mention.entity, verb: verb)
    }
    return nil
  }
}
