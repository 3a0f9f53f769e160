@testable import NewsGraph

/// The DOT display texts built from row values with `String`s: the reference the column
/// writer (`DOTEdgeSection`, `DOTNodeSection`) must match byte for byte.
enum DOTReferenceLabels {
  static func modalityStyle(of relation: Relation) -> DOTSerializer.ModalityStyle {
    guard let modality = relation.attributes["modality"]?.lexicalForm else { return .asserted }
    var text = modality
    return text.withUTF8 { DOTSerializer.modalityStyle(utf8: $0) }
  }

  /// The relation type, then what a reader needs to tell edges apart: the weapon (by its
  /// label), the quantity with its qualifier, the role, and a modality other than asserted:
  /// `supplies Shahed-136 ×more than 400 [denied]`.
  static func edgeLabel(of relation: Relation, labels: [String: String]) -> String {
    var parts = [relation.type]
    let attributes = relation.attributes
    if let weapon = attributes["weapon"]?.lexicalForm {
      parts.append(labels[weapon] ?? weapon)
    }
    if let quantity = attributes["quantity"]?.lexicalForm {
      let qualifier = attributes["quantity_qualifier"].map { $0.lexicalForm + " " } ?? ""
      parts.append("×" + qualifier + quantity)
    }
    if let role = attributes["role"]?.lexicalForm { parts.append(role) }
    if let modality = attributes["modality"]?.lexicalForm, modality != "asserted" {
      parts.append("[\(modality)]")
    }
    return parts.joined(separator: " ")
  }

  /// The full label, the type and the aliases, one a line.
  static func tooltip(of entity: Entity) -> String {
    var text = "\(entity.label)\ntype: \(entity.type)"
    if !entity.aliases.isEmpty { text += "\naliases: " + entity.aliases.joined(separator: ", ") }
    return text
  }
}
