/// What one task of a `BuildPipeline.run` phase yields: the phase's ordered task resolves
/// documents, the others analyse one document or extract the relations of one.
enum PhaseOutput: Sendable {
  case resolved([AssignedDocument])
  case analysed(Result<AnalyzedDocument, any Error>)
  case extracted(DocumentFacts)
}
