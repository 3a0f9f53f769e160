/// Everything the output says about one subject: the triples that share it, sorted and
/// without duplicates. RDF/XML writes one node element per description.
public struct RDFDescription: Sendable, Equatable {
  public let subject: String
  public let triples: [RDFTriple]

  /// Sorts the triples (all of which have `subject` as their subject) and drops repeated ones:
  /// two relations with the same source, type and target give the same plain triple once.
  ///
  /// - Complexity: O(*n* log *n*) in the number of triples.
  public init(subject: String, triples: [RDFTriple]) {
    self.subject = subject
    // Sorting indices moves integers, not four reference-counted strings per triple.
    let order = triples.indices.sorted {
      triples[$0].compareIgnoringSubject(triples[$1]) < 0
    }
    var sorted: [RDFTriple] = []
    sorted.reserveCapacity(triples.count)
    for index in order
    where sorted.isEmpty || sorted[sorted.count - 1].compareIgnoringSubject(triples[index]) != 0 {
      sorted.append(triples[index])
    }
    self.triples = sorted
  }

  public static func == (lhs: RDFDescription, rhs: RDFDescription) -> Bool {
    lhs.subject.equalsByScalars(rhs.subject) && lhs.triples == rhs.triples
  }
}
