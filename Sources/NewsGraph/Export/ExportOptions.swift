/// Choices that change how a format is written, beyond the graph itself.
public struct ExportOptions: Sendable {
  /// Which GraphML flavour to write.
  public enum GraphMLProfile: String, Sendable, CaseIterable {
    /// Plain GraphML, valid against the GraphML XML Schemas.
    case plain
    /// Adds yWorks' yFiles extension so yEd shows labels and colours by type. The plain
    /// GraphML schemas reject it (it needs yWorks' schema); every other reader ignores it.
    case yed
  }

  public var graphMLProfile: GraphMLProfile

  public init(graphMLProfile: GraphMLProfile = .plain) {
    self.graphMLProfile = graphMLProfile
  }
}
