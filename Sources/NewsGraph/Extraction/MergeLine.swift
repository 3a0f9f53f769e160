/// One line of a `MergeReport`: a surface form and the entity it went to (nil when dropped).
public struct MergeLine: Sendable, Equatable {
  public var document: String
  /// The surface form as written.
  public var text: String
  public var entity: String?
  public var reason: MergeReason
  /// Extra context, such as the candidates of a dropped mention.
  public var detail: String

  public init(document: String, text: String, entity: String?, reason: MergeReason,
    detail: String = "") {
    self.document = document
    self.text = text
    self.entity = entity
    self.reason = reason
    self.detail = detail
  }
}
