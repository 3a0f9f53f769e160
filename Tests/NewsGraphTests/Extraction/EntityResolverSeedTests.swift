import NewsGraph
import NewsGraphTestSupport
import Testing

/// The extraction stages so far (reader, splitter, matcher, resolver) on the five seeds, scored
/// against the gold entities. The floor is what the stages reach now (0.980), less a small
/// margin, so a regression fails; the issue's target is 0.90.
@Suite struct EntityResolverSeedTests {
  static let floor = 0.97

  static func resolveSeeds() throws -> ([(Article, [Mention])], EntityResolution) {
    let folder = RepositoryPaths.root + "/seeds/"
    let index = try ArticleIndex(contentsOf: folder + "INDEX.tsv")
    var documents: [(Article, [Mention])] = []
    for entry in index.entries {
      let article = try ArticleReader().read(contentsOf: folder + entry.file, index: index)
      let sentences = SentenceSplitter().sentences(in: article)
      let mentions = EntityMatcherTests.matcher.mentions(in: article, sentences: sentences)
      documents.append((article, mentions))
    }
    return (documents, EntityResolver(lexicon: EntityMatcherTests.lexicon).resolve(documents))
  }

  @Test func seedEntitiesScoreAboveTheFloor() throws {
    let (_, resolution) = try Self.resolveSeeds()
    let graph = try KnowledgeGraph(
      name: "seeds", entities: resolution.graphEntities, relations: [])
    let evaluation = GoldEvaluator(gold: try GoldStandard.load()).evaluate(graph)
    print(evaluation.report())
    print(resolution.report.text)
    #expect(evaluation.entities.f1 >= Self.floor)
  }

  @Test func seedMentionsResolveAsTheIssueAsks() throws {
    let (documents, resolution) = try Self.resolveSeeds()
    func ids(of text: String, in prefix: String) -> Set<String?> {
      var found = Set<String?>()
      for (position, (article, mentions)) in documents.enumerated()
      where article.document.hasPrefix(prefix + "_") {
        for (offset, mention) in mentions.enumerated() where mention.text == text {
          found.insert(resolution.assignments[position][offset])
        }
      }
      return found
    }
    #expect(ids(of: "Britain’s", in: "000") == ["united-kingdom"])
    #expect(ids(of: "Kiev", in: "000") == ["ukraine"])
    #expect(ids(of: "defense secretary", in: "000") == ["ben-wallace"])
    #expect(ids(of: "Defense Secretary", in: "003") == ["ben-wallace"])
    #expect(ids(of: "Prime Minister", in: "000") == ["rishi-sunak"])
    #expect(ids(of: "Prime Minister", in: "003") == ["boris-johnson"])
    #expect(ids(of: "Ms. Truss", in: "003") == ["liz-truss"])
    #expect(ids(of: "Mr. Lavrov", in: "003") == ["sergey-lavrov"])
    #expect(ids(of: "the Kremlin", in: "000") == ["russia"])
    #expect(ids(of: "Kremlin", in: "004") == ["russia"])
    #expect(ids(of: "counterpart", in: "003") == ["sergei-shoigu"])
    #expect(ids(of: "Sergei Lavrov", in: "003") == ["sergey-lavrov"])
    #expect(ids(of: "Brussels", in: "003") == ["brussels"])
    #expect(ids(of: "Kiev", in: "004") == ["ukraine"])
    #expect(ids(of: "sanctions against Russia", in: "003") == ["united-kingdom-sanctions-russia"])
    #expect(ids(of: "deal", in: "001") == ["iran-russia-deal"])
  }

  /// The names the seeds use that nothing matched: printed for a person to read; the names the
  /// lexicon and rules do find never appear.
  @Test func unmatchedNamesOfTheSeeds() throws {
    let folder = RepositoryPaths.root + "/seeds/"
    let index = try ArticleIndex(contentsOf: folder + "INDEX.tsv")
    var documents: [(Article, [Sentence], [Mention])] = []
    for entry in index.entries {
      let article = try ArticleReader().read(contentsOf: folder + entry.file, index: index)
      let sentences = SentenceSplitter().sentences(in: article)
      let mentions = EntityMatcherTests.matcher.mentions(in: article, sentences: sentences)
      documents.append((article, sentences, mentions))
    }
    let titles = Set(EntityMatcherTests.lexicon.roleTitles.map(\.title))
    let names = UnmatchedNames.find(in: documents, titles: titles)
    print(names.prefix(30).map { "\($0.count) \($0.name)" }.joined(separator: "\n"))
    let found = Set(names.map(\.name))
    for known in ["Ben Wallace", "Wallace", "Russia", "Kremlin", "Brussels", "NATO", "Iran"] {
      #expect(!found.contains(known))
    }
    #expect(!found.contains("Foreign Minister") && !found.contains("Daily News Byte"))
    #expect(
      names
        == names.sorted {
          $0.count > $1.count || $0.count == $1.count && $0.name.precedesByScalars($1.name)
        })
  }
}
