/// Placeholder until the reader lands.
public struct GraphMLReader: Sendable {
  public init() {}

  public func read(bytes: [UInt8], file: String) throws -> ForeignGraph {
    throw NewsGraphError(.unknownFormat("GraphMLReader is not written yet"))
  }
}
