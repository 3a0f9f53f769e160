import Testing

@testable import NewsGraph

/// The columnar model: the readers' initializer, row views and typed columns.
@Suite struct ColumnarGraphTests {
  /// Entities `c`, `a`, `b` in that order; one relation c → a.
  private func unsortedTables() -> (EntityTable, RelationTable) {
    var entities = EntityTable()
    for id in ["c", "a", "b"] {
      entities.ids.append(id)
      entities.types.append("Person")
      entities.labels.append(id.uppercased())
      entities.aliases.append(id == "a" ? ["Ay"] : [])
      entities.wikidata.append(nil)
    }
    var score = AttributeColumn(name: "score")
    for value in [AttributeValue.integer(3), nil, .integer(2)] { score.append(value) }
    entities.attributes = [score]
    var relations = RelationTable()
    relations.ids.append("r1")
    relations.sources = [0]
    relations.targets = [1]
    relations.types.append("knows")
    relations.provenance.append([])
    return (entities, relations)
  }

  @Test func columnsInAnyOrderAreSortedAndEdgeEndsFollowTheirRows() throws {
    let (entities, relations) = unsortedTables()
    let graph = try KnowledgeGraph(name: "g", entityTable: entities, relationTable: relations)
    #expect(graph.entities.map(\.id) == ["a", "b", "c"])
    #expect(graph.entities.map(\.label) == ["A", "B", "C"])
    #expect(graph.entity(withID: "a")?.aliases == ["Ay"])
    #expect(graph.entity(withID: "c")?.attributes["score"] == .integer(3))
    #expect(graph.entity(withID: "a")?.attributes["score"] == nil)
    #expect(graph.relations[0].source == "c")
    #expect(graph.relations[0].target == "a")
    #expect(graph.relationTable.sources == [2])
    #expect(graph.schema.nodeKeys.map(\.name) == ["label", "name", "type", "aliases", "score"])
  }

  @Test func aRepeatedIDInColumnsIsAnError() {
    var (entities, relations) = unsortedTables()
    entities.ids = TextColumn(["c", "a", "c"])
    #expect(throws: NewsGraphError.self) {
      try KnowledgeGraph(name: "g", entityTable: entities, relationTable: relations)
    }
  }

  @Test func aColumnOfMixedTypesHoldsLexicalForms() {
    var column = AttributeColumn(name: "x")
    column.append(nil)
    column.append(.integer(7))
    column.append(.double(0.5))
    column.append(.boolean(true))
    #expect(column.type == .string)
    #expect((0..<4).map(column.value(at:)) == [nil, .string("7"), .string("0.5"), .string("true")])
  }

  @Test func aColumnWhoseFirstValueComesLateTakesItsType() {
    var column = AttributeColumn(name: "x")
    column.append(nil)
    column.append(nil)
    column.append(.date(CalendarDate(year: 2022, month: 9, day: 1)!))
    #expect(column.type == .date)
    #expect(column.present == [false, false, true])
    #expect(column.hasAbsentRows)
  }

  @Test func textColumnsCompareAndFindRowsByCodePoints() {
    let column = TextColumn(["a", "b", "é", "日本"])
    #expect(column.sortingPermutation() == nil)
    #expect(column.sortedRow(of: "é") == 2)
    #expect(column.sortedRow(of: "c") == nil)
    #expect(TextColumn(["b", "a", "b"]).sortingPermutation() == [1, 0, 2])
    #expect(TextColumn(["a", "b", "b"]).firstRepeatInSortedRows() == 2)
  }

  @Test func decimalBytesMatchSwiftsIntegerText() {
    for number: Int64 in [0, 7, -7, 10, 1_000_000, .max, .min] {
      var bytes: [UInt8] = []
      LexicalBytes.appendDecimal(number, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == String(number))
    }
  }
}
