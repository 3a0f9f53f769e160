/// What `WordSet` needs to look a sentence's word up, computed once per word by
/// `SentenceTokens`: the word's hash as written and lowercased, and whether it is ASCII.
///
/// The rules ask of almost every word whether it is in one set or another (ranks, place words,
/// cue words, stop words…); hashing the word's bytes once, not once per set, makes each
/// question a table probe.
struct WordKey {
  /// `WordSet.hash` of the word's bytes (meaningful for ASCII words only).
  var exact: UInt32
  /// `WordSet.hash` of the word's bytes with A–Z made a–z (meaningful for ASCII words only).
  var lowered: UInt32
  /// Whether every byte of the word is ASCII.
  var isASCII: Bool
  /// For a word with a non-ASCII byte: whether it may still equal an ASCII word as a `String`
  /// (`WordSet.mayEqualASCII`). False for ASCII words.
  var mayEqualASCII: Bool
}
