/// A stage `BuildPipeline.init(resources:)` builds in parallel with the other.
enum BuiltStage: Sendable {
  case matcher(EntityMatcher)
  case extractor(RelationExtractor)
}
