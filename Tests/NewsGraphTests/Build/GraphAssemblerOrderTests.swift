import Testing

@testable import NewsGraph

/// The merge's own bookkeeping: provenance deduplicated by place then by whole value, and the
/// relations and entities handed to the graph already in id order.
@Suite struct GraphAssemblerOrderTests {
  static func relation(
    _ type: String, _ source: String, _ target: String, sentence: Int, evidence: String
  ) -> ExtractedRelation {
    ExtractedRelation(
      type: type, source: source, target: target, attributes: [:],
      provenance: Provenance(
        document: "a.txt", sentence: sentence, start: sentence * 10, end: sentence * 10 + 5,
        evidence: evidence))
  }

  /// The same place twice is one entry; two entries at one place whose evidence differs (which
  /// the extractors never produce) both stay, as with a set of whole provenance values.
  @Test func provenanceIsKeptOncePerWholeValue() {
    var assembler = GraphAssembler()
    let first = Self.relation("supplies", "iran", "russia", sentence: 2, evidence: "one")
    let twin = Self.relation("supplies", "iran", "russia", sentence: 2, evidence: "other")
    let later = Self.relation("supplies", "iran", "russia", sentence: 4, evidence: "one")
    assembler.add(DocumentFacts(relations: [first, twin, first, later, twin, later]))
    let merged = assembler.mergedRelations
    #expect(merged.count == 1)
    #expect(merged.first?.provenance.map(\.evidence) == ["one", "other", "one"])
    #expect(merged.first?.provenance.map(\.sentence) == [2, 2, 4])
  }

  @Test func relationsComeSortedByIDWithTheirMergedContent() {
    var assembler = GraphAssembler()
    assembler.add(
      DocumentFacts(relations: [
        Self.relation("supplies", "russia", "iran", sentence: 1, evidence: "a"),
        Self.relation("supplies", "iran", "russia", sentence: 2, evidence: "b"),
        Self.relation("meets", "iran", "russia", sentence: 3, evidence: "c"),
        Self.relation("supplies", "russia", "iran", sentence: 4, evidence: "d"),
      ]))
    let sorted = assembler.relationsSortedByID()
    let firstSeen = assembler.mergedRelations
    #expect(sorted.map(\.id) == firstSeen.map(\.id).sorted { $0.precedesByScalars($1) })
    #expect(sorted.map(\.id) != firstSeen.map(\.id))
    #expect(Set(sorted.map(\.id)) == Set(firstSeen.map(\.id)))
    for relation in sorted {
      #expect(firstSeen.first { $0.id == relation.id } == relation)
    }
  }

  /// Code point order (not `<`, which orders canonically), and input order among equal ids.
  @Test func entitiesSortByCodePointsAndStably() {
    let entities = [
      Entity(id: "b", type: "State", label: "first b"),
      Entity(id: "B", type: "State", label: "B"),
      Entity(id: "a-2", type: "State", label: "a-2"),
      Entity(id: "b", type: "State", label: "second b"),
      Entity(id: "a", type: "State", label: "a"),
    ]
    #expect(
      GraphAssembler.sortedByID(entities).map(\.label) == ["B", "a", "a-2", "first b", "second b"])
  }
}
