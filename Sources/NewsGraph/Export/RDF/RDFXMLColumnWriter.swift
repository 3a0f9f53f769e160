/// RDF/XML straight from the graph's columns: the same bytes as `RDFTripleBuilder` rendered by
/// `RDFXMLSerializer.render`, without a `String`, triple or description value per row.
///
/// Everything that does not depend on the row is resolved once: the property element names
/// and their markup (per predicate IRI), the datatype attributes, the class of each entity type
/// and the property of each relation type (per distinct type string), the property of each
/// attribute column, the order of the subjects (`RDFSubjectOrder`). A description is then a
/// handful of records (predicate, object bytes in a reused scratch buffer) that are sorted and
/// deduplicated exactly as `RDFDescription` sorts its triples, and written with byte-level
/// escaping (`RDFXMLBytes`). Descriptions are written on every core (`ParallelRows`).
struct RDFXMLColumnWriter: Sendable {
  /// One triple of the description being written.
  struct Record {
    /// Rank of the predicate IRI in code point order (equal IRIs, equal ranks).
    var predicate: Int
    /// 0: IRI; 1: plain literal; 2 + rank of the datatype IRI: typed literal.
    var kind: Int
    var start: Int
    var count: Int
    /// For IRI objects that are known classes, their index in `classIRIs`; else -1.
    var classIndex: Int
  }

  /// What a worker reuses from description to description.
  struct Scratch {
    var bytes: [UInt8] = []
    var records: [Record] = []
    var subject: [UInt8] = []
  }

  private struct ColumnProperty: Sendable {
    let predicate: Int
    let pointsToEntities: Bool
  }

  private struct EntityType: Sendable {
    /// Index in `classNames` of the ontology class, or -1 when the ontology has none.
    let classIndex: Int
  }

  private struct RelationType: Sendable {
    let predicate: Int
    let iri: Piece
    let known: Bool
  }

  /// A run of `markup`: fixed bytes looked up by index in the hot loop, so that writing them
  /// retains no array. A negative count stands for a name RDF/XML cannot write.
  struct Piece: Sendable {
    let start: Int32
    let count: Int32

    var exists: Bool { count >= 0 }

    @inline(__always)
    func bytes(in markup: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(start: markup.baseAddress! + Int(start), count: Int(count))
    }
  }

  private struct Declaration: Sendable {
    let iri: [UInt8]
    let name: [UInt8]
  }

  /// The ranks of the fixed predicates.
  private struct Fixed: Sendable {
    var type = 0, subject = 0, predicate = 0, object = 0, label = 0, altLabel = 0, sameAs = 0
    var derivedFrom = 0, relationName = 0, className = 0, document = 0, sentence = 0, start = 0
    var end = 0, evidence = 0
  }

  let graph: KnowledgeGraph
  private let order: RDFSubjectOrder

  private let header: [UInt8]
  private let footer: [UInt8]
  /// Every fixed run of bytes the descriptions use (see `Piece`).
  private let markup: [UInt8]
  private let resourceNamespace: Piece
  private let wikidataNamespace: Piece
  private let graphIRI: [UInt8]
  private let graphName: [UInt8]
  private let declarations: [Declaration]

  private let predicateIRIs: [[UInt8]]
  /// `    <prefix:local` per predicate rank; nil when RDF/XML cannot name the predicate.
  private let propertyStarts: [Piece]
  /// `</prefix:local>\n` per predicate rank.
  private let propertyEnds: [Piece]
  /// ` rdf:datatype="…">` per datatype rank.
  private let datatypeAttributes: [Piece]
  private let resourceAttribute: Piece
  private let fixed: Fixed
  private let integerKind: Int, doubleKind: Int, booleanKind: Int, dateKind: Int

  private let classIRIs: [Piece]
  /// `  <prefix:Local rdf:about="` and `  </prefix:Local>\n` per class; nil when the class
  /// cannot be a node element.
  private let classOpens: [Piece]
  private let classCloses: [Piece]
  private let descriptionOpen: Piece
  private let descriptionClose: Piece
  private let entityClass: Int, statementClass: Int, evidenceClass: Int
  private let collectionClass: Int, datatypePropertyClass: Int
  private let prefixes: RDFPrefixTable

