internal import CLibXML2

/// Reads `ontology/newsgraph.owl` (RDF/XML as Protégé writes it: one element per class or
/// property, `rdf:about` with absolute IRIs) into an `Ontology`.
///
/// It checks what the writers rely on, so a bad edit fails here, with file and line, and not
/// as a broken export: every property's local name must be an XML NCName (or RDF/XML cannot
/// name it), the namespace annotations must be there, and the fixed terms must exist.
public struct OntologyLoader: Sendable {
  public init() {}

  public func load(contentsOf path: String) throws -> Ontology {
    let bytes = try InputFile.bytes(atPath: path)
    _ = try InputFile.text(bytes, file: path)
    return try load(bytes: bytes, file: path)
  }

  public func load(bytes: [UInt8], file: String) throws -> Ontology {
    let document = try XMLDocument.parse(bytes, file: file)
    guard let root = document.root, XMLNodeAccess.localName(root) == "RDF",
      XMLNodeAccess.namespace(root) == Vocabulary.rdf
    else {
      throw NewsGraphError(.invalidOntology("the root element is not rdf:RDF"), at: InputLocation(file: file))
    }
    var ontologyIRI: String?
    var annotations: [String: String] = [:]
    var terms: [OntologyTerm] = []
    for node in XMLNodeAccess.children(root) {
      let line = XMLNodeAccess.line(node)
      let location = InputLocation(file: file, line: line)
      guard XMLNodeAccess.namespace(node) == Vocabulary.owl else { continue }
      guard let about = XMLNodeAccess.attribute(node, "about", namespace: Vocabulary.rdf) else {
        throw NewsGraphError(.invalidOntology("an owl:\(XMLNodeAccess.localName(node)) has no rdf:about"), at: location)
      }
      let kind: OntologyTerm.Kind
      switch XMLNodeAccess.localName(node) {
      case "Ontology":
        ontologyIRI = about
        for child in XMLNodeAccess.children(node) where XMLNodeAccess.localName(child).hasSuffix("Namespace") {
          annotations[XMLNodeAccess.localName(child)] = XMLNodeAccess.text(child)
        }
        continue
      case "Class": kind = .class
      case "ObjectProperty": kind = .objectProperty
      case "DatatypeProperty": kind = .datatypeProperty
      case "AnnotationProperty": kind = .annotationProperty
      default: continue
      }
      terms.append(try term(kind, about: about, node: node, location: location))
    }
    guard let ontologyIRI else {
      throw NewsGraphError(.invalidOntology("no owl:Ontology header"), at: InputLocation(file: file))
    }
    func namespace(_ name: String) throws -> String {
      guard let value = annotations[name], value.hasPrefix("http"),
        value.hasSuffix("/") || value.hasSuffix("#")
      else {
        throw NewsGraphError(
          .invalidOntology("the owl:Ontology header needs ng:\(name), an IRI ending in / or #"),
          at: InputLocation(file: file))
      }
      return value
    }
    var columns = Set<String>()
    for term in terms {
      if let column = term.column, !columns.insert(column).inserted {
        throw NewsGraphError(
          .invalidOntology("two properties claim the column '\(column)'"),
          at: InputLocation(file: file, line: term.line))
      }
    }
    let ontology = Ontology(
      iri: ontologyIRI, resourceNamespace: try namespace("resourceNamespace"),
      attributeNamespace: try namespace("attributeNamespace"),
      wikidataNamespace: try namespace("wikidataNamespace"),
      prefixes: XMLNodeAccess.namespaceDeclarations(root), terms: terms)
    let own = Ontology.ownNamespace(of: ontologyIRI, terms: terms)
    for required in Ontology.requiredTerms
    where !terms.contains(where: { $0.namespace == own && $0.localName == required }) {
      throw NewsGraphError(
        .invalidOntology("the ontology must declare '\(required)' in \(own)"),
        at: InputLocation(file: file))
    }
    return ontology
  }

  private func term(
    _ kind: OntologyTerm.Kind, about: String, node: xmlNodePtr, location: InputLocation
  ) throws -> OntologyTerm {
    guard let split = IRISplit(about) else {
      throw NewsGraphError(
        .invalidOntology(
          "the IRI <\(about)> has no local part that is an XML NCName, so RDF/XML cannot name it"),
        at: location)
    }
    var label: String?
    var comment: String?
    var domain: String?
    var range: String?
    var column: String?
    var color: String?
    var shape: String?
    for child in XMLNodeAccess.children(node) {
      switch (XMLNodeAccess.namespace(child), XMLNodeAccess.localName(child)) {
      case (Vocabulary.rdfs, "label"): label = XMLNodeAccess.text(child)
      case (Vocabulary.rdfs, "comment"): comment = XMLNodeAccess.text(child)
      case (Vocabulary.rdfs, "domain"):
        domain = XMLNodeAccess.attribute(child, "resource", namespace: Vocabulary.rdf)
      case (Vocabulary.rdfs, "range"):
        range = XMLNodeAccess.attribute(child, "resource", namespace: Vocabulary.rdf)
      case (_, "column"): column = XMLNodeAccess.text(child)
      case (_, "displayColor"): color = XMLNodeAccess.text(child)
      case (_, "displayShape"): shape = XMLNodeAccess.text(child)
      default: break
      }
    }
    return OntologyTerm(
      kind: kind, iri: about, namespace: split.namespace, localName: split.localName,
      label: label, comment: comment, domain: domain, range: range, column: column, displayColor: color,
      displayShape: shape, line: location.line ?? 0)
  }
}

/// An IRI split into namespace and local name the way RDF/XML must: the local name is the
/// longest suffix that is an XML NCName (ASCII letters, digits, `_ - .`, starting with a letter
/// or `_`), and it must not be empty.
struct IRISplit {
  let namespace: String
  let localName: String

  init?(_ iri: String) {
    let bytes = Array(iri.utf8)
    var start = bytes.count
    while start > 0 && Self.isNameByte(bytes[start - 1]) { start -= 1 }
    while start < bytes.count && !Self.isNameStartByte(bytes[start]) { start += 1 }
    guard start < bytes.count, start > 0 else { return nil }
    let separator = bytes[start - 1]
    guard separator == UInt8(ascii: "#") || separator == UInt8(ascii: "/") else { return nil }
    namespace = String(decoding: bytes[..<start], as: UTF8.self)
    localName = String(decoding: bytes[start...], as: UTF8.self)
  }

  static func isNameStartByte(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
  }

  static func isNameByte(_ byte: UInt8) -> Bool {
    isNameStartByte(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
  }
}
