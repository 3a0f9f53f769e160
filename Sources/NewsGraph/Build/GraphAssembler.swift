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
  /// Key → position in `merged`, while every key met is ASCII (see `HashedRelationKey`).
  private var positions: [HashedRelationKey: Int] = [:]
  /// Key → position in `merged`, from the first key with a non-ASCII part on: `positions` is
  /// then given up, as its hash would tell canonically equivalent keys apart.
  private var canonicalPositions: [RelationKey: Int]?
  private var entityAttributes: [String: [String: AttributeValue]] = [:]
  public private(set) var documents = 0

  private struct MergedRelation: Sendable {
    var key: RelationKey
    var relation: ExtractedRelation
    var provenance: [Provenance]
    /// Where each provenance entry points, to the first entry there: a cheap key for spotting
    /// the same provenance again without hashing its evidence sentence (see `addProvenance`).
    /// Made only once there are `scanLimit` entries: most facts have a few, which a scan
    /// compares faster than a table is made, hashed and freed.
    var seen: [ProvenanceSpot: Int]?

    static let scanLimit = 16

    /// `key.id`, made when the fact is first seen (in the ordered stage, beside the other
    /// cores' work) rather than at the end, when nothing else runs.
    let id: String

    init(key: RelationKey, relation: ExtractedRelation) {
      self.key = key
      id = key.id
      self.relation = relation
      provenance = [relation.provenance]
    }

    /// Appends `entry` unless an equal one is already listed.
    /// - Complexity: O(1) expected; entries at one spot with different evidence (which the
    ///   extractors never produce) fall back to a scan.
    mutating func addProvenance(_ entry: Provenance) {
      guard seen != nil else {
        // Positions first: they tell most entries apart without comparing strings.
        if provenance.contains(where: {
          $0.sentence == entry.sentence && $0.start == entry.start && $0.end == entry.end
            && $0 == entry
        }) {
          return
        }
        provenance.append(entry)
        if provenance.count >= Self.scanLimit {
          var spots: [ProvenanceSpot: Int] = [:]
          for index in provenance.indices where spots[ProvenanceSpot(provenance[index])] == nil {
            spots[ProvenanceSpot(provenance[index])] = index
          }
          seen = spots
        }
        return
      }
      let spot = ProvenanceSpot(entry)
      if let first = seen?[spot] {
        if provenance[first] == entry || provenance.contains(entry) { return }
      } else {
        seen?[spot] = provenance.count
      }
      provenance.append(entry)
    }

    /// Adds a later reading of the same fact: its provenance, the attributes still missing,
    /// and the highest `confidence`.
    mutating func merge(_ other: ExtractedRelation) {
      addProvenance(other.provenance)
      for (name, value) in other.attributes where relation.attributes[name] == nil {
        relation.attributes[name] = value
      }
      if case .double(let new)? = other.attributes["confidence"],
        case .double(let old)? = relation.attributes["confidence"], new > old
      {
        relation.attributes["confidence"] = .double(new)
      }
    }
  }

  /// A provenance entry without its evidence: document, sentence and span.
  private struct ProvenanceSpot: Hashable, Sendable {
    var document: String
    var sentence: Int
    var start: Int
    var end: Int

    init(_ provenance: Provenance) {
      document = provenance.document
      sentence = provenance.sentence
      start = provenance.start
      end = provenance.end
    }
  }

  public init() {}

  /// Adds one document's facts. A relation from an entity to itself is not a fact and is
  /// left out.
  public mutating func add(_ facts: DocumentFacts) {
    documents += 1
    // By index, read in place: `for relation in facts.relations` copied every relation (its
    // strings, attributes and provenance) once more.
    for index in facts.relations.indices
    where facts.relations[index].source != facts.relations[index].target {
      let key = RelationKey(facts.relations[index])
      guard let position = position(of: key) else {
        merged.append(MergedRelation(key: key, relation: facts.relations[index]))
        continue
      }
      // In place (`modify`): reading `merged[position]` field by field copied the whole entry,
      // and retained every string in it, several times per relation.
      merged[position].merge(facts.relations[index])
    }
    for fact in facts.entityFacts where entityAttributes[fact.entity]?[fact.name] == nil {
      entityAttributes[fact.entity, default: [:]][fact.name] = fact.value
    }
  }

  /// The position in `merged` of the relation with this key; nil for a new key, which is then
  /// given the next position (the caller appends its relation there). One look-up either way.
  private mutating func position(of key: RelationKey) -> Int? {
    let next = merged.count
    if canonicalPositions == nil {
      let hashed = HashedRelationKey(key)
      if hashed.isASCII {
        var found = next
        Self.read(&positions[hashed, default: next], into: &found)
        return found == next ? nil : found
      }
      // The first non-ASCII key: every key so far is ASCII, so none is canonically equivalent
      // to another, and the table keyed by `RelationKey` is made from them as they are.
      var table: [RelationKey: Int] = [:]
      table.reserveCapacity(merged.count + 1)
      for position in merged.indices { table[merged[position].key] = position }
      canonicalPositions = table
      positions = [:]
    }
    var found = next
    Self.read(&canonicalPositions![key, default: next], into: &found)
    return found == next ? nil : found
  }

  /// Copies `slot` to `value`: reading a dictionary's `default:` slot through `inout` finds the
  /// key and stores the default in the one look-up.
  private static func read(_ slot: inout Int, into value: inout Int) {
    value = slot
  }

  /// The merged relations, in first-seen order.
  public var mergedRelations: [Relation] {
    merged.map { Self.relation($0, id: $0.id) }
  }

  private static func relation(_ merged: MergedRelation, id: String) -> Relation {
    Relation(
      id: id, source: merged.relation.source, target: merged.relation.target,
      type: merged.relation.type, attributes: merged.relation.attributes,
      provenance: merged.provenance)
  }

  /// The merged relations sorted by id (code point order; first-seen order among equal ids),
  /// the order `KnowledgeGraph` keeps them in. Sorting small (id, position) pairs and building
  /// each relation once in place is much cheaper than sorting the relations themselves.
  func relationsSortedByID() -> [Relation] {
    var keys = merged.indices.map { (id: merged[$0].id, position: $0) }
    keys.sort { left, right in
      let order = left.id.compareByScalars(right.id)
      return order != 0 ? order < 0 : left.position < right.position
    }
    return keys.map { Self.relation(merged[$0.position], id: $0.id) }
  }

  /// Entities sorted by id (code point order; input order among equal ids), the order
  /// `KnowledgeGraph` keeps them in, by sorting (id, position) pairs rather than entities.
  static func sortedByID(_ entities: [Entity]) -> [Entity] {
    var keys = entities.indices.map { (id: entities[$0].id, position: $0) }
    keys.sort { left, right in
      let order = left.id.compareByScalars(right.id)
      return order != 0 ? order < 0 : left.position < right.position
    }
    return keys.map { entities[$0.position] }
  }

  /// The graph of `entities` (the resolver's) with the merged relations. A weapon's country of
  /// origin comes from the lexicon; entity facts read from the text add the rest. Relations
  /// whose ends are not among the entities are left out.
  ///
  /// A generic class of weapons (a lexicon weapon with no country of origin: "tanks",
  /// "armoured vehicles") that no relation is about, neither as an end nor as its `weapon`, is
  /// left out too: news names such classes in passing ("if tanks were to roll", "4,500
  /// armoured vehicles lost"), and an unlinked class says nothing a reader can use.
  ///
  /// The entities and relations go straight into the graph's columns (`EntityTable`,
  /// `RelationTable`), in id order (sorted here with one `memcmp` per comparison, as
  /// `KnowledgeGraph` sorts, which then finds them sorted); no `Entity` or `Relation` value
  /// (each a dictionary and several strings) is made on the way.
  /// The result is the graph `referenceGraph` builds from those values.
  public func graph(
    name: String, entities: [ResolvedEntity], lexicon: Lexicon,
    attributes: [String: AttributeValue] = [:]
  ) throws -> KnowledgeGraph {
    try graph(name: name, entities: entities, index: nil, lexicon: lexicon, attributes: attributes)
  }

  /// `graph(name:entities:lexicon:attributes:)` given the resolver's `index` of `entities` (id
  /// → position, `ResolutionState.index`), with which the columns are made on two cores (see
  /// `columns`): this runs at the end, with nothing else to do for the other cores.
  func graph(
    name: String, entities: [ResolvedEntity], index: [String: Int]?, lexicon: Lexicon,
    attributes: [String: AttributeValue] = [:], workers: Int = 1
  ) throws -> KnowledgeGraph {
    let (entityTable, relationTable) = columns(
      entities: entities, index: index, lexicon: lexicon, workers: workers)
    return try KnowledgeGraph(
      name: name, entityTable: entityTable, relationTable: relationTable, attributes: attributes)
  }

  /// `graph(name:entities:index:lexicon:attributes:workers:)`, leaving the assembler empty (but
  /// for `documents`): the merged relations, each with its attributes and provenance, are freed
  /// on one core while `KnowledgeGraph` sorts the columns on the other, instead of after it
  /// with every other core idle.
  mutating func takeGraph(
    name: String, entities: [ResolvedEntity], index: [String: Int]?, lexicon: Lexicon,
    attributes: [String: AttributeValue] = [:], workers: Int = 1
  ) throws -> KnowledgeGraph {
    let (entityTable, relationTable) = columns(
      entities: entities, index: index, lexicon: lexicon, workers: workers)
    let released = HandOver([merged])
    merged = []
    positions = [:]
    canonicalPositions = nil
    entityAttributes = [:]
    let outcomes = ParallelMap.map([0, 1], workers: workers) {
      task -> Result<KnowledgeGraph, any Error>? in
      guard task == 0 else {
        _ = released.take(0)
        return nil
      }
      return Result {
        try KnowledgeGraph(
          name: name, entityTable: entityTable, relationTable: relationTable,
          attributes: attributes)
      }
    }
    guard let outcome = outcomes[0] else { preconditionFailure("graph task out of order") }
    return try outcome.get()
  }

  /// The columns of `graph`. With the resolver's `index`, the entity columns and the relation
  /// columns are made at once on two cores (the relations' ends found in the index as
  /// positions, turned into rows when both are done), instead of one after the other.
  func columns(
    entities: [ResolvedEntity], index: [String: Int]?, lexicon: Lexicon, workers: Int
  ) -> (EntityTable, RelationTable) {
    guard let index else {
      let entityHalf = entityColumns(entities, lexicon: lexicon)
      /// Entity id → its row in `entityTable`.
      var rows: [String: Int] = [:]
      rows.reserveCapacity(entities.count)
      for position in entities.indices where entityHalf.rowOfEntity[position] >= 0 {
        rows[entities[position].id] = entityHalf.rowOfEntity[position]
      }
      return (entityHalf.table, relationColumns { rows[$0] })
    }
    let halves = ParallelMap.map([0, 1], workers: workers) { half -> GraphHalf in
      half == 0
        ? .entities(entityColumns(entities, lexicon: lexicon))
        : .relations(relationColumns { index[$0] })
    }
    guard case .entities(let entityHalf) = halves[0],
      case .relations(var relationTable) = halves[1]
    else { preconditionFailure("graph halves out of order") }
    // An end of a merged relation is never left out (only weapons no relation is about are),
    // so every end found in the index has a row.
    let rows = entityHalf.rowOfEntity
    relationTable.sources = relationTable.sources.map { rows[$0] }
    relationTable.targets = relationTable.targets.map { rows[$0] }
    precondition(!relationTable.sources.contains(-1) && !relationTable.targets.contains(-1))
    return (entityHalf.table, relationTable)
  }

  /// One half of `graph`'s columns, made on a core of its own.
  private enum GraphHalf: Sendable {
    case entities((table: EntityTable, rowOfEntity: [Int]))
    case relations(RelationTable)
  }

  /// The entity columns of `graph`, and each entity's row there (-1 when left out).
  private func entityColumns(_ entities: [ResolvedEntity], lexicon: Lexicon)
    -> (table: EntityTable, rowOfEntity: [Int])
  {
    let referenced = referencedIDs()
    var table = EntityTable()
    var columns = AttributeColumnBuilder()
    var rowOfEntity = Array(repeating: -1, count: entities.count)
    // In id order, so that `KnowledgeGraph` finds the rows sorted and neither sorts nor gathers
    // them (it would, with nothing else running): the order it would give, as its sort is
    // stable and leaving entities out keeps the others' order.
    var ids = TextColumn()
    ids.reserveCapacity(rows: entities.count, bytes: entities.count * 24)
    for position in entities.indices { ids.append(entities[position].id) }
    let order = ids.sortingPermutation()
    for rank in entities.indices {
      let position = order?[rank] ?? rank
      let resolved = entities[position]
      // The entry is read in place, by position: `entry(id:)` copies it (all its strings).
      let entry = lexicon.position(ofEntry: resolved.id)
      let country = entry.flatMap { lexicon.entries[$0].country }
      if resolved.type == "WeaponSystem", !referenced.contains(resolved.id), entry != nil,
        country?.isEmpty ?? true
      {
        continue
      }
      let row = table.count
      table.ids.append(resolved.id)
      table.types.append(resolved.type)
      table.labels.append(resolved.label)
      table.aliases.append(resolved.aliases)
      table.wikidata.append(resolved.wikidata.map { .string($0) })
      var values: [String: AttributeValue] = ["mentions": .integer(Int64(resolved.mentions))]
      if let country, !country.isEmpty {
        values["country"] = .string(country)
      }
      if !entityAttributes.isEmpty {
        for (name, value) in entityAttributes[resolved.id] ?? [:] where values[name] == nil {
          values[name] = value
        }
      }
      columns.add(values, row: row, to: &table.attributes)
      rowOfEntity[position] = row
    }
    columns.pad(&table.attributes, to: table.count)
    return (table, rowOfEntity)
  }

  /// The relation columns of `graph`: the merged relations whose ends `end` finds, sorted by
  /// id (code point order; first-seen order among equal ids), with the ends `end` gives.
  ///
  /// `KnowledgeGraph` then finds the rows sorted and neither sorts nor gathers them (every
  /// provenance entry and its evidence copied once more, at the end, with nothing else
  /// running): the ids are sorted here, as it sorts them, and each row is added once, in
  /// place.
  private func relationColumns(end: (String) -> Int?) -> RelationTable {
    /// The relations kept, in first-seen order: position in `merged` and ends.
    var kept: [(position: Int, source: Int, target: Int)] = []
    kept.reserveCapacity(merged.count)
    var ids = TextColumn()
    // By index, read in place: `for entry in merged` copied every entry (its strings, its
    // attributes and provenance arrays).
    for position in merged.indices {
      guard let source = end(merged[position].relation.source),
        let target = end(merged[position].relation.target)
      else { continue }
      kept.append((position, source, target))
      ids.append(merged[position].id)
    }
    let order = ids.sortingPermutation()
    var table = RelationTable()
    table.ids = order.map(ids.gathered) ?? ids
    table.sources.reserveCapacity(kept.count)
    table.targets.reserveCapacity(kept.count)
    // Every provenance column allocated once, at its final size (counting bytes is O(1) per
    // native string): grown entry by entry, the evidence was copied and its fresh memory
    // touched about twice.
    var entries = 0
    var documentBytes = 0
    var evidenceBytes = 0
    for (position, _, _) in kept {
      for entry in merged[position].provenance {
        documentBytes += entry.document.utf8.count
        evidenceBytes += entry.evidence.utf8.count
      }
      entries += merged[position].provenance.count
    }
    table.provenance.reserveCapacity(
      rows: kept.count, entries: entries, documentBytes: documentBytes,
      evidenceBytes: evidenceBytes)
    var columns = AttributeColumnBuilder()
    for row in kept.indices {
      let (position, source, target) = kept[order?[row] ?? row]
      table.sources.append(source)
      table.targets.append(target)
      table.types.append(merged[position].relation.type)
      table.provenance.append(Self.inProvenanceOrder(merged[position].provenance))
      columns.add(merged[position].relation.attributes, row: row, to: &table.attributes)
    }
    columns.pad(&table.attributes, to: table.count)
    return table
  }

  /// The entries in `Provenance.precedes` order, as `Relation.init` sorts them. They are
  /// usually in that order already (documents are added in order), and then a check of each
  /// neighbouring pair replaces the sort; the sort is stable, so it would return them as they
  /// are.
  static func inProvenanceOrder(_ entries: [Provenance]) -> [Provenance] {
    guard entries.count > 1 else { return entries }
    for index in 1..<entries.count where Provenance.precedes(entries[index], entries[index - 1]) {
      return entries.sorted(by: Provenance.precedes)
    }
    return entries
  }

  /// The ids every merged relation is about: its ends and its `weapon`.
  private func referencedIDs() -> Set<String> {
    var referenced = Set<String>()
    referenced.reserveCapacity(merged.count)
    for position in merged.indices {
      referenced.insert(merged[position].relation.source)
      referenced.insert(merged[position].relation.target)
      if case .string(let weapon)? = merged[position].relation.attributes["weapon"] {
        referenced.insert(weapon)
      }
    }
    return referenced
  }

  /// `graph` built the plain way, from `Entity` and `Relation` values sorted by id: the
  /// reference the column assembly must equal (tests compare the two).
  func referenceGraph(
    name: String, entities: [ResolvedEntity], lexicon: Lexicon,
    attributes: [String: AttributeValue] = [:]
  ) throws -> KnowledgeGraph {
    let relations = relationsSortedByID()
    let referenced = referencedIDs()
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
      name: name, entities: Self.sortedByID(graphEntities),
      relations: relations.filter { known.contains($0.source) && known.contains($0.target) },
      attributes: attributes)
  }
}
