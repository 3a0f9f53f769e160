/// One RDF statement: subject and predicate IRIs and an object.
public struct RDFTriple: Sendable, Equatable, CustomStringConvertible {
  public let subject: String
  public let predicate: String
  public let object: RDFObject

  public init(_ subject: String, _ predicate: String, _ object: RDFObject) {
    self.subject = subject
    self.predicate = predicate
    self.object = object
  }

  /// Code point order by subject, predicate, then object: the order of NewsGraph's output.
  public func precedes(_ other: RDFTriple) -> Bool { compare(other) < 0 }

  /// Negative, zero or positive as `self` sorts before, equal to or after `other`.
  func compare(_ other: RDFTriple) -> Int {
    let subjects = subject.compareByScalars(other.subject)
    if subjects != 0 { return subjects }
    return compareIgnoringSubject(other)
  }

  /// The order of two triples known to share their subject, as in one description.
  func compareIgnoringSubject(_ other: RDFTriple) -> Int {
    let predicates = predicate.compareByScalars(other.predicate)
    if predicates != 0 { return predicates }
    return object.compare(other.object)
  }

  public static func == (lhs: RDFTriple, rhs: RDFTriple) -> Bool { lhs.compare(rhs) == 0 }

  /// The triple as one N-Triples line, without the line break.
  public var description: String { "<\(subject)> <\(predicate)> \(object) ." }
}
