import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

/// The committed gold annotations load and agree with the articles they describe: the seeds'
/// (`Tests/Gold/`, `seeds/`) and the test articles' (`Tests/Gold/unseen/`, `Tests/Articles/`).
@Suite struct GoldStandardTests {
  @Test(arguments: GoldSet.all)
  func loadsEveryLine(set: GoldSet) throws {
    let gold = try set.load()
    #expect(gold.entities.count == set.entityCount)
    #expect(gold.relations.count == set.relationCount)
    #expect(gold.facts.count == set.factCount)
  }

  @Test(arguments: GoldSet.all)
  func documentsAreTheArticlesOfTheIndex(set: GoldSet) throws {
    let gold = try set.load()
    let listed = Set(try set.index().entries.map(\.file))
    #expect(listed.count == set.articleCount)
    var used = Set<String>()
    for entity in gold.entities { used.formUnion(entity.documents) }
    for relation in gold.relations { used.insert(relation.document) }
    #expect(used == listed)
    for document in used {
      #expect(
        FileManager.default.fileExists(atPath: set.articlesFolder + "/" + document), "\(document)")
    }
  }

  /// The test articles are dated 2023–2025 (the relative dates in them are anchored there) and
  /// each title in the index is the article's first line.
  @Test func unseenArticlesAreDatedAndTitled() throws {
    let set = GoldSet.unseen
    for entry in try set.index().entries {
      let published = try #require(entry.published, "\(entry.file) has no date")
      #expect((2023...2025).contains(published.year), "\(entry.file): \(published)")
      let firstLine = try set.text(of: entry.file).split(separator: "\n").first.map(String.init)
      #expect(firstLine == entry.title, "\(entry.file)")
    }
  }

  /// A person must be able to find each fact: the evidence is a verbatim substring.
  @Test(arguments: GoldSet.all)
  func everyEvidenceOccursVerbatimInItsDocument(set: GoldSet) throws {
    for relation in try set.load().relations {
      let text = try set.text(of: relation.document)
      #expect(
        text.contains(relation.evidence),
        "\(set.name) relations.tsv:\(relation.line): \(relation.evidence)")
    }
  }

  /// Aliases are surface forms the articles use, and an entity is mentioned where it says.
  @Test(arguments: GoldSet.all)
  func everyAliasOccursAndEveryDocumentMentionsItsEntities(set: GoldSet) throws {
    var texts: [String: String] = [:]
    for entity in try set.load().entities {
      let place = "\(set.name) entities.tsv:\(entity.line)"
      for document in entity.documents where texts[document] == nil {
        texts[document] = try set.text(of: document).lowercased()
      }
      let mentioned = entity.documents.map { texts[$0]! }
      for alias in entity.aliases {
        #expect(
          mentioned.contains { $0.contains(alias.lowercased()) },
          "\(place): alias '\(alias)' of \(entity.id) is in no document")
      }
      for (document, text) in zip(entity.documents, mentioned) {
        let names = [entity.label] + entity.aliases
        #expect(
          names.contains { text.contains($0.lowercased()) },
          "\(place): \(entity.id) is not mentioned in \(document)")
      }
    }
  }

  /// Ids are the lexicon's where the lexicon has the entity: a lexicon id keeps the lexicon's
  /// type, and an entity with its own slug is not named like a lexicon entry of its type.
  @Test(arguments: GoldSet.all)
  func lexiconEntitiesUseLexiconIDs(set: GoldSet) throws {
    let loader = LexiconLoader(ontology: try RepositoryPaths.ontology())
    let lexicon = try loader.load(folder: RepositoryPaths.root + "/ontology/lexicon")
    var named: [String: [String]] = [:]
    for form in lexicon.surfaceForms {
      named[form.text.lowercased(), default: []].append(form.entryID)
    }
    for entity in try set.load().entities {
      let place = "\(set.name) entities.tsv:\(entity.line): \(entity.id)"
      if let entry = lexicon.entry(id: entity.id) {
        #expect(entry.type == entity.type, "\(place) is a \(entry.type) in the lexicon")
        continue
      }
      let sameType = (named[entity.label.lowercased()] ?? []).filter {
        lexicon.entry(id: $0)?.type == entity.type
      }
      #expect(sameType.isEmpty, "\(place) is named like the lexicon's \(sameType)")
    }
  }

  @Test(arguments: GoldSet.all)
  func relationsReferToGoldEntitiesOfFittingTypes(set: GoldSet) throws {
    let gold = try set.load()
    let actors: Set<String> = ["State", "Organization", "Person"]
    for relation in gold.relations {
      let place = "\(set.name) relations.tsv:\(relation.line)"
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
      case "violates", "suspends":
        #expect(
          actors.contains(target.type) || target.type == "Agreement",
          "\(place): target \(target.id) is a \(target.type)")
      default:
        #expect(actors.contains(target.type), "\(place): target \(target.id) is a \(target.type)")
      }
      for weapon in relation.weapons {
        #expect(gold.entity(withID: weapon)?.type == "WeaponSystem", "\(place): \(weapon)")
      }
      if relation.type == "holdsRole" { #expect(relation.role != nil, "\(place): no role") }
    }
  }

  /// The issue's modality rules, as annotated in the seeds.
  @Test func modalityRulesOfTheIssue() throws {
    let gold = try GoldSet.seeds.load()
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

  /// The same rules in the test articles: a denial is its own fact beside the claim it denies,
  /// "has no plans to deploy" is negated, "is considering a Turkish offer" is no delivery.
  @Test func modalityRulesOfTheTestArticles() throws {
    let gold = try GoldSet.unseen.load()
    func polarities(_ type: String, _ source: String, _ target: String) -> [GoldPolarity] {
      gold.facts.filter { $0.type == type && $0.source == source && $0.target == target }
        .map(\.polarity).sorted()
    }
    #expect(polarities("supplies", "north-korea", "russia") == [.asserted, .unrealized, .negative])
    #expect(polarities("supplies", "iran", "hezbollah") == [.unrealized, .negative])
    #expect(polarities("deploys", "united-states", "taiwan") == [.negative])
    #expect(polarities("deploys", "united-states", "lebanon") == [.negative])
    #expect(polarities("supplies", "turkey", "romania") == [.unrealized])
    #expect(polarities("usesAgainst", "israel", "hezbollah") == [.unrealized])
    #expect(polarities("memberOf", "romania", "nato") == [.asserted])
    let denials = gold.relations.filter { $0.modality == "denied" }
    #expect(denials.allSatisfy { $0.attributedTo != nil })
  }

  @Test(arguments: GoldSet.all)
  func theGoldGraphScoresPerfectly(set: GoldSet) throws {
    let gold = try set.load()
    let evaluation = GoldEvaluator(gold: gold).evaluate(try gold.graph())
    print(evaluation.report())
    #expect(
      evaluation.entities
        == GoldScore(gold: set.entityCount, extracted: set.entityCount, matched: set.entityCount))
    #expect(
      evaluation.relations
        == GoldScore(gold: set.factCount, extracted: set.factCount, matched: set.factCount))
    #expect(evaluation.entities.f1 == 1)
    #expect(evaluation.relations.f1 == 1)
    #expect(evaluation.missedEntities.isEmpty && evaluation.spuriousEntities.isEmpty)
    #expect(evaluation.missedFacts.isEmpty && evaluation.spuriousRelations.isEmpty)
  }
}
