/// What the agreement rules read around one Agreement mention, before parties of anaphoric
/// mentions ("this deal") are filled in from the rest of the document.
struct AgreementReading {
  var agreement: ResolvedMention
  var sentence: Sentence
  /// Entity ids in the order found.
  var parties: [String] = []
  var partyRule = "agreement-party"
  var partyConfidence = 0.0
  /// Whether the parties are the side that acts (a subject, a possessive, a modifier), so the
  /// agreement can be what they supply; false for "Russia-Iran deal" or "between X and Y".
  var partiesAct = false
  /// "this deal", "their deal", "the package": the parties may be found elsewhere.
  var anaphoric = false
  /// A deal, pact, treaty, partnership: two sides, unlike a package or sanctions.
  var bilateral = false
  var isSanctions = false
  /// Only the partner after "with" is named: the document's main state is the other side.
  var needsCounterparty = false
  /// "… was expected", "… is due": the agreement is planned, not signed.
  var expected = false
  /// The parties named after "with" ("a contract with Baykar"), in text order.
  var partners: [String] = []
  /// Sanctions targets ("sanctions against Russia").
  var targets: [String] = []
  var weapons: [String] = []
  var money: MoneyAmount?
  /// Byte range of the words read for the agreement (the mention, money, adjacent parties).
  var span: Range<Int>
}
