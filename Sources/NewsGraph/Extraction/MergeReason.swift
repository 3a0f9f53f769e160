/// Why a surface form was merged into an entity, or why a mention was dropped.
public enum MergeReason: String, Sendable, Hashable {
  /// The mention's single lexicon candidate.
  case lexiconID = "lexicon id"
  /// One of several lexicon candidates, chosen by an earlier mention in the same document.
  case sameDocument = "mentioned earlier in the document"
  /// One of several lexicon candidates, chosen by a mention in an earlier document.
  case earlierDocument = "mentioned in an earlier document"
  /// One of several lexicon candidates, the only one in office on the article's date.
  case officeHeld = "in office on the article date"
  /// A bare surname joined to a full name with that surname.
  case surname
  /// A role mention joined to the office holder on the article's date.
  case roleHolder = "role holder"
  /// A role mention joined to the office holder named right after it ("The Prime Minister,
  /// Rishi Sunak").
  case apposition = "role holder in apposition"
  /// "his Russian counterpart": the holder, for the other state, of the role of the person named
  /// before it.
  case counterpart = "counterpart of the person named before"
  /// A name the lexicon lacks, its own entity under the slug of the name.
  case slug
  /// A definite agreement phrase ("the deal") joined to the last agreement with its head noun
  /// in the document.
  case antecedent = "refers back to an agreement"
  /// A definite agreement phrase with no antecedent, named after the states of the sentences
  /// before it.
  case contextParties = "agreement parties from the sentences before"
  /// Dropped: several candidates and nothing to choose between them.
  case ambiguous = "dropped: ambiguous"
  /// Dropped: no unique office holder (or no date or state to look one up).
  case noHolder = "dropped: no unique office holder"
  /// Dropped: an indefinite role mention ("a foreign minister") names no one person.
  case indefinite = "dropped: indefinite"
  /// Dropped: an agreement phrase with neither parties nor an antecedent ("the deal" alone).
  case noAntecedent = "dropped: no antecedent"
  /// Dropped: the candidate's type or id conflicts with the mention or an existing entity.
  case typeConflict = "dropped: type conflict"
}
