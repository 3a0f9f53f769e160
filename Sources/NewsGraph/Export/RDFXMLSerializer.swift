/// Writes the graph as RDF/XML. `RDFTripleBuilder` gives the sorted triples as values and
/// `render` writes them with `XMLWriter` (the reference); `write` gives the same bytes from the
/// columns (`RDFXMLColumnWriter`).
///
/// One node element per subject: a typed node element (`<ng:Person rdf:about="…">`) when the
/// subject has exactly one `rdf:type` whose class has a qualified name, else
/// `<rdf:Description rdf:about="…">`. Each other triple is a property element: `rdf:resource`
/// for an IRI, element text for a literal with `rdf:datatype` as a full IRI. Never property
/// attributes (attribute-value normalization would turn newlines into spaces), `xml:lang`,
/// `rdf:ID`, `xml:base`, `rdf:parseType`, blank nodes or a DTD. All prefixes are declared on
/// `rdf:RDF` (see `RDFPrefixTable`).
///
/// `XMLWriter` escapes `& < >` in text (CR as `&#13;`, so XML's line-end normalization keeps
/// it) and `& < " TAB LF CR` in attributes; characters XML 1.0 cannot carry become U+FFFD
/// (`XMLText.cleaned`), so even a graph that was not cleaned for export gives a readable file.
public struct RDFXMLSerializer: GraphSerializer {
  public let ontology: Ontology

  public init(ontology: Ontology) { self.ontology = ontology }

  /// Writes from the graph's columns (`RDFXMLColumnWriter`): the bytes `render` gives for
  /// `RDFTripleBuilder`'s descriptions, without a triple value per row.
  public func write(_ graph: KnowledgeGraph, to sink: ByteSink) throws {
    try RDFXMLColumnWriter(graph: graph, ontology: ontology).write(to: sink)
  }

  /// Renders descriptions (the reference rendering of `RDFTripleBuilder`'s model; tests
  /// compare the column writer with it) whose predicates all have qualified names in `prefixes`.
  ///
  /// - Throws: `.invalidOntology` for a predicate RDF/XML cannot name (its local part is not an
  ///   NCName, its namespace has no prefix, or it is one of RDF/XML's own syntax names):
  ///   Raptor drops such a triple silently; NewsGraph refuses to write a partial graph.
  static func render(
    _ descriptions: some Sequence<RDFDescription>, prefixes: RDFPrefixTable, to sink: ByteSink
  ) throws {
    let writer = try XMLWriter(sink: sink)
    let rdf = prefixes.rdf
    let about = "\(rdf):about"
    let resource = "\(rdf):resource"
    let datatypeName = "\(rdf):datatype"
    let untyped = "\(rdf):Description"
    let typeIRI = Vocabulary.rdf + "type"
    // Keyed by String, which hashes fast; a hit counts only if the scalars match too.
    var propertyNames: [String: (iri: String, name: String)] = [:]
    var classNames: [String: (iri: String, name: String?)] = [:]
    func propertyName(_ iri: String) throws -> String {
      if let known = propertyNames[iri], known.iri.equalsByScalars(iri) { return known.name }
      guard let name = prefixes.propertyElementName(for: iri) else {
        throw NewsGraphError(
          .invalidOntology(
            "the property <\(iri)> cannot be an RDF/XML element name: its local part must be an XML NCName in a namespace with a prefix"
          ))
      }
      propertyNames[iri] = (iri, name)
      return name
    }
    func className(_ iri: String) -> String? {
      if let known = classNames[iri], known.iri.equalsByScalars(iri) { return known.name }
      let name = prefixes.nodeElementName(for: iri)
      classNames[iri] = (iri, name)
      return name
    }

    try writer.startDocument()
    try writer.startElement("\(rdf):RDF")
    for (prefix, namespace) in prefixes.declarations {
      try writer.attribute("xmlns:\(prefix)", namespace)
    }
    for description in descriptions {
      let triples = description.triples
      var typedAs: (name: String, index: Int)?
      var typeIndex: Int?
      var typeCount = 0
      for index in triples.indices where triples[index].predicate.equalsByScalars(typeIRI) {
        typeIndex = index
        typeCount += 1
      }
      if typeCount == 1, let typeIndex, case .iri(let type) = triples[typeIndex].object,
        let name = className(type)
      {
        typedAs = (name, typeIndex)
      }
      try writer.startElement(typedAs?.name ?? untyped)
      try writer.attribute(about, description.subject)
      for index in triples.indices where index != typedAs?.index {
        try writer.startElement(try propertyName(triples[index].predicate))
        switch triples[index].object {
        case .iri(let iri):
          try writer.attribute(resource, iri)
          try writer.endElement()
        case .literal(let text, let datatype):
          if let datatype { try writer.attribute(datatypeName, datatype) }
          try writer.text(text)
          try writer.fullEndElement()
        }
      }
      try writer.endElement()
    }
    try writer.endElement()
    try writer.endDocument()
  }
}
