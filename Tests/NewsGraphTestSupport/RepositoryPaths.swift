import NewsGraph

/// Paths inside the repository, found from this file's location.
public enum RepositoryPaths {
  public static let root: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }()

  public static let ontologyFile = root + "/ontology/newsgraph.owl"

  public static func ontology() throws -> Ontology {
    try OntologyLoader().load(contentsOf: ontologyFile)
  }
}
