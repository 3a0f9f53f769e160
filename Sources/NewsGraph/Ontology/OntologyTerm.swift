/// A class or property of the ontology, with the parts writers need.
public struct OntologyTerm: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case `class`
    case objectProperty
    case datatypeProperty
    case annotationProperty
  }

  public let kind: Kind
  public let iri: String
  /// The IRI up to and including its last `#` or `/`.
  public let namespace: String
  /// The rest of the IRI: an XML NCName, so RDF/XML can use it as an element name.
  public let localName: String
  public let label: String?
  public let comment: String?
  /// `rdfs:domain` (a class IRI), for properties that declare one.
  public let domain: String?
  /// `rdfs:range` (a class or an XSD datatype IRI).
  public let range: String?
  /// The GraphML/JSON/DOT attribute this property stands for (`ng:column`).
  public let column: String?
  public let displayColor: String?
  public let displayShape: String?
  /// The line in the ontology file, for messages.
  public let line: Int
}