  private let entityTypes: [EntityType]
  private let entityTypeOfRow: [Int32]
  private let relationTypes: [RelationType]
  private let relationTypeOfRow: [Int32]
  private let entityColumns: [ColumnProperty]
  private let relationColumns: [ColumnProperty]
  private let graphAttributes: [(property: ColumnProperty, value: AttributeValue)]

  /// The relations each entity is the source of: `outRelations[outStarts[e]..<outStarts[e+1]]`.
  private let outStarts: [Int]
  private let outRelations: [Int32]
  /// Provenance entries (global indices) in code point order of their evidence IRIs; nil when
  /// that is the order they are stored in (the common case: checked, not assumed).
  private let evidenceOrder: [Int]?
  /// The relation row of each provenance entry.
  private let entryRelation: [Int32]
  private let subjectNames: SubjectNames
  /// The Wikidata ids, when the column holds strings (any other column gives no `owl:sameAs`,
  /// as `Entity.wikidata` is then nil).
  private let wikidata: TextColumn?
  private let emptyElementEnd: Piece
  private let startTagEnd: Piece

  init(graph: KnowledgeGraph, ontology: Ontology) {
    self.graph = graph
    let prefixes = RDFPrefixTable(ontology: ontology)
    self.prefixes = prefixes
    let attributeProperties = RDFAttributeProperties(graph: graph, ontology: ontology)
    let rdf = prefixes.rdf
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
    var markup: [UInt8] = []
    func piece(_ run: [UInt8]?) -> Piece {
      guard let run else { return Piece(start: 0, count: -1) }
      markup += run
      return Piece(start: Int32(markup.count - run.count), count: Int32(run.count))
    }
    func piece(_ text: String?) -> Piece { piece(text.map(bytes)) }

    var head = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(rdf):RDF")
    for (prefix, namespace) in prefixes.declarations {
      head += bytes(" xmlns:\(prefix)=\"") + RDFXMLBytes.attribute(namespace) + bytes("\"")
    }
    header = head + bytes(">\n")
    footer = bytes("</\(rdf):RDF>\n")
    let resourceNamespaceBytes = bytes(ontology.resourceNamespace)
    resourceNamespace = piece(ontology.resourceNamespace)
    wikidataNamespace = piece(ontology.wikidataNamespace)
    graphIRI = bytes(ontology.resourceNamespace + "graph/" + StableID.derived(from: graph.name))
    graphName = bytes(graph.name)
    declarations = attributeProperties.declarations.map {
      Declaration(iri: bytes($0.iri), name: bytes($0.name))
    }
    resourceAttribute = piece(" \(rdf):resource=\"")
    descriptionOpen = piece("  <\(rdf):Description \(rdf):about=\"")
    descriptionClose = piece("  </\(rdf):Description>\n")
    emptyElementEnd = piece("\"/>\n")
    startTagEnd = piece("\">\n")

    // Relation types and entity types: resolved once per distinct string.
    let relatedTo = ontology.term("relatedTo").iri
    var relationTypeIRIs: [(iri: String, known: Bool)] = []
    let relationTable = graph.relationTable
    relationTypeOfRow = Self.distinctRows(relationTable.types) { text in
      let property = ontology.relationProperty(named: text)
      relationTypeIRIs.append((property?.iri ?? relatedTo, property != nil))
    }
    var entityTypeClasses: [String?] = []
    entityTypeOfRow = Self.distinctRows(graph.entityTable.types) { text in
      entityTypeClasses.append(ontology.entityClass(named: text)?.iri)
    }

    // Predicates, ranked by IRI.
    let fixedIRIs = [
      Vocabulary.rdf + "type", Vocabulary.rdf + "subject", Vocabulary.rdf + "predicate",
      Vocabulary.rdf + "object", Vocabulary.rdfs + "label", Vocabulary.skos + "altLabel",
      Vocabulary.owl + "sameAs", Vocabulary.prov + "wasDerivedFrom",
      ontology.term("relationName").iri, ontology.term("className").iri,
      ontology.term("document").iri, ontology.term("sentence").iri, ontology.term("start").iri,
      ontology.term("end").iri, ontology.term("evidence").iri,
    ]
    let entityProperties = graph.entityTable.attributes.map {
      attributeProperties.property(for: $0.name)
    }
    let relationProperties = graph.relationTable.attributes.map {
      attributeProperties.property(for: $0.name)
    }
    let graphProperties = graph.attributes.map {
      (attributeProperties.property(for: $0.key), $0.value)
    }
    var allPredicates =
      fixedIRIs + relationTypeIRIs.map(\.iri) + entityProperties.map(\.iri)
      + relationProperties.map(\.iri) + graphProperties.map(\.0.iri)
    allPredicates.sort { $0.precedesByScalars($1) }
    var unique: [String] = []
    for iri in allPredicates where !(unique.last?.equalsByScalars(iri) ?? false) {
      unique.append(iri)
    }
    var rankOf: [ScalarKey: Int] = [:]
    for (rank, iri) in unique.enumerated() { rankOf[ScalarKey(iri)] = rank }
    func rank(_ iri: String) -> Int { rankOf[ScalarKey(iri)]! }
    predicateIRIs = unique.map(bytes)
    let propertyNames = unique.map { prefixes.propertyElementName(for: $0) }
    propertyStarts = propertyNames.map { name in piece(name.map { "    <" + $0 }) }
    propertyEnds = propertyNames.map { piece("</" + ($0 ?? "") + ">\n") }
    var fixed = Fixed()
    let fixedRanks = fixedIRIs.map(rank)
    (fixed.type, fixed.subject, fixed.predicate, fixed.object) =
      (fixedRanks[0], fixedRanks[1], fixedRanks[2], fixedRanks[3])
    (fixed.label, fixed.altLabel, fixed.sameAs, fixed.derivedFrom) =
      (fixedRanks[4], fixedRanks[5], fixedRanks[6], fixedRanks[7])
    (fixed.relationName, fixed.className, fixed.document, fixed.sentence) =
      (fixedRanks[8], fixedRanks[9], fixedRanks[10], fixedRanks[11])
    (fixed.start, fixed.end, fixed.evidence) = (fixedRanks[12], fixedRanks[13], fixedRanks[14])
    self.fixed = fixed
    relationTypes = relationTypeIRIs.map {
      RelationType(predicate: rank($0.iri), iri: piece($0.iri), known: $0.known)
    }
    entityColumns = entityProperties.map {
      ColumnProperty(predicate: rank($0.iri), pointsToEntities: $0.pointsToEntities)
    }
    relationColumns = relationProperties.map {
      ColumnProperty(predicate: rank($0.iri), pointsToEntities: $0.pointsToEntities)
    }
    graphAttributes = graphProperties.map {
      (ColumnProperty(predicate: rank($0.0.iri), pointsToEntities: $0.0.pointsToEntities), $0.1)
    }

    // Datatypes, ranked by IRI.
    let datatypeIRIs = ["integer", "double", "boolean", "date"].map { Vocabulary.xsd + $0 }
    let sortedDatatypes = datatypeIRIs.sorted { $0.precedesByScalars($1) }
    datatypeAttributes = sortedDatatypes.map {
      piece(bytes(" \(rdf):datatype=\"") + RDFXMLBytes.attribute($0) + bytes("\">"))
    }
    let kinds = datatypeIRIs.map { iri in
      2 + sortedDatatypes.firstIndex { $0.equalsByScalars(iri) }!
    }
    (integerKind, doubleKind, booleanKind, dateKind) = (kinds[0], kinds[1], kinds[2], kinds[3])

    // Classes that can type a node element.
    var classes: [String] = []
    func classIndex(_ iri: String) -> Int {
      if let index = classes.firstIndex(where: { $0.equalsByScalars(iri) }) { return index }
      classes.append(iri)
      return classes.count - 1
    }
    entityClass = classIndex(ontology.term("Entity").iri)
    statementClass = classIndex(Vocabulary.rdf + "Statement")
    evidenceClass = classIndex(ontology.term("Evidence").iri)
    collectionClass = classIndex(Vocabulary.prov + "Collection")
    datatypePropertyClass = classIndex(Vocabulary.owl + "DatatypeProperty")
    entityTypes = entityTypeClasses.map { EntityType(classIndex: $0.map(classIndex) ?? -1) }
    classIRIs = classes.map { piece($0) }
    let classNames = classes.map { prefixes.nodeElementName(for: $0) }
    classOpens = classNames.map { name in piece(name.map { "  <\($0) \(rdf):about=\"" }) }
    classCloses = classNames.map { piece("  </" + ($0 ?? "") + ">\n") }

    // Relations by source, as offsets (a counting sort keeps each source's relations in order).
    var starts = [Int](repeating: 0, count: graph.entityTable.count + 1)
    for source in relationTable.sources { starts[source + 1] += 1 }
    for index in 0..<graph.entityTable.count { starts[index + 1] += starts[index] }
    var fill = starts
    var out = [Int32](repeating: 0, count: relationTable.count)
    for (row, source) in relationTable.sources.enumerated() {
      out[fill[source]] = Int32(row)
      fill[source] += 1
    }
    outStarts = starts
    outRelations = out

    let provenance = relationTable.provenance
    var owners = [Int32](repeating: 0, count: provenance.sentences.count)
    for row in 0..<provenance.count {
      for entry in provenance.entryRange(row) { owners[entry] = Int32(row) }
    }
    entryRelation = owners
    evidenceOrder = Self.evidenceOrder(relationTable, owners: owners)

    // The subject order; the closure below only reads what is set above.
    let counts: [RDFSubjectOrder.Stream: Int] = [
      .declarations: attributeProperties.declarations.count, .graph: 1,
      .entities: graph.entityTable.count, .statements: relationTable.count,
      .evidence: owners.count,
    ]
    let subjects = SubjectNames(
      resourceNamespace: resourceNamespaceBytes, graphIRI: graphIRI,
      declarations: declarations.map(\.iri), entityIDs: graph.entityTable.ids,
      relationIDs: relationTable.ids, provenance: provenance, owners: owners,
      evidenceOrder: evidenceOrder)
    subjectNames = subjects
    self.markup = markup
    if case .string(let texts) = graph.entityTable.wikidata.storage {
      wikidata = texts
    } else {
      wikidata = nil
    }
    order = RDFSubjectOrder(counts: counts) { stream, index, out in
      subjects.append(stream, index, to: &out)
    }
  }

