extension KnowledgeGraph {
  /// The same graph with every character XML 1.0 cannot carry replaced by U+FFFD, and a warning
  /// for each element that had one. Exports run on the cleaned graph so that all formats say
  /// the same thing (JSON could carry the characters; GraphML, RDF/XML and SVG cannot).
  ///
  /// Column by column: a column without such characters (nearly all) is kept as it is, without
  /// a copy, after one scan of its bytes.
  public func cleanedForExport() throws -> (KnowledgeGraph, [Diagnostic]) {
    let warnings = ForbiddenCharacterReport.warnings(for: self)
    guard !warnings.isEmpty else { return (self, []) }
    func clean(_ column: TextColumn) -> TextColumn { ForbiddenCharacters.cleaned(column) ?? column }
    func clean(_ columns: [AttributeColumn]) -> [AttributeColumn] {
      columns.map { column in
        var cleaned = column.renamed(XMLText.cleaned(column.name))
        if case .string(let values) = column.storage, let replaced = ForbiddenCharacters.cleaned(values) {
          cleaned.replaceStrings(with: replaced)
        }
        return cleaned
      }
    }
    var entities = entityTable
    entities.types = clean(entities.types)
    entities.labels = clean(entities.labels)
    entities.aliases.replaceItems(with: clean(entities.aliases.items))
    entities.attributes = clean(entities.attributes)
    var relations = relationTable
    relations.types = clean(relations.types)
    relations.attributes = clean(relations.attributes)
    relations.provenance.replaceTexts(
      documents: clean(relations.provenance.documents),
      evidence: clean(relations.provenance.evidence))
    var graphAttributes: [String: AttributeValue] = [:]
    for (name, value) in attributes {
      if case .string(let text) = value {
        graphAttributes[XMLText.cleaned(name)] = .string(XMLText.cleaned(text))
      } else {
        graphAttributes[XMLText.cleaned(name)] = value
      }
    }
    let graph = try KnowledgeGraph(
      name: XMLText.cleaned(name), entityTable: entities, relationTable: relations,
      attributes: graphAttributes, isDirected: isDirected)
    return (graph, warnings)
  }
}
