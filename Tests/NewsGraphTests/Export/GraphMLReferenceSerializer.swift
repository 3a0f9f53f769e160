@testable import NewsGraph

/// GraphML as `GraphMLSerializer` wrote it before its node and edge sections moved to the
/// columns: every element through `XMLWriter` (whose bytes a test pins to libxml2's), every row
/// read as an `Entity` or `Relation` and a `PropertyTable` row. Slow and plainly correct: the
/// fast path must write the same bytes.
struct GraphMLReferenceSerializer {
  let ontology: Ontology
  let profile: ExportOptions.GraphMLProfile

  func serialize(_ graph: KnowledgeGraph) throws -> String {
    let sink = ByteSink()
    let writer = try XMLWriter(sink: sink)
    let table = PropertyTable(graph)
    let schema = graph.schema
    let graphIDs = schema.graphKeys.map(GraphMLSerializer.keyID)
    let nodeIDs = schema.nodeKeys.map(GraphMLSerializer.keyID)
    let edgeIDs = schema.edgeKeys.map(GraphMLSerializer.keyID)
    let yEd =
      profile == .yed
      ? GraphMLSerializer.YEdStyle(ontology: ontology, isDirected: graph.isDirected) : nil
    try writer.startDocument()
    try writer.startElement("graphml")
    try writer.attribute("xmlns", GraphMLSerializer.namespace)
    try writer.attribute("xmlns:xsi", GraphMLSerializer.schemaInstanceNamespace)
    if yEd != nil { try writer.attribute("xmlns:y", GraphMLSerializer.YEdStyle.namespace) }
    try writer.attribute(
      "xsi:schemaLocation",
      yEd != nil
        ? GraphMLSerializer.YEdStyle.schemaLocation : GraphMLSerializer.schemaLocation)
    for (keys, ids) in [
      (schema.graphKeys, graphIDs), (schema.nodeKeys, nodeIDs), (schema.edgeKeys, edgeIDs),
    ] {
      for (key, id) in zip(keys, ids) {
        try writer.startElement("key")
        try writer.attribute("id", id)
        try writer.attribute("for", key.domain.rawValue)
        try writer.attribute("attr.name", key.safeName)
        try writer.attribute("attr.type", GraphMLSerializer.graphMLType(key.type))
        if !key.name.equalsByScalars(key.safeName) {
          try writer.element("desc", text: key.name)
        }
        try writer.endElement()
      }
    }
    try yEd?.writeKeys(with: writer)
    try writer.startElement("graph")
    try writer.attribute("id", GraphMLSerializer.graphID)
    try writer.attribute("edgedefault", graph.isDirected ? "directed" : "undirected")
    try writeData(table.graphRow, ids: graphIDs, with: writer)
    for (row, entity) in graph.entities.enumerated() {
      try writer.startElement("node")
      try writer.attribute("id", entity.id)
      if let yEd { try writeNode(entity, style: yEd, with: writer) }
      try writeData(table.nodeRow(row), ids: nodeIDs, with: writer)
      try writer.endElement()
    }
    for (row, relation) in graph.relations.enumerated() {
      try writer.startElement("edge")
      try writer.attribute("id", relation.id)
      try writer.attribute("source", relation.source)
      try writer.attribute("target", relation.target)
      if let yEd { try writeEdge(relation, style: yEd, with: writer) }
      try writeData(table.edgeRow(row), ids: edgeIDs, with: writer)
      try writer.endElement()
    }
    try writer.endElement()
    try writer.endElement()
    try writer.endDocument()
    try sink.finish()
    return sink.text
  }

  private func writeData(_ row: [AttributeValue?], ids: [String], with writer: XMLWriter) throws {
    for (value, id) in zip(row, ids) {
      guard let value else { continue }
      try writer.element("data", attributes: [("key", id)], text: value.lexicalForm)
    }
  }

  private func writeNode(
    _ entity: Entity, style: GraphMLSerializer.YEdStyle, with writer: XMLWriter
  ) throws {
    typealias YEd = GraphMLSerializer.YEdStyle
    let label = YEd.displayLabel(entity.label)
    try writer.startElement("data")
    try writer.attribute("key", YEd.nodeKeyID)
    try writer.startElement("y:ShapeNode")
    try empty("y:Geometry", [("height", YEd.nodeHeight), ("width", YEd.width(of: label))], writer)
    try empty(
      "y:Fill", [("color", style.color(of: entity.type)), ("transparent", "false")], writer)
    try empty("y:BorderStyle", [("color", "#000000"), ("type", "line"), ("width", "1.0")], writer)
    try writer.element("y:NodeLabel", text: label)
    try empty("y:Shape", [("type", style.shape(of: entity.type))], writer)
    try writer.endElement()
    try writer.endElement()
  }

  private func writeEdge(
    _ relation: Relation, style: GraphMLSerializer.YEdStyle, with writer: XMLWriter
  ) throws {
    try writer.startElement("data")
    try writer.attribute("key", GraphMLSerializer.YEdStyle.edgeKeyID)
    try writer.startElement("y:PolyLineEdge")
    try empty(
      "y:Arrows", [("source", "none"), ("target", style.isDirected ? "standard" : "none")],
      writer)
    try writer.element("y:EdgeLabel", text: relation.type)
    try writer.endElement()
    try writer.endElement()
  }

  private func empty(_ name: String, _ attributes: [(String, String)], _ writer: XMLWriter)
    throws
  {
    try writer.startElement(name)
    for (attribute, value) in attributes { try writer.attribute(attribute, value) }
    try writer.endElement()
  }
}