  /// The subject items in output order (tests check where descriptions cross chunks).
  var itemsForTesting: [UInt64] { order.items }

  // MARK: - Writing

  func write(to sink: ByteSink) throws {
    sink.write(header)
    let items = order.items
    try ParallelRows.write(rows: items.count, to: sink) { range, chunkSink in
      try markup.withUnsafeBufferPointer { m in
        var scratch = Scratch()
        var index = range.lowerBound
        // A description that began in the previous chunk was written there, whole.
        while index < range.upperBound && RDFSubjectOrder.continues(items[index]) { index += 1 }
        while index < range.upperBound {
          scratch.bytes.removeAll(keepingCapacity: true)
          scratch.records.removeAll(keepingCapacity: true)
          scratch.subject.removeAll(keepingCapacity: true)
          subjectNames.append(
            RDFSubjectOrder.stream(of: items[index]), RDFSubjectOrder.index(of: items[index]),
            to: &scratch.subject)
          repeat {
            appendRecords(of: items[index], m, to: &scratch)
            index += 1
          } while index < items.count && RDFSubjectOrder.continues(items[index])
          try render(&scratch, m, to: chunkSink)
        }
      }
    }
    sink.write(footer)
  }

  private func appendRecords(
    of item: UInt64, _ m: UnsafeBufferPointer<UInt8>, to scratch: inout Scratch
  ) {
    let index = RDFSubjectOrder.index(of: item)
    switch RDFSubjectOrder.stream(of: item) {
    case .declarations:
      let declaration = declarations[index]
      scratch.appendIRI(
        fixed.type, classIRIs[datatypePropertyClass].bytes(in: m),
        classIndex: datatypePropertyClass)
      scratch.appendLiteral(fixed.label, kind: 1, declaration.name)
    case .graph:
      scratch.appendIRI(
        fixed.type, classIRIs[collectionClass].bytes(in: m), classIndex: collectionClass)
      scratch.appendLiteral(fixed.label, kind: 1, graphName)
      for (property, value) in graphAttributes { appendValue(value, property, m, to: &scratch) }
    case .entities:
      appendEntity(index, m, to: &scratch)
    case .statements:
      appendStatement(index, m, to: &scratch)
    case .evidence:
      appendEvidence(evidenceOrder?[index] ?? index, m, to: &scratch)
    }
  }

