import NewsGraph

/// Gold annotations of a set of articles (the seeds' in `Tests/Gold/`, the test articles' in
/// `Tests/Gold/unseen/`), read strictly: a header that is not exactly the documented one, a wrong
/// field count, an unknown type or modality, a bad number or a reference to an entity that is not
/// in `entities.tsv` is an error naming file and line.
public struct GoldStandard: Sendable {
  public static let entityColumns = ["id", "type", "label", "aliases", "documents"]
  public static let relationColumns = [
    "type", "source", "target", "modality", "attributed_to", "weapon", "quantity",
    "quantity_qualifier", "amount", "currency", "role", "document", "evidence",
  ]
  public static let entityTypes = [
    "Person", "State", "Organization", "WeaponSystem", "Agreement", "Location",
  ]
  public static let relationTypes = [
    "holdsRole", "memberOf", "supplies", "partyTo", "meets", "sanctions", "usesAgainst",
    "trains", "deploys", "develops", "suspends", "violates",
  ]

  /// Sorted by id.
  public let entities: [GoldEntity]
  /// In file order.
  public let relations: [GoldRelation]
  /// The relations merged by type, ends and polarity, in order of first statement.
  public let facts: [GoldFact]

  /// The folder of the committed annotations of the seed articles.
  public static let folder = RepositoryPaths.root + "/Tests/Gold"
  /// The articles `folder` annotates.
  public static let articlesFolder = RepositoryPaths.root + "/seeds"
  /// The annotations of the articles written for testing (`Tests/Articles/`), kept apart from
  /// the seeds' so that neither set is tuned on the other.
  public static let unseenFolder = RepositoryPaths.root + "/Tests/Gold/unseen"
  /// The articles `unseenFolder` annotates.
  public static let unseenArticlesFolder = RepositoryPaths.root + "/Tests/Articles"

  /// Reads `entities.tsv` and `relations.tsv` from `folder`.
  public static func load(folder: String = GoldStandard.folder) throws -> GoldStandard {
    let entitiesFile = folder + "/entities.tsv"
    let relationsFile = folder + "/relations.tsv"
    return try GoldStandard(
      entities: try InputFile.bytes(atPath: entitiesFile), entitiesFile: entitiesFile,
      relations: try InputFile.bytes(atPath: relationsFile), relationsFile: relationsFile)
  }

  public init(entities: String, relations: String) throws {
    try self.init(
      entities: Array(entities.utf8), entitiesFile: "entities.tsv",
      relations: Array(relations.utf8), relationsFile: "relations.tsv")
  }

  public init(entities: [UInt8], entitiesFile: String, relations: [UInt8], relationsFile: String)
    throws
  {
    let entityTable = try TSVTable(bytes: entities, file: entitiesFile)
    try Self.requireHeader(entityTable, Self.entityColumns)
    var loaded: [GoldEntity] = []
    var ids = Set<String>()
    for row in entityTable.rows {
      let location = entityTable.location(of: row)
      let entity = GoldEntity(
        id: row.fields[0], type: row.fields[1], label: row.fields[2],
        aliases: Self.list(row.fields[3]), documents: Self.list(row.fields[4]), line: row.line)
      guard StableID.isSafe(entity.id) else {
        throw Self.error("entity id '\(entity.id)' is not NMTOKEN-safe", at: location)
      }
      guard ids.insert(entity.id).inserted else {
        throw Self.error("entity id '\(entity.id)' appears twice", at: location)
      }
      guard Self.entityTypes.contains(entity.type) else {
        throw Self.error(
          "unknown entity type '\(entity.type)' (known: \(Self.known(Self.entityTypes)))",
          at: location)
      }
      guard !entity.label.isEmpty else { throw Self.error("the label is empty", at: location) }
      guard !entity.documents.isEmpty else {
        throw Self.error("entity '\(entity.id)' names no document", at: location)
      }
      loaded.append(entity)
    }
    self.entities = loaded.sorted { $0.id.precedesByScalars($1.id) }

    let relationTable = try TSVTable(bytes: relations, file: relationsFile)
    try Self.requireHeader(relationTable, Self.relationColumns)
    var statements: [GoldRelation] = []
    for row in relationTable.rows {
      statements.append(
        try Self.relation(
          row.fields, line: row.line, at: relationTable.location(of: row), ids: ids))
    }
    self.relations = statements
    self.facts = Self.merge(statements)
  }

  /// The gold entity with this id.
  public func entity(withID id: String) -> GoldEntity? {
    entities.first { $0.id == id }
  }

