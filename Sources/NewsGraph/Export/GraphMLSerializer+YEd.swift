extension GraphMLSerializer {
  /// The yFiles extension of the `.yed` profile: yEd shows labels, colours and shapes only from
  /// its own `y:` elements, so each node gets a `y:ShapeNode` (fill colour and shape from its
  /// class's `displayColor`/`displayShape` in the ontology, falling back to `Entity`'s) and each
  /// edge a `y:PolyLineEdge` labelled with the relation.
  ///
  /// The plain GraphML schemas reject this (it needs yWorks' `ygraphml.xsd`); other readers
  /// skip it. NetworkX reads it into extra attributes: `label` from `y:NodeLabel`/`y:EdgeLabel`,
  /// `x` and `y` from `y:Geometry` (None here: there is no layout yet), `shape_type` from
  /// `y:Shape`. The serializer writes the yFiles `<data>` before NewsGraph's own, so where the
  /// names meet (a node's `label`), NetworkX ends with NewsGraph's full value.
  struct YEdStyle {
    static let namespace = "http://www.yworks.com/xml/graphml"
    static let schemaLocation =
      "http://graphml.graphdrawing.org/xmlns "
      + "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
    static let nodeKeyID = "y.nodegraphics"
    static let edgeKeyID = "y.edgegraphics"
    /// Labels longer than this many characters are cut for display, with an ellipsis; the
    /// full label stays in the `label` data.
    static let maximumLabelLength = 60
    static let nodeHeight = "30.0"

    let ontology: Ontology
    let isDirected: Bool

    func writeKeys(with writer: XMLWriter) throws {
      for (domain, id, type) in [
        ("node", Self.nodeKeyID, "nodegraphics"), ("edge", Self.edgeKeyID, "edgegraphics"),
      ] {
        try writer.startElement("key")
        try writer.attribute("for", domain)
        try writer.attribute("id", id)
        try writer.attribute("yfiles.type", type)
        try writer.endElement()
      }
    }

    func writeNode(_ entity: Entity, with writer: XMLWriter) throws {
      let label = Self.displayLabel(entity.label)
      try writer.startElement("data")
      try writer.attribute("key", Self.nodeKeyID)
      try writer.startElement("y:ShapeNode")
      try empty(
        "y:Geometry", [("height", Self.nodeHeight), ("width", Self.width(of: label))], writer)
      try empty("y:Fill", [("color", color(of: entity.type)), ("transparent", "false")], writer)
      try empty(
        "y:BorderStyle", [("color", "#000000"), ("type", "line"), ("width", "1.0")], writer)
      try writer.element("y:NodeLabel", text: label)
      try empty("y:Shape", [("type", shape(of: entity.type))], writer)
      try writer.endElement()
      try writer.endElement()
    }

    func writeEdge(_ relation: Relation, with writer: XMLWriter) throws {
      try writer.startElement("data")
      try writer.attribute("key", Self.edgeKeyID)
      try writer.startElement("y:PolyLineEdge")
      try empty(
        "y:Arrows", [("source", "none"), ("target", isDirected ? "standard" : "none")], writer)
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

    /// The class's colour as yEd writes it (`#RRGGBB`, upper case), else `Entity`'s, else white.
    func color(of type: String) -> String {
      let candidates = [
        ontology.entityClass(named: type)?.displayColor,
        ontology.entityClass(named: "Entity")?.displayColor,
      ]
      for case let color? in candidates where Self.isHexColor(color) { return color.uppercased() }
      return "#FFFFFF"
    }

    /// The yEd `y:Shape` for the class's Graphviz shape, else `Entity`'s, else a rectangle.
    func shape(of type: String) -> String {
      let candidates = [
        ontology.entityClass(named: type)?.displayShape,
        ontology.entityClass(named: "Entity")?.displayShape,
      ]
      for case let shape? in candidates {
        if let yEdShape = Self.yEdShape(forGraphviz: shape) { return yEdShape }
      }
      return "rectangle"
    }

    /// yEd's ShapeNode has: rectangle, roundrectangle, ellipse, parallelogram, hexagon,
    /// octagon, diamond, triangle, trapezoid, trapezoid2, rectangle3d. Graphviz shapes map to
    /// the closest one (a `note` is a rectangle; a `house` is the trapezoid narrow at the top).
    static func yEdShape(forGraphviz shape: String) -> String? {
      switch shape.lowercased() {
      case "box", "rect", "rectangle", "square", "note", "tab", "folder", "component":
        "rectangle"
      case "ellipse", "oval", "circle", "doublecircle", "point": "ellipse"
      case "hexagon": "hexagon"
      case "octagon", "doubleoctagon", "tripleoctagon": "octagon"
      case "diamond": "diamond"
      case "triangle": "triangle"
      case "parallelogram": "parallelogram"
      case "house", "trapezium": "trapezoid2"
      case "invhouse", "invtrapezium": "trapezoid"
      case "box3d": "rectangle3d"
      default: nil
      }
    }

    static func isHexColor(_ text: String) -> Bool {
      let bytes = Array(text.utf8)
      return bytes.count == 7 && bytes[0] == UInt8(ascii: "#")
        && bytes.dropFirst().allSatisfy { byte in
          (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
        }
    }

    /// The label cut to `maximumLabelLength` characters (whole grapheme clusters, so no accent
    /// is split from its letter), the last replaced by `…`.
    static func displayLabel(_ label: String) -> String {
      var end = label.startIndex
      var count = 0
      while end != label.endIndex && count < maximumLabelLength {
        end = label.index(after: end)
        count += 1
      }
      guard end != label.endIndex else { return label }
      return String(label[..<label.index(before: end)]) + "\u{2026}"
    }

    /// A width that fits the displayed label roughly (7 points a character, plus padding),
    /// between 40 and 440 points.
    static func width(of label: String) -> String {
      let characters = min(label.count, maximumLabelLength)
      return "\(max(40, 20 + 7 * characters)).0"
    }
  }
}
