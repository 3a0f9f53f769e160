/// Who said something, as an entity id, and the reporting verb's lemma ("say", "according to").
public struct ReportedSpeaker: Sendable, Equatable {
  public var entity: String
  public var verb: String
  public var stance: ReportingStance
  /// Found through a pronoun ("he said"), so less certain.
  public var viaPronoun: Bool

  public init(entity: String, verb: String, stance: ReportingStance, viaPronoun: Bool = false) {
    self.entity = entity
    self.verb = verb
    self.stance = stance
    self.viaPronoun = viaPronoun
  }
}
