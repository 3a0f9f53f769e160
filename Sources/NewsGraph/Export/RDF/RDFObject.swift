/// The object of an RDF triple: an IRI or a literal. NewsGraph writes no blank nodes, so that
/// two parsers' graphs can be compared as plain sets of triples.
///
/// Equality and order are by Unicode scalars (UTF-8 bytes), never by canonical equivalence:
/// `Café` in NFC and in NFD are two different literals, as they are to every RDF parser.
public enum RDFObject: Sendable, CustomStringConvertible {
  case iri(String)
  /// A literal with its lexical form and, unless it is a plain string, its datatype IRI.
  /// Plain literals have no datatype: RDF 1.1 reads them as `xsd:string`, and rapper and
  /// rdflib then compare equal with what they parse.
  case literal(String, datatype: String?)

  /// Code point order: IRIs before literals, then by text, then by datatype (none first).
  public func precedes(_ other: RDFObject) -> Bool { compare(other) < 0 }

  /// Negative, zero or positive as `self` sorts before, equal to or after `other`.
  func compare(_ other: RDFObject) -> Int {
    switch (self, other) {
    case (.iri(let a), .iri(let b)): return a.compareByScalars(b)
    case (.iri, .literal): return -1
    case (.literal, .iri): return 1
    case (.literal(let a, let typeA), .literal(let b, let typeB)):
      let text = a.compareByScalars(b)
      if text != 0 { return text }
      switch (typeA, typeB) {
      case (nil, nil): return 0
      case (.some, nil): return 1
      case (nil, .some): return -1
      case (.some(let x), .some(let y)): return x.compareByScalars(y)
      }
    }
  }

  /// The term as N-Triples writes it (`<iri>` or `"text"^^<datatype>`).
  ///
  /// In the quoted literal only `"`, `\`, LF and CR are escaped (N-Triples `ECHAR`); every
  /// other scalar is written as itself in UTF-8, which N-Triples allows.
  public var description: String {
    switch self {
    case .iri(let iri): return "<\(iri)>"
    case .literal(let text, let datatype):
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        default: out.unicodeScalars.append(scalar)
        }
      }
      out += "\""
      if let datatype { out += "^^<\(datatype)>" }
      return out
    }
  }
}

extension RDFObject: Equatable {
  public static func == (lhs: RDFObject, rhs: RDFObject) -> Bool { lhs.compare(rhs) == 0 }
}
