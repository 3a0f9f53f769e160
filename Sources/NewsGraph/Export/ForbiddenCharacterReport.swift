/// Finds the characters XML cannot carry, so the user is told where they were replaced.
public enum ForbiddenCharacterReport {
  /// One warning per entity, relation or graph holding such characters in any string.
  public static func warnings(for graph: KnowledgeGraph) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    func check(_ what: String, _ strings: [String]) {
      if strings.contains(where: XMLText.hasForbiddenCharacter) {
        warnings.append(
          Diagnostic(
            .warning,
            "\(what) holds characters XML 1.0 cannot carry (C0 controls, U+FFFE, U+FFFF); they are written as U+FFFD"
          ))
      }
    }
    check("the graph", [graph.name] + graph.attributes.values.compactMap(\.stringValue))
    for entity in graph.entities {
      check(
        "entity '\(entity.id)'",
        [entity.label, entity.type] + entity.aliases + entity.attributes.keys
          + entity.attributes.values.compactMap(\.stringValue))
    }
    for relation in graph.relations {
      check(
        "relation '\(relation.id)'",
        [relation.type] + relation.attributes.keys
          + relation.attributes.values.compactMap(\.stringValue)
          + relation.provenance.flatMap { [$0.document, $0.evidence] })
    }
    return warnings
  }
}
