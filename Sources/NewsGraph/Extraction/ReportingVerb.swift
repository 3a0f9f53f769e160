/// One row of `ontology/cues/reporting-verbs.tsv`: a verb, its written forms and its stance.
public struct ReportingVerb: Sendable, Equatable {
  /// The lemma ("say"), reported as the relation's reporting verb.
  public var lemma: String
  /// Inflected forms matched as whole words, case-insensitively ("says", "said", "saying").
  public var forms: [String]
  public var stance: ReportingStance

  public init(lemma: String, forms: [String], stance: ReportingStance) {
    self.lemma = lemma
    self.forms = forms
    self.stance = stance
  }
}
