/// Gathers what every document yields into one graph: relations merged by `RelationKey`
/// (several provenance entries for a fact reported several times), and entity attributes.
///
/// Documents are added in input order, so the result does not depend on how the per-document
/// stages were scheduled. The first document to state an attribute of a fact sets it; later
/// ones only fill attributes still missing, and `confidence` keeps the highest value.
public struct GraphAssembler: Sendable {
  /// Merged relations in first-seen order, and where each key's relation is: updated in place,
  /// so adding a provenance entry never copies the ones before it.
  private var merged: [MergedRelation] = []
  private var positions: [RelationKey: Int] = [:]
  private var entityAttributes: [String: [String: AttributeValue]] = [:]
  public private(set) var documents = 0

  private struct MergedRelation: Sendable {
    var key: RelationKey
    var relation: ExtractedRelation
    var provenance: [Provenance]
    var seen: Set<Provenance>
  }

  public init() {}

  /// Adds one document's facts. A relation from an entity to itself is not a fact and is
  /// left out.
  public mutating func add(_ facts: DocumentFacts) {
    documents += 1
    for relation in facts.relations where relation.source != relation.target {
      let key = RelationKey(relation)
      guard let position = positions[key] else {
        positions[key] = merged.count
        merged.append(
          MergedRelation(
            key: key, relation: relation, provenance: [relation.provenance],
            seen: [relation.provenance]))
        continue
      }
      if merged[position].seen.insert(relation.provenance).inserted {
        merged[position].provenance.append(relation.provenance)
      }
      for (name, value) in relation.attributes
      where merged[position].relation.attributes[name] == nil {
        merged[position].relation.attributes[name] = value
      }
      if case .double(let new)? = relation.attributes["confidence"],
        case .double(let old)? = merged[position].relation.attributes["confidence"], new > old
      {
        merged[position].relation.attributes["confidence"] = .double(new)
      }
    }
    for fact in facts.entityFacts where entityAttributes[fact.entity]?[fact.name] == nil {
      entityAttributes[fact.entity, default: [:]][fact.name] = fact.value
    }
  }

  /// The merged relations, in first-seen order.
  public var mergedRelations: [Relation] {
    merged.map { merged in
      Relation(
        id: merged.key.id, source: merged.relation.source, target: merged.relation.target,
        type: merged.relation.type, attributes: merged.relation.attributes,
        provenance: merged.provenance)
    }
  }

  /// The graph of `entities` (the resolver's) with the merged relations. A weapon's country of
  /// origin comes from the lexicon; entity facts read from the text add the rest. Relations
  /// whose ends are not among the entities are left out.
  ///
  /// A generic class of weapons (a lexicon weapon with no country of origin: "tanks",
  /// "armoured vehicles") that no relation is about, neither as an end nor as its `weapon`, is
  /// left out too: news names such classes in passing ("if tanks were to roll", "4,500
  /// armoured vehicles lost"), and an unlinked class says nothing a reader can use.
  public func graph(
    name: String, entities: [ResolvedEntity], lexicon: Lexicon,
    attributes: [String: AttributeValue] = [:]
  ) throws -> KnowledgeGraph {
    let relations = mergedRelations
    var referenced = Set<String>()
    for relation in relations {
      referenced.insert(relation.source)
      referenced.insert(relation.target)
      if case .string(let weapon)? = relation.attributes["weapon"] { referenced.insert(weapon) }
    }
    var graphEntities: [Entity] = []
    var known = Set<String>()
    for resolved in entities {
      if resolved.type == "WeaponSystem", !referenced.contains(resolved.id),
        let entry = lexicon.entry(id: resolved.id), entry.country?.isEmpty ?? true
      {
        continue
      }
      var entity = resolved.entity
      if let country = lexicon.entry(id: entity.id)?.country, !country.isEmpty {
        entity.attributes["country"] = .string(country)
      }
      for (name, value) in entityAttributes[entity.id] ?? [:]
      where entity.attributes[name] == nil {
        entity.attributes[name] = value
      }
      graphEntities.append(entity)
      known.insert(entity.id)
    }
    return try KnowledgeGraph(
      name: name, entities: graphEntities,
      relations: relations.filter { known.contains($0.source) && known.contains($0.target) },
      attributes: attributes)
  }
}
