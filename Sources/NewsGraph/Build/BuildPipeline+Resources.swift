extension BuildPipeline {
  /// The pipeline with the rules of the ontology folder: the lexicon for mentions, the relation
  /// patterns, the role and agreement rules, and the cues for modality and attribution.
  public init(resources: ExtractionResources) {
    let extractor = RelationExtractor(
      patterns: resources.patterns, cues: resources.cues, lexicon: resources.lexicon)
    self.init(lexicon: resources.lexicon) { extractor.facts(in: $0) }
  }
}
