extension DOTSerializer {
  /// The legend, an HTML-like table placed as the graph's label: one row for each entity class
  /// present, with its colour and its `rdfs:label` (an unknown type shows its own name with
  /// `Entity`'s colour), in ontology order then unknown types in code point order; and a row
  /// for each edge style used. Nil for a graph without entities.
  ///
  /// A label rather than a cluster of legend nodes, so that the DOT node set is exactly the
  /// graph's entities. Graphviz parses HTML-like labels as XML, so every piece of text and
  /// every attribute value in it goes through `DOTString.htmlText` (type names come from data).
  func legend(for graph: KnowledgeGraph) -> String? {
    legend(for: graph, types: DOTEntityTypes(graph.entityTable.types))
  }

  /// The legend, from the graph's distinct entity types found once for the whole writer.
  func legend(for graph: KnowledgeGraph, types: DOTEntityTypes) -> String? {
    guard graph.entityTable.count > 0 else { return nil }
    var seen = Set<ScalarKey>()
    var unknown: [String] = []
    for type in types.names where seen.insert(ScalarKey(type)).inserted {
      if displayClass(of: type) == nil { unknown.append(type) }
    }
    let entityHints = ontology.term("Entity")
    let fallbackColor = entityHints.displayColor ?? "#ffffff"
    var rows: [(color: String, text: String)] = []
    for term in ontology.terms
    where term.kind == .class && seen.contains(ScalarKey(term.localName))
      && displayClass(of: term.localName) == term
    {
      rows.append((term.displayColor ?? fallbackColor, term.label ?? term.localName))
    }
    for type in unknown.sorted(by: { $0.precedesByScalars($1) }) {
      rows.append((fallbackColor, type))
    }

    var html = #"<table border="0" cellborder="1" cellspacing="0" cellpadding="4">"#
    html += #"<tr><td colspan="2"><b>Entity classes</b></td></tr>"#
    for row in rows {
      html += #"<tr><td bgcolor=""# + DOTString.htmlText(row.color) + #"" width="24"></td>"#
      html += #"<td align="left">"# + DOTString.htmlText(Self.shortened(row.text)) + "</td></tr>"
    }
    let styles = Self.modalityStyles(graph.relationTable)
    if styles.contains(.hedged) || styles.contains(.denied) {
      html += #"<tr><td colspan="2" align="left">dashed edge: not asserted</td></tr>"#
    }
    if styles.contains(.denied) {
      html += #"<tr><td colspan="2" align="left">grey edge: denied or negated</td></tr>"#
    }
    return html + "</table>"
  }

  /// The modality styles of a graph's relations, read from the `modality` column's bytes.
  static func modalityStyles(_ relations: RelationTable) -> Set<ModalityStyle> {
    guard let column = relations.attributes.first(where: { $0.name.equalsByScalars("modality") })
    else { return [.asserted] }
    let modality = PropertyColumn.attribute(column)
    var styles = Set<ModalityStyle>()
    var scratch: [UInt8] = []
    for row in 0..<relations.count {
      styles.insert(
        modality.withLexicalForm(row, scratch: &scratch) { modalityStyle(utf8: $0) } ?? .asserted)
      if styles.count == 3 { break }
    }
    return styles
  }
}
