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

    /// The fixed bytes of the yFiles data of rows whose `<data>` is indented by `depth`.
    struct RowLayout: Sendable {
      /// `<data key="y.nodegraphics">` … `<y:Geometry height="30.0" width="`.
      let nodeStart: Range<Int>
      /// `<data key="y.edgegraphics">` … `<y:EdgeLabel>`.
      let edgeStart: Range<Int>
      /// `</y:EdgeLabel>` … `</data>`.
      let edgeEnd: Range<Int>
      let depth: Int

      init(style: YEdStyle, depth: Int, markup: inout GraphMLSerializer.Markup) throws {
        self.depth = depth
        let indent = GraphMLSerializer.Markup.spaces(depth)
        let shape = GraphMLSerializer.Markup.spaces(depth + 2)
        let inner = GraphMLSerializer.Markup.spaces(depth + 4)
        nodeStart = try markup.compose([
          .raw(indent + "<data key=\""), .attribute(YEdStyle.nodeKeyID),
          .raw("\">\n" + shape + "<y:ShapeNode>\n" + inner + "<y:Geometry height=\""),
          .attribute(YEdStyle.nodeHeight), .raw("\" width=\""),
        ])
        edgeStart = try markup.compose([
          .raw(indent + "<data key=\""), .attribute(YEdStyle.edgeKeyID),
          .raw(
            "\">\n" + shape + "<y:PolyLineEdge>\n" + inner + "<y:Arrows source=\"none\" target=\""),
          .attribute(style.isDirected ? "standard" : "none"),
          .raw("\"/>\n" + inner + "<y:EdgeLabel>"),
        ])
        edgeEnd = markup.raw(
          "</y:EdgeLabel>\n" + shape + "</y:PolyLineEdge>\n" + indent + "</data>\n")
      }
    }

    /// A chunk's bytes of the class-dependent markup (fill colour, shape), one entry per class
    /// met, looked up by the class name's bytes: a graph has a handful of classes.
    struct ClassCache {
      var bytes: [UInt8] = []
      var entries: [(type: Range<Int>, middle: Range<Int>, end: Range<Int>)] = []
    }

    /// `<data key="y.nodegraphics">` with the node's `y:ShapeNode`, as `XMLWriter` wrote it:
    /// after the fixed start, the width, the class's fill and border, the display label and the
    /// class's shape.
    func writeNode(
      label: UnsafeBufferPointer<UInt8>, type: UnsafeBufferPointer<UInt8>, layout: RowLayout,
      markup: UnsafeBufferPointer<UInt8>, classes: inout ClassCache, to sink: ByteSink
    ) throws {
      let entry = try classEntry(type, layout: layout, classes: &classes)
      sink.write(UnsafeBufferPointer(rebasing: markup[layout.nodeStart]))
      // ASCII without CR: one grapheme cluster per byte (only CR LF joins two ASCII scalars).
      if !label.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
        let cut = label.count > Self.maximumLabelLength
        let characters = min(label.count, Self.maximumLabelLength)
        LexicalBytes.withDecimal(Int64(Self.width(characters: characters))) { sink.write($0) }
        classes.bytes.withUnsafeBufferPointer {
          sink.write(UnsafeBufferPointer(rebasing: $0[entry.middle]))
        }
        let kept = cut ? Self.maximumLabelLength - 1 : label.count
        XMLText.writeEscaped(
          UnsafeBufferPointer(rebasing: label[0..<kept]), inAttribute: false, to: sink)
        if cut { sink.write("\u{2026}") }
      } else {
        let display = Self.displayLabel(String(decoding: label, as: UTF8.self))
        let characters = min(display.count, Self.maximumLabelLength)
        LexicalBytes.withDecimal(Int64(Self.width(characters: characters))) { sink.write($0) }
        classes.bytes.withUnsafeBufferPointer {
          sink.write(UnsafeBufferPointer(rebasing: $0[entry.middle]))
        }
        XMLText.writeEscaped(display, inAttribute: false, to: sink)
      }
      classes.bytes.withUnsafeBufferPointer {
        sink.write(UnsafeBufferPointer(rebasing: $0[entry.end]))
      }
    }

    /// The class's pieces: `.0"/>`, fill, border and `<y:NodeLabel>` (middle), then
    /// `</y:NodeLabel>`, shape and the end tags (end).
    private func classEntry(
      _ type: UnsafeBufferPointer<UInt8>, layout: RowLayout, classes: inout ClassCache
    ) throws -> (type: Range<Int>, middle: Range<Int>, end: Range<Int>) {
      let found = classes.bytes.withUnsafeBufferPointer { bytes in
        classes.entries.first { entry in
          entry.type.count == type.count
            && zip(bytes[entry.type], type).allSatisfy { $0 == $1 }
        }
      }
      if let found { return found }
      let name = String(decoding: type, as: UTF8.self)
      let indent = GraphMLSerializer.Markup.spaces(layout.depth)
      let shapeIndent = GraphMLSerializer.Markup.spaces(layout.depth + 2)
      let inner = GraphMLSerializer.Markup.spaces(layout.depth + 4)
      var markup = GraphMLSerializer.Markup()
      let typeRange = markup.raw(name)
      let middle = try markup.compose([
        .raw(".0\"/>\n" + inner + "<y:Fill color=\""), .attribute(color(of: name)),
        .raw("\" transparent=\"false\"/>\n" + inner + "<y:BorderStyle color=\"#000000\""),
        .raw(" type=\"line\" width=\"1.0\"/>\n" + inner + "<y:NodeLabel>"),
      ])
      let end = try markup.compose([
        .raw("</y:NodeLabel>\n" + inner + "<y:Shape type=\""), .attribute(shape(of: name)),
        .raw("\"/>\n" + shapeIndent + "</y:ShapeNode>\n" + indent + "</data>\n"),
      ])
      let offset = classes.bytes.count
      classes.bytes.append(contentsOf: markup.bytes)
      let entry = (
        type: typeRange.lowerBound + offset..<typeRange.upperBound + offset,
        middle: middle.lowerBound + offset..<middle.upperBound + offset,
        end: end.lowerBound + offset..<end.upperBound + offset
      )
      classes.entries.append(entry)
      return entry
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
      "\(width(characters: min(label.count, maximumLabelLength))).0"
    }

    static func width(characters: Int) -> Int { max(40, 20 + 7 * characters) }
  }
}