  private func appendEntity(
    _ row: Int, _ m: UnsafeBufferPointer<UInt8>, to scratch: inout Scratch
  ) {
    let classIndex = entityTypes[Int(entityTypeOfRow[row])].classIndex
    if classIndex >= 0 {
      scratch.appendIRI(fixed.type, classIRIs[classIndex].bytes(in: m), classIndex: classIndex)
    } else {
      scratch.appendIRI(fixed.type, classIRIs[entityClass].bytes(in: m), classIndex: entityClass)
      graph.entityTable.types.withUTF8(row) {
        scratch.appendLiteral(fixed.className, kind: 1, $0)
      }
    }
    graph.entityTable.labels.withUTF8(row) { scratch.appendLiteral(fixed.label, kind: 1, $0) }
    for item in graph.entityTable.aliases.itemRange(row) {
      graph.entityTable.aliases.items.withUTF8(item) {
        scratch.appendLiteral(fixed.altLabel, kind: 1, $0)
      }
    }
    if let texts = wikidata, graph.entityTable.wikidata.present[row] {
      let start = scratch.bytes.count
      scratch.bytes.append(contentsOf: wikidataNamespace.bytes(in: m))
      texts.withUTF8(row) { RDFXMLBytes.appendSegment($0, to: &scratch.bytes) }
      scratch.close(fixed.sameAs, kind: 0, start: start, classIndex: -1)
    }
    for column in graph.entityTable.attributes.indices {
      appendAttribute(
        graph.entityTable.attributes[column], row, entityColumns[column], m, to: &scratch)
    }
    for slot in outStarts[row]..<outStarts[row + 1] {
      let relation = Int(outRelations[slot])
      let predicate = relationTypes[Int(relationTypeOfRow[relation])].predicate
      appendEntityIRI(graph.relationTable.targets[relation], predicate: predicate, m, to: &scratch)
    }
  }

