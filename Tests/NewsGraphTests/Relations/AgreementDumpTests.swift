import NewsGraph
import Testing

@Suite struct AgreementDumpTests {
  @Test func dump() throws {
    let roles = HoldsRoleExtractor(lexicon: AgreementTestDocument.lexicon)
    let agreements = AgreementRelationExtractor(lexicon: AgreementTestDocument.lexicon)
    for document in try AgreementSeedTests.documents().documents {
      print("=== \(document.article.document)")
      let facts = agreements.facts(in: document)
      for relation in try AgreementSeedTests.relations(of: roles.candidates(in: document) + facts.candidates, in: document) {
        print("  [\(relation.provenance.sentence)] \(relation.type) \(relation.source) -> \(relation.target) \(relation.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.lexicalForm)" }.joined(separator: " "))")
      }
      for fact in facts.entityFacts {
        print("  fact \(fact.entity) \(fact.name)=\(fact.value.lexicalForm)")
      }
    }
  }
}
