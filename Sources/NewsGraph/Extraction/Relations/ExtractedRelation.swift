/// One relation read from one sentence, before relations are merged across sentences and
/// articles into graph `Relation`s.
public struct ExtractedRelation: Sendable, Equatable {
  /// The local name of an ontology object property (`supplies`, `holdsRole`, …).
  public var type: String
  /// Entity ids (as in `ResolvedMention.entity`).
  public var source: String
  public var target: String
  /// Columns of the ontology's attribute properties: `modality`, `attributed_to`,
  /// `reporting_verb`, `weapon`, `quantity`, `quantity_qualifier`, `amount`, `currency`, `role`,
  /// `status`, `confidence`, `rule`, `valid_from`, …
  public var attributes: [String: AttributeValue]
  /// The document, sentence and span (code points) the relation was read from.
  public var provenance: Provenance

  public init(
    type: String, source: String, target: String, attributes: [String: AttributeValue] = [:],
    provenance: Provenance
  ) {
    self.type = type
    self.source = source
    self.target = target
    self.attributes = attributes
    self.provenance = provenance
  }
}
