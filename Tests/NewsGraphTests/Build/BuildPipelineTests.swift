import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

/// The pipeline's own duties: input order, not scheduling, decides the result; unreadable
/// articles are skipped and reported; the article date reaches resolution.
@Suite struct BuildPipelineTests {
  /// A stand-in relation stage: every pair of consecutive resolved mentions in a sentence
  /// "meets", so the test sees what resolution and merging did.
  static func pipeline(workers: Int, batchSize: Int) -> BuildPipeline {
    var pipeline = BuildPipeline(lexicon: EntityMatcherTests.lexicon) { document in
      var relations: [ExtractedRelation] = []
      for sentence in document.sentences {
        let mentions = Array(document.mentions(inSentence: sentence.index))
        for (left, right) in zip(mentions, mentions.dropFirst()) {
          relations.append(
            ExtractedRelation(
              type: "meets", source: left.entity, target: right.entity,
              attributes: ["modality": .string("asserted")],
              provenance: Provenance(
                document: document.article.document, sentence: sentence.index,
                start: sentence.scalars.lowerBound, end: sentence.scalars.upperBound,
                evidence: sentence.text(in: document.article))))
        }
      }
      return DocumentFacts(relations: relations)
    }
    pipeline.workers = workers
    pipeline.batchSize = batchSize
    return pipeline
  }

  static func articles() -> [Article] {
    let texts = [
      "Talks in Kyiv\nBen Wallace met Dmytro Kuleba in Kyiv. Mr Wallace and Kuleba spoke of NATO.",
      "Iran and Russia\nIran sent drones to Russia. Moscow thanked Tehran.",
      "Again\nMr Wallace met Kuleba again. Ben Wallace and Dmytro Kuleba spoke.",
    ]
    return texts.enumerated().map { position, text in
      ArticleReader().read(
        text: text, document: "\(position).txt",
        index: try? ArticleIndex(
          parsing: "file\ttitle\toutlet\tpublished\tnote\n\(position).txt\tT\tO\t2022-12-2\(position)\t\n"))
    }
  }

  @Test func workersAndBatchSizesDoNotChangeTheGraph() throws {
    let articles = Self.articles() + Self.articles().map {
      var copy = $0
      copy.document = "copy-" + copy.document
      return copy
    }
    let reference = try Self.pipeline(workers: 1, batchSize: 1000).run(articles: articles)
    let expected = try TextDumpSerializer().serialize(reference.graph)
    for (workers, batch) in [(2, 1), (2, 2), (3, 4), (2, 32)] {
      let result = try Self.pipeline(workers: workers, batchSize: batch).run(articles: articles)
      #expect(try TextDumpSerializer().serialize(result.graph) == expected)
    }
    #expect(reference.documentsRead == 6)
    #expect(reference.graph.attributes["documents"] == .integer(6))
  }

  @Test func mentionsMergeAcrossArticlesAndFactsCarryEveryPlaceTheyWereRead() throws {
    let result = try Self.pipeline(workers: 2, batchSize: 2).run(articles: Self.articles())
    let wallace = try #require(result.graph.entities.first { $0.label == "Ben Wallace" })
    #expect(wallace.attributes["mentions"] == .integer(4))
    #expect(!result.graph.entities.contains { $0.label.contains("Mr") })
    let kuleba = try #require(result.graph.entities.first { $0.label == "Dmytro Kuleba" })
    let meetings = result.graph.relations.filter {
      $0.source == wallace.id && $0.target == kuleba.id && $0.type == "meets"
    }
    #expect(meetings.count == 1)
    #expect(meetings.first.map { Set($0.provenance.map(\.document)) } == ["0.txt", "2.txt"])
  }

  @Test func unreadableFilesAreSkippedWithTheirPlaceAndTheRestIsBuilt() throws {
    let folder = try Interop.temporaryFolder()
    let good = "\(folder)/good.txt"
    try Interop.write("Title\nIran sent drones to Russia.\n", to: good)
    let bad = "\(folder)/bad.txt"
    _ = FileManager.default.createFile(
      atPath: bad, contents: Data(Array("Title\nCaf".utf8) + [0xE9, 0x0A]))
    let empty = "\(folder)/empty.txt"
    _ = FileManager.default.createFile(atPath: empty, contents: Data())
    let (inputs, _) = try ArticleCollector().collect([folder])
    let result = try Self.pipeline(workers: 2, batchSize: 8).run(inputs)
    #expect(result.documentsRead == 1)
    #expect(result.documentsSkipped == 2)
    #expect(result.diagnostics.map { $0.location?.file } == [bad, empty])
    #expect(result.diagnostics.first?.location?.byteOffset == 9)
    #expect(result.graph.entities.contains { $0.id == "iran" })
  }

  @Test func anArticleWithOnlyBoilerplateIsReadButReported() throws {
    let article = ArticleReader().read(
      text: "Share this:\nLike this:\n", document: "share.txt", index: nil)
    let result = try Self.pipeline(workers: 1, batchSize: 1).run(articles: [article])
    #expect(result.documentsRead == 1)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.message.contains("no article text") == true)
  }

  @Test func unmatchedNamesAddUpAcrossBatches() throws {
    let articles = [
      "One\nThe Zorblat Directorate met in Kyiv.", "Two\nZorblat Directorate officials left.",
      "Three\nNobody from the Quux Council came.",
    ].enumerated().map { ArticleReader().read(text: $1, document: "\($0).txt", index: nil) }
    func names(batchSize: Int) throws -> [UnmatchedName] {
      var pipeline = Self.pipeline(workers: 2, batchSize: batchSize)
      pipeline.collectsUnmatchedNames = true
      return try pipeline.run(articles: articles).unmatchedNames
    }
    let whole = try names(batchSize: 10)
    #expect(whole.first == UnmatchedName(name: "Zorblat Directorate", count: 2))
    #expect(try names(batchSize: 1) == whole)
    var quiet = Self.pipeline(workers: 1, batchSize: 10)
    quiet.collectsUnmatchedNames = false
    #expect(try quiet.run(articles: articles).unmatchedNames.isEmpty)
  }
}
