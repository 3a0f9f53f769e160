extension BuildPipeline {
  /// The pipeline with the rules of the ontology folder.
  public init(resources: ExtractionResources) {
    self.init(lexicon: resources.lexicon) { _ in DocumentFacts() }
  }
}
