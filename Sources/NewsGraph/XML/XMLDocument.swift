internal import CLibXML2

/// A parsed XML document (libxml2's tree), for small inputs such as the ontology.
///
/// Parsing never touches the network or the file system beyond the bytes given: no DTD is
/// loaded, no entity is fetched or expanded, and a document that declares entities is refused.
final class XMLDocument {
  let pointer: xmlDocPtr
  let file: String

  private init(pointer: xmlDocPtr, file: String) {
    self.pointer = pointer
    self.file = file
  }

  deinit { xmlFreeDoc(pointer) }

  static func parse(_ bytes: [UInt8], file: String) throws -> XMLDocument {
    XMLSafety.installOnce()
    guard let context = xmlNewParserCtxt() else {
      throw NewsGraphError(.malformedXML("libxml2 could not allocate a parser"), at: InputLocation(file: file))
    }
    defer { xmlFreeParserCtxt(context) }
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
      | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", options)
      }
    }
    guard let document else {
      throw XMLSafety.lastError(of: context, file: file)
    }
    if let subset = document.pointee.intSubset, subset.pointee.entities != nil {
      xmlFreeDoc(document)
      throw NewsGraphError(
        .unsafeXML("the document declares entities"),
        at: InputLocation(file: file, line: Int(xmlGetLineNo(UnsafeMutableRawPointer(subset).assumingMemoryBound(to: xmlNode.self)))))
    }
    return XMLDocument(pointer: document, file: file)
  }

  var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}

/// Reading parts of libxml2 tree nodes as Swift values.
enum XMLNodeAccess {
  static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
    var result: [xmlNodePtr] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
      child = current.pointee.next
    }
    return result
  }

  static func localName(_ node: xmlNodePtr) -> String {
    String(cString: node.pointee.name)
  }

  static func namespace(_ node: xmlNodePtr) -> String? {
    node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
  }

  static func attribute(_ node: xmlNodePtr, _ name: String, namespace: String?) -> String? {
    guard let value = xmlGetNsProp(node, name, namespace) else { return nil }
    defer { newsgraph_xml_free(value) }
    return String(cString: value)
  }

  static func text(_ node: xmlNodePtr) -> String {
    guard let value = xmlNodeGetContent(node) else { return "" }
    defer { newsgraph_xml_free(value) }
    return String(cString: value)
  }

  static func line(_ node: xmlNodePtr) -> Int { Int(xmlGetLineNo(node)) }

  /// The `xmlns:prefix` declarations on an element, in document order.
  static func namespaceDeclarations(_ node: xmlNodePtr) -> [(prefix: String, namespace: String)] {
    var result: [(prefix: String, namespace: String)] = []
    var declaration = node.pointee.nsDef
    while let current = declaration {
      if let prefix = current.pointee.prefix, let href = current.pointee.href {
        result.append((String(cString: prefix), String(cString: href)))
      }
      declaration = current.pointee.next
    }
    return result
  }
}
