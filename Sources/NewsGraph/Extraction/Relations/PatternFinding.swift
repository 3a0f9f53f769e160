/// What one rule found around one trigger: the relation's source and target (in relation
/// order, whatever the grammar), and the weapon of the clause with its count.
struct PatternFinding: Sendable, Equatable {
  var source: RelationArgument
  var target: RelationArgument
  var weapon: RelationArgument?
  var quantity: QuantityPhrase?
}
