import NewsGraph

/// The graph `newsgraph build` makes of `seeds/`, built once per test process: the real
/// output the interop tests hand to the real tools, beside the hostile and demonstration graphs.
public enum SeedGraph {
  private static let built: Result<KnowledgeGraph, any Error> = Result {
    let resources = try ExtractionResources.load(ontologyFolder: RepositoryPaths.root + "/ontology")
    let (inputs, _) = try ArticleCollector().collect([RepositoryPaths.root + "/seeds"])
    return try BuildPipeline(resources: resources).run(inputs).graph
  }

  public static func make() throws -> KnowledgeGraph {
    try built.get()
  }
}
