/// Turns agreement readings into candidates and entity facts for one document, with
/// provenance in code points and triggers relative to the sentence.
struct AgreementEmitter {
  let document: ResolvedDocument
  let bytes: [UInt8]
  private(set) var candidates: [RelationCandidate] = []
  private(set) var entityFacts: [EntityFact] = []

  init(document: ResolvedDocument, bytes: [UInt8]) {
    self.document = document
    self.bytes = bytes
  }

  func provenance(_ sentence: Sentence, _ span: Range<Int>) -> Provenance {
    Provenance(
      document: document.article.document, sentence: sentence.index,
      start: AgreementWords.scalarOffset(ofByte: span.lowerBound, in: sentence, bytes),
      end: AgreementWords.scalarOffset(ofByte: span.upperBound, in: sentence, bytes),
      evidence: sentence.text(in: document.article))
  }

  static func trigger(_ range: Range<Int>, in sentence: Sentence) -> Range<Int> {
    (range.lowerBound - sentence.bytes.lowerBound)..<(range.upperBound - sentence.bytes.lowerBound)
  }

  mutating func emit(_ reading: AgreementReading) {
    let agreement = reading.agreement.entity
    let sentence = reading.sentence
    let trigger = Self.trigger(reading.agreement.mention.bytes, in: sentence)
    let provenance = self.provenance(sentence, reading.span)
    func add(
      _ type: String, _ source: String, _ target: String, _ attributes: [String: AttributeValue]
    ) {
      let relation = ExtractedRelation(
        type: type, source: source, target: target, attributes: attributes,
        provenance: provenance)
      candidates.append(RelationCandidate(relation: relation, trigger: trigger))
    }
    for party in reading.parties where party != agreement {
      // No `weapon` column: the agreement's `covers` relations carry the weapons, and a weapon
      // on one mention's partyTo would keep it apart from the same party's other mentions.
      var attributes: [String: AttributeValue] = [
        "rule": .string(reading.partyRule), "confidence": .double(reading.partyConfidence),
      ]
      if reading.expected { attributes["modality"] = .string(Modality.planned.rawValue) }
      add("partyTo", party, agreement, attributes)
    }
    for weapon in reading.weapons {
      add(
        "covers", agreement, weapon,
        ["rule": .string("agreement-covers"), "confidence": .double(0.6)])
    }
    if reading.isSanctions {
      for party in reading.parties {
        for target in reading.targets where target != party {
          add(
            "sanctions", party, target,
            [
              "agreement": .string(agreement), "rule": .string("sanctions-agreement"),
              "confidence": .double(min(reading.partyConfidence, 0.75)),
            ])
        }
      }
    }
    if let money = reading.money {
      entityFacts.append(
        EntityFact(
          entity: agreement, name: "amount", value: .double(money.amount), provenance: provenance))
      entityFacts.append(
        EntityFact(
          entity: agreement, name: "currency", value: .string(money.currency),
          provenance: provenance))
    }
  }

  mutating func emitSupply(
    _ supply: AgreementSupply, in sentence: Sentence, reading: AgreementReading?,
    money: MoneyAmount?, weapons: [String], rule: String = "package-supply",
    modality: Modality? = nil
  ) {
    let provenance = self.provenance(sentence, supply.span)
    var attributes: [String: AttributeValue] = [
      "rule": .string(rule), "confidence": .double(reading == nil ? 0.6 : 0.7),
    ]
    if let modality { attributes["modality"] = .string(modality.rawValue) }
    if let money {
      attributes["amount"] = .double(money.amount)
      attributes["currency"] = .string(money.currency)
    }
    if !weapons.isEmpty { attributes["weapon"] = .string(weapons.joined(separator: "|")) }
    if let reading { attributes["agreement"] = .string(reading.agreement.entity) }
    for supplier in supply.suppliers {
      let relation = ExtractedRelation(
        type: "supplies", source: supplier, target: supply.recipient, attributes: attributes,
        provenance: provenance)
      candidates.append(
        RelationCandidate(relation: relation, trigger: Self.trigger(supply.verb, in: sentence)))
    }
  }

  /// Candidates and facts in text order (stable for equal positions).
  func result() -> (candidates: [RelationCandidate], entityFacts: [EntityFact]) {
    let ordered = candidates.enumerated().sorted { left, right in
      let (a, b) = (left.element.relation.provenance, right.element.relation.provenance)
      return (a.start, left.offset) < (b.start, right.offset)
    }.map(\.element)
    let facts = entityFacts.enumerated().sorted { left, right in
      (left.element.provenance.start, left.offset) < (right.element.provenance.start, right.offset)
    }.map(\.element)
    return (ordered, facts)
  }
}
