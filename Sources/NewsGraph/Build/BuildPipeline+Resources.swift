extension BuildPipeline {
  /// The pipeline with the rules of the ontology folder: the lexicon for mentions, the relation
  /// patterns, the role and agreement rules, the cues for modality and attribution, and event dates.
  public init(resources: ExtractionResources) {
    let extractor = RelationExtractor(
      patterns: resources.patterns, cues: resources.cues, lexicon: resources.lexicon)
    let dating = EventDating()
    self.init(lexicon: resources.lexicon) { dating.dated(extractor.facts(in: $0), in: $0) }
  }
}
