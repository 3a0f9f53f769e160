/// The loaded ontology: the classes, relations and attributes the writers may use, and the
/// namespaces of the IRIs they mint. Writers take every IRI of NewsGraph's own vocabulary from
/// here; only the W3C vocabularies (`Vocabulary`) are constants.
public struct Ontology: Sendable {
  public let iri: String
  /// Entity IRIs are this followed by the entity id; relations and evidence live below it too.
  public let resourceNamespace: String
  /// Namespace for attributes that no property declares (from converted graphs).
  public let attributeNamespace: String
  public let wikidataNamespace: String
  /// Prefix → namespace, as the ontology file declares them on its root element.
  public let prefixes: [(prefix: String, namespace: String)]
  public let terms: [OntologyTerm]

  private let classesByName: [String: Int]
  private let relationsByName: [String: Int]
  private let attributesByColumn: [String: Int]
  private let termsByLocalName: [String: Int]

  public init(
    iri: String, resourceNamespace: String, attributeNamespace: String, wikidataNamespace: String,
    prefixes: [(prefix: String, namespace: String)], terms: [OntologyTerm]
  ) {
    self.iri = iri
    self.resourceNamespace = resourceNamespace
    self.attributeNamespace = attributeNamespace
    self.wikidataNamespace = wikidataNamespace
    self.prefixes = prefixes
    self.terms = terms
    var classes: [String: Int] = [:]
    var relations: [String: Int] = [:]
    var columns: [String: Int] = [:]
    var local: [String: Int] = [:]
    let own = Self.ownNamespace(of: iri, terms: terms)
    for (index, term) in terms.enumerated() {
      if term.namespace == own { local[term.localName] = index }
      switch term.kind {
      case .class: classes[term.localName] = index
      case .objectProperty where term.column == nil: relations[term.localName] = index
      default: break
      }
      if let column = term.column, term.kind != .class { columns[column] = index }
    }
    classesByName = classes
    relationsByName = relations
    attributesByColumn = columns
    termsByLocalName = local
  }

  /// The class for an entity type, if the ontology declares it.
  public func entityClass(named name: String) -> OntologyTerm? {
    classesByName[name].map { terms[$0] }
  }

  /// The object property for a relation type (an object property with no `ng:column`).
  public func relationProperty(named name: String) -> OntologyTerm? {
    relationsByName[name].map { terms[$0] }
  }

  /// The property that stands for an attribute column (declared with `ng:column`).
  public func attributeProperty(column: String) -> OntologyTerm? {
    attributesByColumn[column].map { terms[$0] }
  }

  /// A term of the ontology's own namespace by local name (`Entity`, `relatedTo`, `document`).
  /// Writers use this for the fixed parts of the model; the loader checks they exist.
  public func term(_ localName: String) -> OntologyTerm {
    terms[termsByLocalName[localName]!]
  }

  /// Local names the writers rely on; the loader rejects an ontology that lacks one.
  public static let requiredTerms = [
    "Entity", "Evidence", "relatedTo", "relationName", "className", "document", "sentence",
    "start", "end", "evidence",
  ]

  static func ownNamespace(of ontologyIRI: String, terms: [OntologyTerm]) -> String {
    terms.first { $0.iri.hasPrefix(ontologyIRI) && $0.kind == .class }?.namespace ?? ontologyIRI
  }
}
