/// A resolved mention as the relation rules see it: its byte range in the sentence text and
/// what it names. A pronoun standing for an earlier mention is an argument too, with the
/// pronoun's range and the antecedent's entity.
struct RelationArgument: Sendable, Equatable {
  /// Byte range relative to the start of the sentence.
  var range: Range<Int>
  var entity: String
  var type: String
  /// An adjective ("Iranian") or a possessive ("Iran’s"): a modifier of a head noun that may be
  /// an entity of its own ("Ukrainian Prime Minister Denys Shmyhal").
  var isModifier: Bool
  /// Found in the lexicon, rather than by a heuristic.
  var isLexicon: Bool
  /// Stands for an antecedent through a pronoun.
  var isPronoun: Bool = false

  init(_ resolved: ResolvedMention, sentenceStart: Int) {
    // Field by field: binding `resolved.mention` to a local would copy the whole mention (and
    // retain every string and array in it) for four fields.
    let bytes = resolved.mention.bytes
    range = (bytes.lowerBound - sentenceStart)..<(bytes.upperBound - sentenceStart)
    entity = resolved.entity
    type = resolved.mention.type
    isModifier = resolved.mention.possessive || resolved.mention.method == .lexicon(.adjective)
    isLexicon = resolved.mention.method.isLexicon
  }

  init(range: Range<Int>, entity: String, type: String, isLexicon: Bool, isPronoun: Bool) {
    self.range = range
    self.entity = entity
    self.type = type
    self.isModifier = false
    self.isLexicon = isLexicon
    self.isPronoun = isPronoun
  }
}