  private func appendStatement(
    _ row: Int, _ m: UnsafeBufferPointer<UInt8>, to scratch: inout Scratch
  ) {
    let type = relationTypes[Int(relationTypeOfRow[row])]
    scratch.appendIRI(
      fixed.type, classIRIs[statementClass].bytes(in: m), classIndex: statementClass)
    appendEntityIRI(graph.relationTable.sources[row], predicate: fixed.subject, m, to: &scratch)
    scratch.appendIRI(fixed.predicate, type.iri.bytes(in: m), classIndex: -1)
    appendEntityIRI(graph.relationTable.targets[row], predicate: fixed.object, m, to: &scratch)
    if !type.known {
      graph.relationTable.types.withUTF8(row) {
        scratch.appendLiteral(fixed.relationName, kind: 1, $0)
      }
    }
    for column in graph.relationTable.attributes.indices {
      appendAttribute(
        graph.relationTable.attributes[column], row, relationColumns[column], m, to: &scratch)
    }
    let entries = graph.relationTable.provenance.entryRange(row)
    for entry in entries {
      let start = scratch.bytes.count
      appendEvidenceIRI(row, entry - entries.lowerBound, m, to: &scratch.bytes)
      scratch.close(fixed.derivedFrom, kind: 0, start: start, classIndex: -1)
    }
  }

  private func appendEvidence(
    _ entry: Int, _ m: UnsafeBufferPointer<UInt8>, to scratch: inout Scratch
  ) {
    scratch.appendIRI(fixed.type, classIRIs[evidenceClass].bytes(in: m), classIndex: evidenceClass)
    graph.relationTable.provenance.documents.withUTF8(entry) {
      scratch.appendLiteral(fixed.document, kind: 1, $0)
    }
    appendInteger(graph.relationTable.provenance.sentences[entry], fixed.sentence, to: &scratch)
    appendInteger(graph.relationTable.provenance.starts[entry], fixed.start, to: &scratch)
    appendInteger(graph.relationTable.provenance.stops[entry], fixed.end, to: &scratch)
    graph.relationTable.provenance.evidence.withUTF8(entry) {
      scratch.appendLiteral(fixed.evidence, kind: 1, $0)
    }
  }

  @inline(__always)
  private func appendInteger(_ number: Int, _ predicate: Int, to scratch: inout Scratch) {
    let start = scratch.bytes.count
    LexicalBytes.appendDecimal(Int64(number), to: &scratch.bytes)
    scratch.close(predicate, kind: integerKind, start: start, classIndex: -1)
  }

  @inline(__always)
  private func appendEntityIRI(
    _ entityRow: Int, predicate: Int, _ m: UnsafeBufferPointer<UInt8>,
    to scratch: inout Scratch
  ) {
    let start = scratch.bytes.count
    scratch.bytes.append(contentsOf: resourceNamespace.bytes(in: m))
    graph.entityTable.ids.withUTF8(entityRow) { scratch.bytes.append(contentsOf: $0) }
    scratch.close(predicate, kind: 0, start: start, classIndex: -1)
  }

