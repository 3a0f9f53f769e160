import NewsGraph
import Testing

@Suite struct AgreementDumpTests {
  @Test func dump() {
    for document in AgreementSeedDocuments.documents {
      print("=== \(document.article.document) \(String(describing: document.article.metadata?.published))")
      for sentence in document.sentences {
        let mentions = document.mentions(inSentence: sentence.index)
        print("[\(sentence.index)] \(sentence.text(in: document.article))")
        for m in mentions {
          print("    \(m.mention.text) -> \(m.entity) \(m.type) \(m.mention.method) role=\(m.mention.role ?? "-") state=\(m.mention.state ?? "-")")
        }
      }
    }
  }
}