  /// The annotations as a graph, one relation per fact, as a perfect extractor would write it:
  /// scoring it against the gold gives F1 = 1.
  public func graph() throws -> KnowledgeGraph {
    let graphEntities = entities.map {
      Entity(id: $0.id, type: $0.type, label: $0.label, aliases: $0.aliases)
    }
    let graphRelations = facts.enumerated().map { index, fact in
      let first = fact.statements[0]
      var attributes: [String: AttributeValue] = ["modality": .string(first.modality)]
      if let speaker = fact.statements.lazy.compactMap(\.attributedTo).first {
        attributes["attributed_to"] = .string(speaker)
      }
      if let weapon = fact.statements.lazy.flatMap(\.weapons).first {
        attributes["weapon"] = .string(weapon)
      }
      if let quantity = fact.statements.lazy.compactMap(\.quantity).first {
        attributes["quantity"] = .integer(quantity)
      }
      if let amount = fact.statements.lazy.compactMap(\.amount).first {
        attributes["amount"] = .double(amount)
      }
      if let currency = fact.statements.lazy.compactMap(\.currency).first {
        attributes["currency"] = .string(currency)
      }
      if let role = fact.statements.lazy.compactMap(\.role).first {
        attributes["role"] = .string(role)
      }
      return Relation(
        id: "gold-\(index + 1)", source: fact.source, target: fact.target, type: fact.type,
        attributes: attributes)
    }
    return try KnowledgeGraph(name: "gold", entities: graphEntities, relations: graphRelations)
  }

  static func merge(_ statements: [GoldRelation]) -> [GoldFact] {
    var facts: [GoldFact] = []
    var index: [String: Int] = [:]
    for statement in statements {
      let polarity = GoldPolarity(modality: statement.modality)!
      let key = GoldFact.key(
        type: statement.type, source: statement.source, target: statement.target,
        polarity: polarity)
      if let position = index[key] {
        facts[position].statements.append(statement)
      } else {
        index[key] = facts.count
        facts.append(
          GoldFact(
            type: statement.type, source: statement.source, target: statement.target,
            polarity: polarity, statements: [statement]))
      }
    }
    return facts
  }

  private static func relation(
    _ fields: [String], line: Int, at location: InputLocation, ids: Set<String>
  ) throws -> GoldRelation {
    func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
    let relation = GoldRelation(
      type: fields[0], source: fields[1], target: fields[2], modality: fields[3],
      attributedTo: optional(fields[4]), weapons: list(fields[5]),
      quantity: try fields[6].isEmpty ? nil : integer(fields[6], column: "quantity", at: location),
      quantityQualifier: optional(fields[7]),
      amount: try fields[8].isEmpty ? nil : number(fields[8], column: "amount", at: location),
      currency: optional(fields[9]), role: optional(fields[10]), document: fields[11],
      evidence: fields[12], line: line)
    guard relationTypes.contains(relation.type) else {
      throw error(
        "unknown relation type '\(relation.type)' (known: \(known(relationTypes)))",
        at: location)
    }
    guard GoldPolarity(modality: relation.modality) != nil else {
      throw error(
        "unknown modality '\(relation.modality)' (known: \(known(GoldPolarity.modalities)))",
        at: location)
    }
    for id in relation.referencedEntityIDs where !ids.contains(id) {
      throw error("'\(id)' is not an entity of the gold entities", at: location)
    }
    guard !relation.document.isEmpty else { throw error("the document is empty", at: location) }
    guard !relation.evidence.isEmpty else { throw error("the evidence is empty", at: location) }
    if relation.currency != nil && relation.amount == nil {
      throw error("a currency without an amount", at: location)
    }
    return relation
  }

  private static func requireHeader(_ table: TSVTable, _ columns: [String]) throws {
    guard table.header == columns else {
      throw error(
        "the header must be exactly: \(columns.joined(separator: " TAB "))",
        at: table.headerLocation)
    }
  }

  private static func integer(_ text: String, column: String, at location: InputLocation) throws
    -> Int64
  {
    guard let value = Int64(text), value >= 0 else {
      throw error("\(column) '\(text)' is not a whole number", at: location)
    }
    return value
  }

  private static func number(_ text: String, column: String, at location: InputLocation) throws
    -> Double
  {
    guard let value = Double(text), value.isFinite, value >= 0 else {
      throw error("\(column) '\(text)' is not a number", at: location)
    }
    return value
  }

  private static func known(_ names: [String]) -> String { names.joined(separator: ", ") }

  private static func list(_ field: String) -> [String] {
    field.split(separator: "|", omittingEmptySubsequences: true).map(String.init)
  }

  private static func error(_ detail: String, at location: InputLocation) -> NewsGraphError {
    NewsGraphError(.malformedTable(detail), at: location)
  }
}
