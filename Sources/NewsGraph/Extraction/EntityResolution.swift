/// The output of `EntityResolver`: the entities, where each mention went, and the merge report.
public struct EntityResolution: Sendable, Equatable {
  /// Entities in first-seen order.
  public var entities: [ResolvedEntity]
  /// For each input document, for each of its mentions in input order: the entity id it
  /// resolved to, nil when dropped.
  public var assignments: [[String?]]
  public var report: MergeReport

  public init(entities: [ResolvedEntity], assignments: [[String?]], report: MergeReport) {
    self.entities = entities
    self.assignments = assignments
    self.report = report
  }

  /// The graph entities (the `KnowledgeGraph` sorts them by id).
  public var graphEntities: [Entity] { entities.map(\.entity) }
}
