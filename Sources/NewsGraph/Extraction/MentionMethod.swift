/// How a mention was found. Later stages weigh evidence by it: a lexicon label is stronger than a
/// capitalized run that merely ends in "Committee".
public enum MentionMethod: Sendable, Hashable {
  /// A lexicon surface form of this kind matched.
  case lexicon(SurfaceForm.Kind)
  /// An honorific or a role title followed by capitalized words ("Mr. Lavrov",
  /// "spokesman John Kirby").
  case titledPerson
  /// A letters-digits designation the lexicon lacks ("T-90", "M777").
  case designation
  /// A run of capitalized words holding an organization cue word ("… Forces Command").
  case cueOrganization
  /// A surname alone after the full name earlier in the article ("Wallace" after "Ben
  /// Wallace"); candidates are the full name's.
  case surname
  /// An agreement noun phrase ("a $4.75bn deal", "sanctions against Russia", "the package").
  case agreement
  /// A name followed by its acronym in parentheses, or that acronym ("… (JNIM)").
  case acronym
  /// A weapon name written before a weapon class ("Meteor air-to-air missiles", "the Tamir
  /// interceptor"), or a lexicon weapon with its class after it ("SCALP cruise missiles").
  case namedWeapon
  /// A place named by a cue word ("Vostochny Cosmodrome", "the port of Rajin").
  case cueLocation
  /// A role title with no name after it ("the Prime Minister"): type Person, no candidates;
  /// `RoleResolver` finds the office holder.
  case role

  /// Whether the mention came straight from the lexicon (preferred when spans tie).
  public var isLexicon: Bool {
    if case .lexicon = self { return true }
    return false
  }
}
