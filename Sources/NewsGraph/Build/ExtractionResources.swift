/// Everything extraction reads from the ontology folder, loaded once per run: the ontology, the
/// lexicon (with an analyst's additions) and the cue tables.
///
/// It is all data an analyst edits without recompiling: `newsgraph.owl`, `lexicon/*.tsv`,
/// `cues/*.tsv`, `relations/*.tsv` below one folder.
public struct ExtractionResources: Sendable {
  public var ontology: Ontology
  public var lexicon: Lexicon
  public var cues: CueLexicon
  public var patterns: RelationPatternSet

  public init(
    ontology: Ontology, lexicon: Lexicon, cues: CueLexicon, patterns: RelationPatternSet
  ) {
    self.ontology = ontology
    self.lexicon = lexicon
    self.cues = cues
    self.patterns = patterns
  }

  /// Loads `folder` (an `ontology/` folder), then merges the analyst lexicon files in order.
  /// - Throws: `NewsGraphError` naming the file and line of the first problem.
  public static func load(ontologyFolder folder: String, analystLexicons: [String] = [])
    throws -> ExtractionResources
  {
    let ontology = try OntologyLoader().load(contentsOf: folder + "/newsgraph.owl")
    let loader = LexiconLoader(ontology: ontology)
    var lexicon = try loader.load(folder: folder + "/lexicon")
    for path in analystLexicons {
      lexicon = try loader.merge(loader.loadAnalystFile(path: path), into: lexicon)
    }
    return ExtractionResources(
      ontology: ontology, lexicon: lexicon, cues: try CueLexicon(folder: folder + "/cues"),
      patterns: try RelationPatternSet(folder: folder + "/relations"))
  }
}
