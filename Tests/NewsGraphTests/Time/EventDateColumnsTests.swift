import NewsGraph
import NewsGraphTestSupport
import Testing

/// The ontology declares the columns a relation's event date will be written in, so that every
/// writer types them from the ontology: `date` as `xsd:date`, `date_text` as a string.
@Suite struct EventDateColumnsTests {
  @Test(arguments: [
    ("date", "eventDate", "http://www.w3.org/2001/XMLSchema#date"),
    ("date_text", "eventDateText", "http://www.w3.org/2001/XMLSchema#string"),
  ])
  func columnIsDeclared(column: String, localName: String, range: String) throws {
    let property = try #require(try RepositoryPaths.ontology().attributeProperty(column: column))
    #expect(property.localName == localName)
    #expect(property.range == range)
    #expect(property.kind == .datatypeProperty)
  }
}
