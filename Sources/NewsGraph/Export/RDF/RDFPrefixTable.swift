/// The namespace prefixes an RDF/XML document declares on `rdf:RDF`, and the qualified element
/// names (`prefix:local`) of predicate and class IRIs.
///
/// The prefixes are those of the ontology file's root element (rdf, rdfs, owl, xsd, skos, prov,
/// ng, in its order), then `nga` for the attribute namespace, then `ns1`, `ns2`, … for every
/// other namespace an ontology term or a W3C term NewsGraph writes lives in (in code point
/// order of the namespace). All come from the ontology, not the graph, so the table is known
/// before the first triple is written and is the same for every graph.
struct RDFPrefixTable: Sendable {
  /// In the order they are declared.
  let declarations: [(prefix: String, namespace: String)]
  private let prefixByNamespace: [ScalarKey: String]

  /// RDF/XML's own names that cannot be property elements (core syntax terms, old terms,
  /// `rdf:Description`, and `rdf:li`, which parsers turn into `rdf:_1`, `rdf:_2`, …).
  static let reservedPropertyNames: Set<String> = [
    "RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype", "Description",
    "aboutEach", "aboutEachPrefix", "bagID", "li",
  ]

  init(ontology: Ontology, extraNamespaces: [String] = []) {
    var declarations: [(prefix: String, namespace: String)] = []
    var byNamespace: [ScalarKey: String] = [:]
    var taken = Set<String>()
    func declare(_ prefix: String, _ namespace: String) {
      declarations.append((prefix, namespace))
      byNamespace[ScalarKey(namespace)] = prefix
      taken.insert(prefix)
    }
    var counter = 0
    func generated() -> String {
      repeat { counter += 1 } while taken.contains("ns\(counter)")
      return "ns\(counter)"
    }
    for (prefix, namespace) in ontology.prefixes
    where byNamespace[ScalarKey(namespace)] == nil && !taken.contains(prefix) {
      declare(prefix, namespace)
    }
    if byNamespace[ScalarKey(ontology.attributeNamespace)] == nil {
      declare(taken.contains("nga") ? generated() : "nga", ontology.attributeNamespace)
    }
    let needed =
      [Vocabulary.rdf, Vocabulary.rdfs, Vocabulary.owl, Vocabulary.skos, Vocabulary.prov]
      + ontology.terms.map(\.namespace) + extraNamespaces
    var missing: [String] = []
    for namespace in needed where byNamespace[ScalarKey(namespace)] == nil {
      if !missing.contains(where: namespace.equalsByScalars) { missing.append(namespace) }
    }
    for namespace in missing.sorted(by: { $0.precedesByScalars($1) }) {
      declare(generated(), namespace)
    }
    self.declarations = declarations
    prefixByNamespace = byNamespace
  }

  /// `prefix:local` for an IRI whose local part is an XML NCName in a declared namespace.
  func qualifiedName(for iri: String) -> String? {
    guard let split = IRISplit(iri), let prefix = prefixByNamespace[ScalarKey(split.namespace)]
    else { return nil }
    return prefix + ":" + split.localName
  }

  /// The qualified name of a predicate, if RDF/XML can write it as a property element.
  func propertyElementName(for iri: String) -> String? {
    if let split = IRISplit(iri), split.namespace == Vocabulary.rdf,
      Self.reservedPropertyNames.contains(split.localName)
    {
      return nil
    }
    return qualifiedName(for: iri)
  }

  /// The qualified name of a class, if RDF/XML can write it as a typed node element.
  func nodeElementName(for iri: String) -> String? {
    if let split = IRISplit(iri), split.namespace == Vocabulary.rdf,
      Self.reservedPropertyNames.contains(split.localName)
    {
      return nil
    }
    return qualifiedName(for: iri)
  }

  /// The prefix of the RDF namespace itself (`rdf` unless the ontology says otherwise).
  var rdf: String { prefixByNamespace[ScalarKey(Vocabulary.rdf)]! }
}