  private func appendEvidenceIRI(
    _ relation: Int, _ entry: Int, _ m: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]
  ) {
    out.append(contentsOf: resourceNamespace.bytes(in: m))
    out.append(contentsOf: "evidence/".utf8)
    graph.relationTable.ids.withUTF8(relation) { out.append(contentsOf: $0) }
    out.append(UInt8(ascii: "-"))
    LexicalBytes.appendDecimal(Int64(entry), to: &out)
  }

  /// One attribute value, typed from the column's storage (`RDFTripleBuilder.literal`).
  @inline(__always)
  private func appendAttribute(
    _ column: AttributeColumn, _ row: Int, _ property: ColumnProperty,
    _ m: UnsafeBufferPointer<UInt8>, to scratch: inout Scratch
  ) {
    guard column.present[row] else { return }
    let start = scratch.bytes.count
    let kind: Int
    switch column.storage {
    case .string(let texts):
      texts.withUTF8(row) { appendString($0, property, m, to: &scratch) }
      return
    case .integer(let numbers):
      LexicalBytes.appendDecimal(numbers[row], to: &scratch.bytes)
      kind = integerKind
    case .double(let numbers):
      RDFXMLBytes.appendDouble(numbers[row], to: &scratch.bytes)
      kind = doubleKind
    case .boolean(let flags):
      scratch.bytes.append(contentsOf: (flags[row] ? "true" : "false").utf8)
      kind = booleanKind
    case .date(let dates):
      RDFXMLBytes.appendDate(dates[row], to: &scratch.bytes)
      kind = dateKind
    }
    scratch.close(property.predicate, kind: kind, start: start, classIndex: -1)
  }

  /// A string value: the entity's IRI when the column points to entities and one has this id,
  /// else a plain literal.
  @inline(__always)
  private func appendString(
    _ text: UnsafeBufferPointer<UInt8>, _ property: ColumnProperty, _ m: UnsafeBufferPointer<UInt8>,
    to scratch: inout Scratch
  ) {
    if property.pointsToEntities, let target = graph.entityTable.ids.sortedRow(utf8: text) {
      appendEntityIRI(target, predicate: property.predicate, m, to: &scratch)
    } else {
      scratch.appendLiteral(property.predicate, kind: 1, text)
    }
  }

  /// A graph attribute (one row: built from its `AttributeValue`).
  private func appendValue(
    _ value: AttributeValue, _ property: ColumnProperty, _ m: UnsafeBufferPointer<UInt8>,
    to scratch: inout Scratch
  ) {
    var text: String
    let kind: Int
    switch value {
    case .string(let string):
      var string = string
      string.withUTF8 { appendString($0, property, m, to: &scratch) }
      return
    case .integer(let number): (text, kind) = (String(number), integerKind)
    case .double(let number): (text, kind) = (NumberText.double(number, style: .xsd), doubleKind)
    case .boolean(let flag): (text, kind) = (flag ? "true" : "false", booleanKind)
    case .date(let date): (text, kind) = (date.description, dateKind)
    }
    text.withUTF8 { scratch.appendLiteral(property.predicate, kind: kind, $0) }
  }

  /// Sorts and deduplicates the records as `RDFDescription` does, then writes the node element
  /// as `RDFXMLSerializer.render` does.
  private func render(
    _ scratch: inout Scratch, _ m: UnsafeBufferPointer<UInt8>, to sink: ByteSink
  ) throws {
    scratch.sortAndDeduplicate()
    var typeCount = 0
    var typeRecord = -1
    for position in scratch.records.indices
    where scratch.records[position].predicate == fixed.type {
      typeCount += 1
      typeRecord = position
    }
    var open = descriptionOpen.bytes(in: m)
    var close = descriptionClose.bytes(in: m)
    var named: (open: [UInt8], close: [UInt8])?
    var typed = -1
    if typeCount == 1, scratch.records[typeRecord].kind == 0 {
      let record = scratch.records[typeRecord]
      if record.classIndex >= 0 {
        if classOpens[record.classIndex].exists {
          open = classOpens[record.classIndex].bytes(in: m)
          close = classCloses[record.classIndex].bytes(in: m)
          typed = typeRecord
        }
      } else {
        let iri = scratch.bytes.withUnsafeBufferPointer {
          String(decoding: $0[record.start..<(record.start + record.count)], as: UTF8.self)
        }
        if let name = prefixes.nodeElementName(for: iri) {
          let rdf = prefixes.rdf
          named = (Array("  <\(name) \(rdf):about=\"".utf8), Array("  </\(name)>\n".utf8))
          typed = typeRecord
        }
      }
    }
    if let named { sink.write(named.open) } else { sink.write(open) }
    scratch.subject.withUnsafeBufferPointer { RDFXMLBytes.writeAttribute($0, to: sink) }
    if scratch.records.count == (typed >= 0 ? 1 : 0) {
      sink.write(emptyElementEnd.bytes(in: m))
      return
    }
    sink.write(startTagEnd.bytes(in: m))
    let resource = resourceAttribute.bytes(in: m)
    let emptyEnd = emptyElementEnd.bytes(in: m)
    try scratch.bytes.withUnsafeBufferPointer { all in
      for position in scratch.records.indices where position != typed {
        let record = scratch.records[position]
        let start = propertyStarts[record.predicate]
        guard start.exists else {
          let iri = String(decoding: predicateIRIs[record.predicate], as: UTF8.self)
          throw NewsGraphError(
            .invalidOntology(
              "the property <\(iri)> cannot be an RDF/XML element name: its local part must be an XML NCName in a namespace with a prefix"
            ))
        }
        sink.write(start.bytes(in: m))
        let object = UnsafeBufferPointer(
          start: all.baseAddress.map { $0 + record.start }, count: record.count)
        if record.kind == 0 {
          sink.write(resource)
          RDFXMLBytes.writeAttribute(object, to: sink)
          sink.write(emptyEnd)
        } else {
          if record.kind == 1 {
            sink.write(byte: UInt8(ascii: ">"))
          } else {
            sink.write(datatypeAttributes[record.kind - 2].bytes(in: m))
          }
          RDFXMLBytes.writeText(object, to: sink)
          sink.write(propertyEnds[record.predicate].bytes(in: m))
        }
      }
    }
    if let named { sink.write(named.close) } else { sink.write(close) }
  }

  // MARK: - Preparation

  /// For each row of `column`, the index of its string among the distinct strings (first-seen
  /// order); `first(text)` is called once per distinct string, in that order.
  private static func distinctRows(
    _ column: TextColumn, first: (String) -> Void
  ) -> [Int32] {
    var slots: [UInt64: [Int32]] = [:]
    var representatives: [Int] = []
    var result = [Int32](repeating: 0, count: column.count)
    column.withAllBytes { all in
      for row in 0..<column.count {
        let lower = column.start(of: row)
        let upper = column.ends[row]
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in lower..<upper { hash = (hash ^ UInt64(all[index])) &* 0x100_0000_01b3 }
        if let candidates = slots[hash],
          let found = candidates.first(where: {
            let other = representatives[Int($0)]
            return TextColumn.compare(
              all, column.start(of: other), column.ends[other], lower, upper) == 0
          })
        {
          result[row] = found
          continue
        }
        let slot = Int32(representatives.count)
        representatives.append(row)
        slots[hash, default: []].append(slot)
        result[row] = slot
        first(String(decoding: UnsafeBufferPointer(rebasing: all[lower..<upper]), as: UTF8.self))
      }
    }
    return result
  }

  /// Entries in code point order of `<relation id>-<index>`, or nil when stored order is that.
  private static func evidenceOrder(_ table: RelationTable, owners: [Int32]) -> [Int]? {
    let provenance = table.provenance
    var previous: [UInt8] = []
    var current: [UInt8] = []
    func key(_ entry: Int, into out: inout [UInt8]) {
      out.removeAll(keepingCapacity: true)
      let row = Int(owners[entry])
      table.ids.withUTF8(row) { out.append(contentsOf: $0) }
      out.append(UInt8(ascii: "-"))
      LexicalBytes.appendDecimal(Int64(entry - provenance.entryRange(row).lowerBound), to: &out)
    }
    var ascending = true
    for entry in 0..<owners.count {
      key(entry, into: &current)
      if entry > 0 {
        let order = previous.withUnsafeBufferPointer { a in
          current.withUnsafeBufferPointer { b in ScalarOrder.compare(a, b) }
        }
        if order >= 0 {
          ascending = false
          break
        }
      }
      swap(&previous, &current)
    }
    if ascending { return nil }
    var keys = TextColumn()
    for entry in 0..<owners.count {
      key(entry, into: &current)
      current.withUnsafeBufferPointer { keys.append(utf8: $0) }
    }
    return keys.sortingPermutation()
  }
}

