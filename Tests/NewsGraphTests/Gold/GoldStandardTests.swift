import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

/// The committed gold annotations load and agree with the seed articles they describe.
@Suite struct GoldStandardTests {
  let gold: GoldStandard
  let seeds = RepositoryPaths.root + "/seeds"

  init() throws {
    gold = try GoldStandard.load()
  }

  func text(of document: String) throws -> String {
    try InputFile.text(InputFile.bytes(atPath: seeds + "/" + document), file: document)
  }

  @Test func loadsEveryLine() {
    #expect(gold.entities.count == 72)
    #expect(gold.relations.count == 81)
    #expect(gold.facts.count == 55)
  }

  @Test func documentsAreTheSeedArticlesOfTheIndex() throws {
    let index = try String(contentsOfFile: seeds + "/INDEX.tsv", encoding: .utf8)
    let listed = Set(
      index.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) })
    #expect(listed.count == 5)
    var used = Set<String>()
    for entity in gold.entities { used.formUnion(entity.documents) }
    for relation in gold.relations { used.insert(relation.document) }
    #expect(used == listed)
    for document in used {
      #expect(FileManager.default.fileExists(atPath: seeds + "/" + document), "\(document)")
    }
  }

  /// A person must be able to find each fact: the evidence is a verbatim substring.
  @Test func everyEvidenceOccursVerbatimInItsDocument() throws {
    for relation in gold.relations {
      let text = try text(of: relation.document)
      #expect(
        text.contains(relation.evidence), "relations.tsv:\(relation.line): \(relation.evidence)")
    }
  }

  /// Aliases are surface forms the articles use, and an entity is mentioned where it says.
  @Test func everyAliasOccursAndEveryDocumentMentionsItsEntities() throws {
    var texts: [String: String] = [:]
    for entity in gold.entities {
      for document in entity.documents where texts[document] == nil {
        texts[document] = try text(of: document).lowercased()
      }
      let mentioned = entity.documents.map { texts[$0]! }
      for alias in entity.aliases {
        #expect(
          mentioned.contains { $0.contains(alias.lowercased()) },
          "entities.tsv:\(entity.line): alias '\(alias)' of \(entity.id) is in no document")
      }
      for (document, text) in zip(entity.documents, mentioned) {
        let names = [entity.label] + entity.aliases
        #expect(
          names.contains { text.contains($0.lowercased()) },
          "entities.tsv:\(entity.line): \(entity.id) is not mentioned in \(document)")
      }
    }
  }

  @Test func relationsReferToGoldEntitiesOfFittingTypes() throws {
    let actors: Set<String> = ["State", "Organization", "Person"]
    for relation in gold.relations {
      let place = "relations.tsv:\(relation.line)"
      for id in relation.referencedEntityIDs {
        #expect(gold.entity(withID: id) != nil, "\(place): \(id)")
      }
      let source = try #require(gold.entity(withID: relation.source))
      let target = try #require(gold.entity(withID: relation.target))
      #expect(actors.contains(source.type), "\(place): source \(source.id) is a \(source.type)")
      switch relation.type {
      case "holdsRole":
        #expect(source.type == "Person", "\(place)")
        #expect(target.type == "State" || target.type == "Organization", "\(place)")
      case "partyTo":
        #expect(target.type == "Agreement", "\(place)")
      case "develops":
        #expect(target.type == "WeaponSystem", "\(place)")
      default:
        #expect(actors.contains(target.type), "\(place): target \(target.id) is a \(target.type)")
      }
      for weapon in relation.weapons {
        #expect(gold.entity(withID: weapon)?.type == "WeaponSystem", "\(place): \(weapon)")
      }
      if relation.type == "holdsRole" { #expect(relation.role != nil, "\(place): no role") }
    }
  }

  /// The issue's modality rules, as annotated.
  @Test func modalityRulesOfTheIssue() {
    let membership = gold.facts.filter { $0.type == "memberOf" && $0.source == "ukraine" }
    #expect(membership.map(\.polarity) == [.negative])
    let missiles = gold.relations.filter { $0.weapons.contains("ballistic-missile") }
    #expect(!missiles.isEmpty)
    #expect(missiles.allSatisfy { GoldPolarity(modality: $0.modality) == .unrealized })
    let components = gold.facts.filter {
      $0.type == "supplies" && $0.source == "russia" && $0.target == "iran"
    }
    #expect(components.map(\.polarity) == [.unrealized])
  }

  @Test func theGoldGraphScoresPerfectly() throws {
    let evaluation = GoldEvaluator(gold: gold).evaluate(try gold.graph())
    print(evaluation.report())
    #expect(evaluation.entities == GoldScore(gold: 72, extracted: 72, matched: 72))
    #expect(evaluation.relations == GoldScore(gold: 55, extracted: 55, matched: 55))
    #expect(evaluation.entities.f1 == 1)
    #expect(evaluation.relations.f1 == 1)
    #expect(evaluation.missedEntities.isEmpty && evaluation.spuriousEntities.isEmpty)
    #expect(evaluation.missedFacts.isEmpty && evaluation.spuriousRelations.isEmpty)
  }
}
