extension BuildPipeline {
  /// The pipeline with the rules of the ontology folder: the lexicon for mentions, the relation
  /// patterns, the role and agreement rules, the cues for modality and attribution, and event dates.
  ///
  /// The matcher and the relation extractor each compile an automaton from the lexicon; they
  /// are built side by side on `workers` threads (`--jobs`), which the pipeline then uses.
  public init(resources: ExtractionResources, workers: Int = ParallelMap.processorCount) {
    let built = ParallelMap.map([0, 1], workers: workers) { stage -> BuiltStage in
      stage == 0
        ? .matcher(EntityMatcher(lexicon: resources.lexicon))
        : .extractor(
          RelationExtractor(
            patterns: resources.patterns, cues: resources.cues, lexicon: resources.lexicon))
    }
    guard case .matcher(let matcher) = built[0], case .extractor(let extractor) = built[1] else {
      preconditionFailure("ParallelMap returns results in input order")
    }
    let dating = EventDating()
    self.init(lexicon: resources.lexicon, matcher: matcher) {
      dating.dated(extractor.facts(in: $0), in: $0)
    }
    self.workers = max(1, workers)
  }
}
