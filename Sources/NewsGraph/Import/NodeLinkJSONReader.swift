/// Placeholder until the reader lands.
public struct NodeLinkJSONReader: Sendable {
  public init() {}

  public func read(bytes: [UInt8], file: String) throws -> ForeignGraph {
    throw NewsGraphError(.unknownFormat("NodeLinkJSONReader is not written yet"))
  }
}