extension RDFXMLColumnWriter.Scratch {
  /// Ends the record whose object bytes were appended since `start`.
  @inline(__always)
  mutating func close(_ predicate: Int, kind: Int, start: Int, classIndex: Int) {
    records.append(
      RDFXMLColumnWriter.Record(
        predicate: predicate, kind: kind, start: start, count: bytes.count - start,
        classIndex: classIndex))
  }

  @inline(__always)
  mutating func appendIRI(_ predicate: Int, _ iri: UnsafeBufferPointer<UInt8>, classIndex: Int) {
    let start = bytes.count
    bytes.append(contentsOf: iri)
    close(predicate, kind: 0, start: start, classIndex: classIndex)
  }

  @inline(__always)
  mutating func appendLiteral(_ predicate: Int, kind: Int, _ text: UnsafeBufferPointer<UInt8>) {
    let start = bytes.count
    bytes.append(contentsOf: text)
    close(predicate, kind: kind, start: start, classIndex: -1)
  }

  @inline(__always)
  mutating func appendLiteral(_ predicate: Int, kind: Int, _ text: [UInt8]) {
    text.withUnsafeBufferPointer { appendLiteral(predicate, kind: kind, $0) }
  }

  /// `RDFDescription`'s order: predicate IRI, then IRIs before literals, then the object's
  /// code points, then no datatype before datatypes by IRI; equal triples kept once.
  mutating func sortAndDeduplicate() {
    guard records.count > 1 else { return }
    let bytes = self.bytes
    bytes.withUnsafeBufferPointer { all in
      func compare(_ a: RDFXMLColumnWriter.Record, _ b: RDFXMLColumnWriter.Record) -> Int {
        if a.predicate != b.predicate { return a.predicate < b.predicate ? -1 : 1 }
        let aLiteral = a.kind == 0 ? 0 : 1
        let bLiteral = b.kind == 0 ? 0 : 1
        if aLiteral != bLiteral { return aLiteral - bLiteral }
        let order = ScalarOrder.compare(
          UnsafeBufferPointer(rebasing: all[a.start..<(a.start + a.count)]),
          UnsafeBufferPointer(rebasing: all[b.start..<(b.start + b.count)]))
        if order != 0 { return order }
        return a.kind - b.kind
      }
      var sorted = true
      for index in 1..<records.count where compare(records[index - 1], records[index]) >= 0 {
        sorted = false
        break
      }
      if sorted { return }
      records.sort { compare($0, $1) < 0 }
      var kept = 1
      for index in 1..<records.count where compare(records[kept - 1], records[index]) != 0 {
        records[kept] = records[index]
        kept += 1
      }
      records.removeLast(records.count - kept)
    }
  }
}

