/// How a relation pattern finds its two arguments around the trigger.
public enum RelationPatternKind: String, Sendable, CaseIterable {
  /// A verb: the subject is the nearest mention before the trigger in its clause ("Iran
  /// supplies …"), the object follows the trigger directly or after a marker ("… drones to
  /// Russia"). A form of "be" right before a trigger not ending in "-ing" makes it passive: the
  /// subject is then the mention after "by" ("drones were supplied to Russia by Iran").
  case verb
  /// A noun: the subject is a possessive or the nearest mention before it in the clause ("Iran's
  /// supply of drones to Russia", "Iran is considering the sale of missiles to Russia"); the
  /// object follows a marker. Without a subject before it, the agent after "by" is the subject
  /// ("the sale of F-16 jets to Turkey by the United States"); "X-Y talks" gives both
  /// arguments at once, and so does "talks between X and Y".
  case noun
  /// A verb whose grammatical subject is the relation's target and whose marked object is its
  /// source ("Turkey bought S-400 systems from Russia": Russia supplies Turkey).
  case inverse
  /// A noun between its object and its subject ("NATO member Poland": Poland memberOf NATO).
  case modifier
  /// A noun whose possessor is the relation's target and whose subject (before the possessor, in
  /// its clause) is the source: "France is India's largest arms supplier" (France supplies
  /// India).
  case possessor
  /// A noun whose adjective or possessive is the relation's source and whose clause subject is
  /// the target: "Romania is considering a Turkish offer of drones" (Turkey supplies Romania).
  case offer
}
