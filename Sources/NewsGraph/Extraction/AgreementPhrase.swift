/// What `AgreementRule` read around an agreement noun ("deal", "package", "sanctions"): the facts
/// the resolver needs to name the agreement and to find what "the deal" refers back to.
public struct AgreementPhrase: Sendable, Equatable {
  /// The phrase without the parties that open it and without quotation marks ("action plan"
  /// for "Ukraine “action plan”", "deal" for "Russia-Iran deal"): the alias, and the label
  /// after the parties' names.
  public var name: String
  /// The head noun in its singular, lowercase form ("deal", "package", "action plan",
  /// "sanctions"); "$275mn in lethal aid" has the head "package".
  public var head: String
  /// Entity ids of the parties, in text order: states or organizations named in the phrase
  /// ("Russia-Iran deal", "British sanctions"), after "between"/"with", or the nearest states
  /// before it in the sentence.
  public var parties: [String]
  /// The parties as written (without "the" or a possessive), for the label.
  public var partyNames: [String]
  /// For sanctions, the state they target ("sanctions against Iranian firms" → iran); for
  /// packages and plans, the state they are for ("security package for Ukraine").
  public var target: String?
  /// The money value as written, without a markdown escape ("$275mn", "£2.3bn").
  public var value: String?
  /// A capitalized name ("Paris Agreement", "Minsk Agreements"): the name is the label and id.
  public var isNamed: Bool
  /// A definite phrase with no party of its own ("the deal", "this package"): the resolver
  /// joins it to the last agreement with the same head in the document.
  public var isAnaphoric: Bool
  /// A two-party agreement whose sentence names only the partner after "with" ("a framework
  /// agreement signed with Seoul"): the resolver adds the document's main state as the other
  /// side.
  public var needsCounterparty: Bool
  /// The phrase with what follows its head and names it further ("contract for K9 howitzers",
  /// "deal worth about €6.6 billion"): a second alias; nil when nothing follows.
  public var longName: String? = nil
  /// Whether the value was written after the phrase ("worth …"), so it is no prefix of its name.
  public var valueFollows = false
  /// Whether the parties are only the nearest states before the phrase (no name, possessive or
  /// "with" of its own).
  public var partiesGuessed = false

  public init(
    name: String, head: String, parties: [String] = [], partyNames: [String] = [],
    target: String? = nil,
    value: String? = nil, isNamed: Bool = false, isAnaphoric: Bool = false,
    needsCounterparty: Bool = false
  ) {
    self.name = name
    self.head = head
    self.parties = parties
    self.partyNames = partyNames
    self.target = target
    self.value = value
    self.isNamed = isNamed
    self.isAnaphoric = isAnaphoric
    self.needsCounterparty = needsCounterparty
  }
}
