internal import CLibXML2

extension GraphMLReader {
  /// One read of one document: owns the libxml2 stream reader and builds the `ForeignGraph`
  /// as the nodes of the document stream by.
  ///
  /// The reader parses with `XML_PARSE_NONET` and without `XML_PARSE_NOENT` or
  /// `XML_PARSE_DTDLOAD`, behind the entity loader that refuses everything
  /// (`XMLSafety.installOnce`), so no entity is expanded and nothing is fetched. On top of
  /// that a DOCTYPE that declares entities, and any entity reference, is refused outright.
  final class Session {
    /// A `<key>` as declared, and what NewsGraph makes of it once all keys are known.
    private struct Key {
      let id: String
      /// `for`: graph, node, edge, all (the default), graphml, or a domain NewsGraph ignores.
      let domain: String
      let attributeName: String?
      let attributeType: String?
      /// A yFiles key (`yfiles.type`): its data is yEd's drawing, skipped.
      let isYFiles: Bool
      let line: Int
      var desc: String?
      var defaultText: String?
      var name = ""
      var type = ValueType.string
      var defaultValue: AttributeValue?

      func applies(to owner: Owner) -> Bool {
        switch domain {
        case "all": true
        case "graph", "graphml": owner == .graph
        case "node": owner == .node
        case "edge": owner == .edge
        default: false
        }
      }
    }

    /// The element `<data>` belongs to.
    private enum Owner { case graph, node, edge }

    /// The open GraphML elements, innermost last.
    private enum Frame { case graphml, key, keyDesc, keyDefault, graph, node, edge, data }

    /// A node or edge whose end tag has not been read yet.
    private struct Pending {
      var owner: Owner
      var id: String?
      var source = ""
      var target = ""
      var values: [(key: Int, value: AttributeValue)] = []
    }

    private let reader: xmlTextReaderPtr
    private let input: UnsafeBufferPointer<UInt8>
    private let file: String
    /// Owned once taken from the reader (`xmlTextReaderCurrentDoc`); freed after it.
    private var document: xmlDocPtr?
    private var firstError: (message: String, line: Int, column: Int, undeclaredEntity: String?)?

    private var keys: [Key] = []
    private var keyIndex: [ScalarKey: Int] = [:]
    private var keysResolved = false
    private var defaults: [Owner: [(key: Int, value: AttributeValue)]] = [:]
    private var stack: [Frame] = []
    private var text = ""
    private var dataKey = 0
    private var dataLine = 0
    private var sawGraph = false
    private var graphValues: [(key: Int, value: AttributeValue)] = []
    private var pending: Pending?
    private var nodeLines: [ScalarKey: Int] = [:]
    /// The line of the text node read last, when only start tags came after it.
    private var lineAfterText: Int?
    private var result = ForeignGraph()

