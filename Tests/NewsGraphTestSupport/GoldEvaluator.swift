import Foundation
import NewsGraph

/// Scores a `KnowledgeGraph` against the gold annotations.
///
/// Entities: an extracted entity matches a gold entity of the same type with the same id, or
/// one of whose names (label or aliases) equals one of the extracted entity's names after
/// `normalizedName`. Matching is one-to-one, in three passes so the surest pairs are made first:
/// same id, then the gold label among the extracted entity's names, then any shared name; within
/// a pass, gold entities in id order take the first free extracted entity in graph order. An
/// extracted entity left over is spurious (an unmerged duplicate counts as spurious too:
/// resolution is part of what is measured).
///
/// Relations: the ends of an extracted relation are mapped to gold ids through the entity
/// matching; it matches the gold fact with the same type, ends (either order for `meets`) and
/// polarity of its `modality` attribute (a relation without one is read as asserted; one with an
/// unknown modality matches nothing). Each gold fact matches at most one extracted relation;
/// a second relation for the same fact is spurious. Relations of a type the gold does not
/// annotate (`covers`, agreement → weapon) are not scored at all.
public struct GoldEvaluator: Sendable {
  public let gold: GoldStandard

  public init(gold: GoldStandard) {
    self.gold = gold
  }

  /// Lower case, `’` read as `'`, without a leading "the " and a trailing possessive ('s or ').
  public static func normalizedName(_ name: String) -> String {
    var text = name.replacingOccurrences(of: "\u{2019}", with: "'").lowercased()
    text = text.trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("the ") { text = String(text.dropFirst(4)) }
    if text.hasSuffix("'s") {
      text = String(text.dropLast(2))
    } else if text.hasSuffix("'") {
      text = String(text.dropLast(1))
    }
    return text
  }

  public func evaluate(_ graph: KnowledgeGraph) -> GoldEvaluation {
    let entityMatches = matchEntities(Array(graph.entities))
    var goldOfExtracted: [String: String] = [:]
    for (goldID, extractedID) in entityMatches { goldOfExtracted[extractedID] = goldID }

    var entityScores: [String: GoldScore] = [:]
    for entity in gold.entities { entityScores[entity.type, default: GoldScore()].gold += 1 }
    for entity in graph.entities {
      entityScores[entity.type, default: GoldScore()].extracted += 1
      if goldOfExtracted[entity.id] != nil { entityScores[entity.type]!.matched += 1 }
    }
    let missedEntities = gold.entities.filter { entityMatches[$0.id] == nil }
    let spuriousEntities = graph.entities.filter { goldOfExtracted[$0.id] == nil }

    var factIndex: [String: Int] = [:]
    for (index, fact) in gold.facts.enumerated() { factIndex[fact.key] = index }
    var matchedFacts = Set<Int>()
    var relationScores: [String: GoldScore] = [:]
    for fact in gold.facts { relationScores[fact.type, default: GoldScore()].gold += 1 }
    var spuriousRelations: [GoldEvaluation.SpuriousRelation] = []
    for relation in graph.relations where GoldStandard.relationTypes.contains(relation.type) {
      relationScores[relation.type, default: GoldScore()].extracted += 1
      let reason: String
      if let source = goldOfExtracted[relation.source],
        let target = goldOfExtracted[relation.target]
      {
        let modality = Self.modality(of: relation)
        if let polarity = GoldPolarity(modality: modality) {
          let key = GoldFact.key(
            type: relation.type, source: source, target: target, polarity: polarity)
          if let index = factIndex[key] {
            if matchedFacts.insert(index).inserted {
              relationScores[relation.type]!.matched += 1
              continue
            }
            reason = "duplicate of a fact already matched"
          } else {
            reason = "no gold fact \(relation.type) \(source) -> \(target) [\(polarity.rawValue)]"
          }
        } else {
          reason = "unknown modality '\(modality)'"
        }
      } else {
        reason = "an end is not a matched gold entity"
      }
      spuriousRelations.append(.init(relation: relation, reason: reason))
    }
    let missedFacts = gold.facts.indices.filter { !matchedFacts.contains($0) }.map {
      gold.facts[$0]
    }
    return GoldEvaluation(
      entityScores: entityScores, relationScores: relationScores,
      entityMatches: entityMatches, missedEntities: missedEntities,
      spuriousEntities: spuriousEntities, missedFacts: missedFacts,
      spuriousRelations: spuriousRelations)
  }

  /// The relation's modality; "asserted" when it has none.
  static func modality(of relation: Relation) -> String {
    relation.attributes["modality"]?.lexicalForm ?? "asserted"
  }

  /// Gold id → extracted id.
  func matchEntities(_ extracted: [Entity]) -> [String: String] {
    var matches: [String: String] = [:]
    var taken = Set<String>()
    let extractedNames = extracted.map { entity in
      Set(([entity.label] + entity.aliases).map(Self.normalizedName))
    }
    let passes: [(GoldEntity, Int) -> Bool] = [
      { goldEntity, index in extracted[index].id == goldEntity.id },
      { goldEntity, index in
        extractedNames[index].contains(Self.normalizedName(goldEntity.label))
      },
      { goldEntity, index in
        !extractedNames[index].isDisjoint(
          with: ([goldEntity.label] + goldEntity.aliases).map(Self.normalizedName))
      },
    ]
    for pass in passes {
      for goldEntity in gold.entities where matches[goldEntity.id] == nil {
        let candidate = extracted.indices.first { index in
          !taken.contains(extracted[index].id) && extracted[index].type == goldEntity.type
            && pass(goldEntity, index)
        }
        if let candidate {
          matches[goldEntity.id] = extracted[candidate].id
          taken.insert(extracted[candidate].id)
        }
      }
    }
    return matches
  }
}
