/// Finds the characters XML cannot carry, so the user is told where they were replaced.
public enum ForbiddenCharacterReport {
  /// One warning per entity, relation or graph holding such characters in any string (label,
  /// type, alias, attribute name or string value, provenance document or evidence), in id
  /// order: entities first, then relations.
  public static func warnings(for graph: KnowledgeGraph) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    func warn(_ what: String) {
      warnings.append(
        Diagnostic(
          .warning,
          "\(what) holds characters XML 1.0 cannot carry (C0 controls, U+FFFE, U+FFFF); they are written as U+FFFD"
        ))
    }
    if ([graph.name] + graph.attributes.keys + graph.attributes.values.compactMap(\.stringValue))
      .contains(where: XMLText.hasForbiddenCharacter)
    {
      warn("the graph")
    }
    let entities = graph.entityTable
    for row in flaggedRows(
      texts: [entities.labels, entities.types],
      lists: [(entities.aliases.items, entities.aliases.ends)],
      attributes: entities.attributes + [entities.wikidata])
    {
      warn("entity '\(entities.ids[row])'")
    }
    let relations = graph.relationTable
    let provenance = relations.provenance
    for row in flaggedRows(
      texts: [relations.types],
      lists: [(provenance.documents, provenance.ends), (provenance.evidence, provenance.ends)],
      attributes: relations.attributes)
    {
      warn("relation '\(relations.ids[row])'")
    }
    return warnings
  }

  /// The rows, ascending and once each, holding a forbidden character in any of the columns.
  static func flaggedRows(
    texts: [TextColumn], lists: [(items: TextColumn, ends: [Int])], attributes: [AttributeColumn]
  ) -> [Int] {
    var rows: [Int] = []
    for column in texts { rows += ForbiddenCharacters.rows(of: column) }
    for list in lists {
      rows += ForbiddenCharacters.owners(
        of: ForbiddenCharacters.rows(of: list.items), ends: list.ends)
    }
    for column in attributes {
      if XMLText.hasForbiddenCharacter(column.name) {
        rows += column.present.indices.filter { column.present[$0] }
      }
      if case .string(let values) = column.storage {
        rows += ForbiddenCharacters.rows(of: values).filter { column.present[$0] }
      }
    }
    return Array(Set(rows)).sorted()
  }
}
