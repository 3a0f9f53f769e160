/// The property each attribute name of a graph becomes in RDF.
///
/// A name the ontology declares as a column (`ng:column`) becomes that property. Any other name
/// becomes the attribute namespace followed by the schema key's safe name (`date of birth` →
/// `nga:date_of_birth`), and the output declares it as an `owl:DatatypeProperty` labelled with
/// the original name. Safe names are unique per domain only, so one RDF-wide table keeps each
/// property to one original name: a safe name already used by another name in an earlier
/// domain (graph, node, edge) gets the next free `_2`, `_3`, … as `AttributeNaming` does.
struct RDFAttributeProperties: Sendable {
  struct Property: Sendable {
    let iri: String
    /// An `owl:ObjectProperty` (`weapon`, `attributed_to`, …): a string value that is an
    /// entity id becomes that entity's IRI.
    let pointsToEntities: Bool
  }

  /// An attribute property the ontology does not declare, with the attribute's original name.
  struct Declaration: Sendable {
    let iri: String
    let name: String
  }

  /// Keyed by `String` (fast to hash), with the entries of canonically equivalent names kept
  /// apart by their scalars: `Café` in NFC and in NFD are two attributes.
  private let byName: [String: [(name: String, property: Property)]]
  /// Sorted by IRI (code points).
  let declarations: [Declaration]

  init(graph: KnowledgeGraph, ontology: Ontology) {
    var byName: [String: [(name: String, property: Property)]] = [:]
    func known(_ name: String) -> Bool {
      byName[name]?.contains { $0.name.equalsByScalars(name) } ?? false
    }
    var usedLocalNames = Set<String>()
    var declarations: [Declaration] = []
    let reserved: [AttributeDomain: [String]] = [
      .graph: KnowledgeGraph.reservedGraphColumns, .node: KnowledgeGraph.reservedNodeColumns,
      .edge: KnowledgeGraph.reservedEdgeColumns,
    ]
    for domain in AttributeDomain.allCases {
      for key in graph.schema.keys(for: domain) where !reserved[domain]!.contains(key.name) {
        guard !known(key.name) else { continue }
        if let term = ontology.attributeProperty(column: key.name) {
          let property = Property(iri: term.iri, pointsToEntities: term.kind == .objectProperty)
          byName[key.name, default: []].append((key.name, property))
          continue
        }
        var localName = key.safeName
        if usedLocalNames.contains(localName) {
          localName = AttributeNaming.safeName(for: key.name, avoiding: usedLocalNames)
        }
        usedLocalNames.insert(localName)
        let iri = ontology.attributeNamespace + localName
        byName[key.name, default: []].append(
          (key.name, Property(iri: iri, pointsToEntities: false)))
        declarations.append(Declaration(iri: iri, name: key.name))
      }
    }
    self.byName = byName
    self.declarations = declarations.sorted { $0.iri.precedesByScalars($1.iri) }
  }

  /// The property of an attribute of the graph (every attribute name has one).
  func property(for name: String) -> Property {
    byName[name]!.first { $0.name.equalsByScalars(name) }!.property
  }
}