    init(_ buffer: UnsafeBufferPointer<UInt8>, file: String) throws {
      XMLSafety.installOnce()
      let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
          | XML_PARSE_BIG_LINES.rawValue)
      let created = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        xmlReaderForMemory($0, Int32(buffer.count), nil, nil, options)
      }
      guard let created else {
        throw NewsGraphError(
          .malformedXML("libxml2 could not start reading"), at: InputLocation(file: file))
      }
      reader = created
      input = buffer
      self.file = file
      xmlTextReaderSetStructuredErrorHandler(
        reader,
        { context, error in
          guard let context, let error else { return }
          Unmanaged<Session>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
      xmlFreeTextReader(reader)
      if let document { xmlFreeDoc(document) }
    }

    /// Keeps the first error (warnings do not count).
    private func record(_ error: xmlError) {
      guard firstError == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
      let message =
        error.message.map { String(cString: $0).trimmingTrailingNewlines() } ?? "the parser stopped"
      // With an external DTD (never loaded), an undeclared entity is an error, not a fatal one.
      let entity =
        Int(error.code) == Int(XML_WAR_UNDECLARED_ENTITY.rawValue)
        ? error.str1.map { String(cString: $0) } : nil
      firstError = (message, Int(error.line), Int(error.int2), entity)
    }

    func run() throws -> ForeignGraph {
      var status = xmlTextReaderRead(reader)
      while status == 1 {
        try checkErrors()
        var skip = false
        let type = xmlTextReaderNodeType(reader)
        switch type {
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
          try refuseEntityDeclarations()
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
          throw NewsGraphError(
            .unsafeXML("the document refers to the entity &\(constant(xmlTextReaderConstName));"),
            at: location())
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
          skip = try startElement()
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
          try endElement()
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
          Int32(XML_READER_TYPE_WHITESPACE.rawValue),
          Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
          if let frame = stack.last, frame == .data || frame == .keyDesc || frame == .keyDefault {
            text += constant(xmlTextReaderConstValue)
          }
        default:
          break
        }
        if type != Int32(XML_READER_TYPE_ELEMENT.rawValue) { lineAfterText = textLine() }
        status = skip ? xmlTextReaderNext(reader) : xmlTextReaderRead(reader)
      }
      try checkErrors()
      if status < 0 {
        throw NewsGraphError(
          .malformedXML("the parser stopped"),
          at: InputLocation(
            file: file, line: Int(xmlTextReaderGetParserLineNumber(reader)),
            column: Int(xmlTextReaderGetParserColumnNumber(reader))))
      }
      guard sawGraph else {
        throw NewsGraphError(.malformedGraphML("the file has no <graph>"), at: location())
      }
      result.attributes = named(graphValues)
      result.finish()
      return result
    }

    // MARK: Elements

    /// Handles a start tag; returns true when its whole subtree is to be skipped.
    private func startElement() throws -> Bool {
      let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
      let name = constant(xmlTextReaderConstLocalName)
      let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
      guard namespace == nil || namespace == GraphMLSerializer.namespace else {
        if stack.isEmpty {
          throw malformed("the root element <\(name)> is not in the GraphML namespace")
        }
        return true
      }
      let frame: Frame
      switch (stack.last, name) {
      case (nil, "graphml"):
        frame = .graphml
      case (nil, _):
        throw malformed("the root element is <\(name)>, not <graphml>")
      case (.graphml, "key"):
        guard !keysResolved else {
          throw malformed("a <key> comes after the graph or its data; keys must come first")
        }
        try startKey()
        frame = .key
      case (.key, "desc"):
        frame = .keyDesc
      case (.key, "default"):
        frame = .keyDefault
      case (.graphml, "graph"):
        guard !sawGraph else {
          throw malformed("a second <graph>: one graph per file is supported")
        }
        try startGraph()
        frame = .graph
      case (.node, "graph"), (.edge, "graph"), (.graph, "graph"):
        throw malformed("nested graphs are not supported")
      case (.graphml, "data"), (.graph, "data"), (.node, "data"), (.edge, "data"):
        guard try startData() else { return true }
        frame = .data
      case (.graph, "node"):
        try startNode()
        frame = .node
      case (.graph, "edge"):
        try startEdge()
        frame = .edge
      case (.graphml, "desc"), (.graph, "desc"), (.node, "desc"), (.edge, "desc"):
        return true
      case (_, "hyperedge"), (_, "endpoint"):
        throw malformed("hyperedges are not supported")
      case (_, "port"):
        throw malformed("ports are not supported")
      case (_, "locator"):
        throw malformed("locators (content in another file) are not supported")
      default:
        throw malformed("unexpected <\(name)> here")
      }
      stack.append(frame)
      text = ""
      if isEmpty { try endElement() }
      return false
    }

    private func endElement() throws {
      guard let frame = stack.popLast() else { return }
      switch frame {
      case .keyDesc: keys[keys.count - 1].desc = text
      case .keyDefault: keys[keys.count - 1].defaultText = text
      case .data: try endData()
      case .node, .edge: try endElementWithData()
      case .graphml, .key, .graph: break
      }
    }

    private func startKey() throws {
      guard let id = attribute("id") else { throw malformed("a <key> has no id") }
      guard keyIndex.updateValue(keys.count, forKey: ScalarKey(id)) == nil else {
        throw malformed("two keys have the id '\(id)'")
      }
      keys.append(
        Key(
          id: id, domain: attribute("for") ?? "all", attributeName: attribute("attr.name"),
          attributeType: attribute("attr.type"), isYFiles: attribute("yfiles.type") != nil,
          line: currentLine()))
    }

    private func startGraph() throws {
      sawGraph = true
      try resolveKeys()
      switch attribute("edgedefault") {
      case "directed": result.isDirected = true
      case "undirected": result.isDirected = false
      case nil:
        result.isDirected = true
        warn("the <graph> has no edgedefault; read as directed")
      case let other?:
        throw malformed("edgedefault is '\(other)'; it must be directed or undirected")
      }
    }

    private func startNode() throws {
      guard let id = attribute("id") else { throw malformed("a <node> has no id") }
      let line = currentLine()
      if let first = nodeLines.updateValue(line, forKey: ScalarKey(id)) {
        throw malformed("two nodes have the id '\(id)' (the first is on line \(first))")
      }
      pending = Pending(owner: .node, id: id)
    }

    private func startEdge() throws {
      guard let source = attribute("source"), let target = attribute("target") else {
        throw malformed("an <edge> needs both source and target")
      }
      if attribute("sourceport") != nil || attribute("targetport") != nil {
        throw malformed("ports are not supported")
      }
      if let directed = attribute("directed"), directed != (result.isDirected ? "true" : "false") {
        throw malformed(
          "an edge with directed=\"\(directed)\" in a graph whose edgedefault is "
            + "\(result.isDirected ? "directed" : "undirected"): mixed graphs are not supported")
      }
      pending = Pending(owner: .edge, id: attribute("id"), source: source, target: target)
    }

    /// Starts reading a `<data>`; returns false when its content is to be skipped (yFiles).
    private func startData() throws -> Bool {
      try resolveKeys()
      guard let id = attribute("key") else { throw malformed("a <data> has no key") }
      guard let index = keyIndex[ScalarKey(id)] else {
        throw malformed("<data> for the key '\(id)', which no <key> declares")
      }
      if keys[index].isYFiles { return false }
      let owner: Owner =
        switch stack.last {
        case .node: .node
        case .edge: .edge
        default: .graph
        }
      if !keys[index].applies(to: owner) {
        warn("the key '\(id)' is declared for=\"\(keys[index].domain)\" but used on a \(owner)")
      }
      let values = owner == .graph ? graphValues : pending?.values ?? []
      if values.contains(where: { $0.key == index }) {
        throw malformed("two <data> for the key '\(id)' on one element")
      }
      dataKey = index
      dataLine = currentLine()
      return true
    }

    private func endData() throws {
      let key = keys[dataKey]
      let value = try typed(text, key: key, line: dataLine)
      if stack.last == .node || stack.last == .edge {
        pending?.values.append((dataKey, value))
      } else {
        graphValues.append((dataKey, value))
      }
    }

    private func endElementWithData() throws {
      guard var element = pending else { return }
      pending = nil
      for (key, value) in defaults[element.owner] ?? []
      where !element.values.contains(where: { $0.key == key }) {
        element.values.append((key, value))
      }
      let attributes = named(element.values)
      switch element.owner {
      case .node:
        result.appendNode(id: element.id, attributes: attributes)
      case .edge:
        result.appendEdge(
          id: element.id, source: element.source, target: element.target,
          attributes: attributes)
      case .graph:
        break
      }
    }

    /// Values in key declaration order, under the keys' names.
    private func named(_ values: [(key: Int, value: AttributeValue)])
      -> [(name: String, value: AttributeValue)]
    {
      values.sorted { $0.key < $1.key }.map { (keys[$0.key].name, $0.value) }
    }

    // MARK: Keys and values

    /// Once all keys are read: their names (restored from `<desc>` where NewsGraph mapped
    /// them), types and defaults; two keys of one domain with one name are an error.
    private func resolveKeys() throws {
      guard !keysResolved else { return }
      keysResolved = true
      for index in keys.indices where !keys[index].isYFiles {
        var key = keys[index]
        let fileName = key.attributeName ?? key.id
        key.name = GraphMLReader.restoredName(fileName, desc: key.desc)
        if let type = ValueType(attributeType: key.attributeType) {
          key.type = type
        } else {
          warn(
            "the key '\(key.id)' has attr.type '\(key.attributeType ?? "")', which GraphML does "
              + "not define; read as string", line: key.line)
        }
        if key.type == .string, let domain = AttributeDomain(rawValue: key.domain),
          key.attributeName.map({
            key.id.equalsByScalars(GraphMLSerializer.keyIDPrefix(domain, isDate: true) + $0)
          }) == true
        {
          key.type = .date
        }
        if let defaultText = key.defaultText {
          key.defaultValue = try typed(defaultText, key: key, line: key.line)
        }
        keys[index] = key
      }
      for owner in [Owner.graph, .node, .edge] {
        var seen = Set<ScalarKey>()
        var ownerDefaults: [(key: Int, value: AttributeValue)] = []
        for (index, key) in keys.enumerated() where !key.isYFiles && key.applies(to: owner) {
          guard seen.insert(ScalarKey(key.name)).inserted else {
            throw NewsGraphError(
              .malformedGraphML("two keys for \(owner) data are named '\(key.name)'"),
              at: InputLocation(file: file, line: key.line))
          }
          if let value = key.defaultValue { ownerDefaults.append((index, value)) }
        }
        defaults[owner] = ownerDefaults
      }
    }

    private func typed(_ text: String, key: Key, line: Int) throws -> AttributeValue {
      switch GraphMLReader.parse(text, as: key.type) {
      case .value(let value):
        return value
      case .tooLarge(let digits):
        warn(
          "the \(key.type.name) '\(digits)' of '\(key.name)' does not fit 64 bits; "
            + "kept as a string", line: line)
        return .string(digits)
      case .notADate(let original):
        warn(
          "'\(original)' in the date column '\(key.name)' is not YYYY-MM-DD; kept as a string",
          line: line)
        return .string(original)
      case .invalid:
        let shown = text.unicodeScalars.count > 60 ? String(text.prefix(60)) + "…" : text
        throw NewsGraphError(
          .malformedGraphML(
            "'\(shown)' is not a valid \(key.attributeType ?? key.type.name) "
              + "for the key '\(key.id)'"),
          at: InputLocation(file: file, line: line))
      }
    }

    // MARK: libxml2 access

    private func refuseEntityDeclarations() throws {
      if let line = entityDeclarationLine() {
        throw NewsGraphError(
          .unsafeXML("the DOCTYPE declares entities"), at: InputLocation(file: file, line: line))
      }
    }

    /// The line of the DOCTYPE when its internal subset declares entities, else nil.
    private func entityDeclarationLine() -> Int? {
      if document == nil { document = xmlTextReaderCurrentDoc(reader) }
      guard let subset = document?.pointee.intSubset,
        subset.pointee.entities != nil || subset.pointee.pentities != nil
      else { return nil }
      return doctypeLine()
    }

    /// The line of `<!DOCTYPE` (libxml2 keeps no line for the DTD node): only comments and
    /// processing instructions can come before it.
    private func doctypeLine() -> Int {
      let marker = Array("<!DOCTYPE".utf8)
      var line = 1
      var index = 0
      while index + marker.count <= input.count {
        if input[index] == UInt8(ascii: "\n") {
          line += 1
        } else if input[index] == marker[0]
          && input[index..<index + marker.count].elementsEqual(marker)
        {
          return line
        }
        index += 1
      }
      return 1
    }

    /// Throws the first error the parser reported; a document that declares entities is
    /// refused as unsafe whatever error its entities caused (a billion laughs is a loop).
    private func checkErrors() throws {
      guard let error = firstError else { return }
      if let line = entityDeclarationLine() {
        throw NewsGraphError(
          .unsafeXML("the DOCTYPE declares entities"), at: InputLocation(file: file, line: line))
      }
      let location = InputLocation(
        file: file, line: error.line > 0 ? error.line : nil,
        column: error.column > 0 ? error.column : nil)
      if let entity = error.undeclaredEntity {
        throw NewsGraphError(
          .unsafeXML("the document refers to the entity &\(entity);, which only its DTD declares"),
          at: location)
      }
      throw NewsGraphError(.malformedXML(error.message), at: location)
    }

    private func attribute(_ name: String) -> String? {
      guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
      defer { newsgraph_xml_free(value) }
      return String(cString: value)
    }

    private func constant(
      _ accessor: (xmlTextReaderPtr?) -> UnsafePointer<xmlChar>?
    ) -> String {
      accessor(reader).map { String(cString: $0) } ?? ""
    }

    /// The current node's line. libxml2 stores element lines in 16 bits; from line 65535 on,
    /// the line of the text (indentation) just before the element stands in for it, and
    /// failing that the parser's own line, which may be a few lines further on.
    private func currentLine() -> Int {
      if let node = xmlTextReaderCurrentNode(reader) {
        let line = Int(xmlGetLineNo(node))
        if line > 0 && line < 65535 { return line }
      }
      return lineAfterText ?? Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// The line of the current node when it is text (white space included), else nil. With
    /// `XML_PARSE_BIG_LINES` text nodes keep lines past 65535; libxml2 records them once the
    /// parser has passed the text's line ends, so it is the line of the element that follows.
    private func textLine() -> Int? {
      guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_TEXT_NODE else {
        return nil
      }
      let line = Int(xmlGetLineNo(node))
      return line > 0 ? line : nil
    }

    private func location() -> InputLocation {
      InputLocation(file: file, line: currentLine())
    }

    private func malformed(_ message: String) -> NewsGraphError {
      NewsGraphError(.malformedGraphML(message), at: location())
    }

    private func warn(_ message: String, line: Int? = nil) {
      result.diagnostics.append(
        Diagnostic(.warning, message, at: InputLocation(file: file, line: line ?? currentLine())))
    }
  }
}