extension RDFXMLColumnWriter {
  /// The subject IRIs of the five streams, composed as bytes.
  fileprivate struct SubjectNames: Sendable {
    let resourceNamespace: [UInt8]
    let graphIRI: [UInt8]
    let declarations: [[UInt8]]
    let entityIDs: TextColumn
    let relationIDs: TextColumn
    let provenance: ProvenanceColumn
    let owners: [Int32]
    let evidenceOrder: [Int]?

    func append(_ stream: RDFSubjectOrder.Stream, _ index: Int, to out: inout [UInt8]) {
      switch stream {
      case .declarations: out.append(contentsOf: declarations[index])
      case .graph: out.append(contentsOf: graphIRI)
      case .entities:
        out.append(contentsOf: resourceNamespace)
        entityIDs.withUTF8(index) { out.append(contentsOf: $0) }
      case .statements:
        out.append(contentsOf: resourceNamespace)
        out.append(contentsOf: "relation/".utf8)
        relationIDs.withUTF8(index) { out.append(contentsOf: $0) }
      case .evidence:
        let entry = evidenceOrder?[index] ?? index
        let row = Int(owners[entry])
        out.append(contentsOf: resourceNamespace)
        out.append(contentsOf: "evidence/".utf8)
        relationIDs.withUTF8(row) { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "-"))
        LexicalBytes.appendDecimal(Int64(entry - provenance.entryRange(row).lowerBound), to: &out)
      }
    }
  }
}
