/// Which element an attribute belongs to.
public enum AttributeDomain: String, Sendable, CaseIterable {
  case graph
  case node
  case edge
}

/// Where a reserved column's value comes from in the model; attributes have none.
public enum ColumnSource: String, Sendable {
  case label, name, type, aliases, wikidata
  case relation, interaction, document, sentence, start, end, evidence, support, provenance
}

/// One declared attribute: what every writer declares keys and datatypes from.
public struct AttributeKey: Sendable, Equatable {
  public let domain: AttributeDomain
  /// For a reserved column, the part of the model it is derived from (decided once, so rows
  /// are built without comparing column names); nil for an entity or relation attribute.
  public let source: ColumnSource?
  /// The name in the model, exactly as read or set (it may hold spaces or any script).
  public let name: String
  /// A name every format can carry (see `AttributeNaming`), unique within the domain.
  public let safeName: String
  public let type: AttributeType
}

/// The attribute columns of a graph: one type per (domain, name), derived from every value of
/// the column, never from the first one. A column whose values mix types is a string column.
public struct AttributeSchema: Sendable, Equatable {
  public let graphKeys: [AttributeKey]
  public let nodeKeys: [AttributeKey]
  public let edgeKeys: [AttributeKey]

  public func keys(for domain: AttributeDomain) -> [AttributeKey] {
    switch domain {
    case .graph: graphKeys
    case .node: nodeKeys
    case .edge: edgeKeys
    }
  }

  public func key(named name: String, in domain: AttributeDomain) -> AttributeKey? {
    keys(for: domain).first { $0.name.equalsByScalars(name) }
  }

  /// Builds one domain's keys: reserved columns first in their fixed order, then the others
  /// by name (code point order). Safe names are unique within the domain.
  static func keys(
    domain: AttributeDomain, reserved: [(String, AttributeType)],
    others: [ScalarKey: AttributeType]
  ) -> [AttributeKey] {
    var taken = Set<String>()
    var keys: [AttributeKey] = []
    for (name, type) in reserved {
      taken.insert(name)
      keys.append(
        AttributeKey(
          domain: domain, source: ColumnSource(rawValue: name), name: name, safeName: name,
          type: type))
    }
    let sortedNames = others.keys.map(\.text).sorted { $0.precedesByScalars($1) }
    for name in sortedNames {
      let safe = AttributeNaming.safeName(for: name, avoiding: taken)
      taken.insert(safe)
      keys.append(
        AttributeKey(
          domain: domain, source: nil, name: name, safeName: safe, type: others[ScalarKey(name)]!))
    }
    return keys
  }
}
