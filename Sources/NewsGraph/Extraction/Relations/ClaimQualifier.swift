/// Decides how each relation candidate is claimed: its `modality`, who it is `attributed_to`
/// and with which `reporting_verb`, for every candidate source alike.
///
/// Rules (also in `ontology/relations/README.md`):
/// 1. `ModalityDetector` judges the trigger; a modality a source already set is kept when it
///    ranks higher.
///    A cue separated from a later trigger by "which"/"who" or by "and the"/", and" does not
///    reach it (the trigger is in a relative clause or another conjunct).
/// 2. `AttributionDetector` finds the speaker in the sentence; a pronoun speaker is the nearest
///    earlier Person ("he said") or State/Organization ("it said"). Without one, a sentence
///    inside a quotation, or right after "X said:", carries that quotation's speaker
///    (`QuotedSpeech`).
/// 3. A denying reporting verb makes the claim `denied` (unless it is already `negated`): "Iran
///    denies supplying drones to Russia". An alleging verb makes an otherwise asserted claim
///    `alleged`, and so does "report" from the speaker: news outlets reporting a fact have not
///    confirmed it.
/// 4. A trigger after an infinitive "to" that nothing else qualifies is `intended` ("landed in
///    Washington to meet Biden"), except after "began to", "continued to" and the like.
/// 5. Confidence drops by 5% for a speaker found through a pronoun or a quotation.
/// 6. A claim followed by ", a claim X denies" (`DisputedClaim`) is `alleged`, and X's denial
///    is the same relation again, `denied` and attributed to X.
/// 7. A `supplies` relation gets `status` `planned` when planned, and `delivered` when asserted
///    with a past form of the trigger ("delivered", "sent", "handed over").
public struct ClaimQualifier: Sendable {
  public let modalityDetector: ModalityDetector
  public let attributionDetector: AttributionDetector

  /// Verbs after which an infinitive reports what happens, not what is meant to.
  static let factualInfinitives: Set<String> = [
    "began", "begun", "begin", "begins", "started", "start", "starts", "continued", "continue",
    "continues", "used", "use", "uses", "using", "helped", "help", "helps", "managed", "went",
    "came", "ought",
  ]

  public init(cues: CueLexicon) {
    modalityDetector = ModalityDetector(lexicon: cues)
    attributionDetector = AttributionDetector(lexicon: cues)
  }

  /// The candidates of one document as final relations, in the candidates' order.
  /// Relations of a rule in `presupposed` are asserted (or keep the modality their source set)
  /// and attributed to nobody.
  public func qualify(
    _ candidates: [RelationCandidate], in document: ResolvedDocument,
    presupposed: Set<String> = []
  ) -> [ExtractedRelation] {
    var candidates = candidates
    return qualify(
      &candidates, in: document, presupposed: presupposed, texts: SentenceTexts(document))
  }

  /// `qualify(_:in:presupposed:)` with the sentences' words and boundaries taken from `texts`
  /// (shared with the pattern rules, which read the same sentences). Each candidate's
  /// relation is moved out of `candidates` (whose attributes are left empty): a relation still
  /// sharing its attribute dictionary with the candidate would copy and rehash the whole
  /// dictionary at the first attribute set here.
  func qualify(
    _ candidates: inout [RelationCandidate], in document: ResolvedDocument,
    presupposed: Set<String>, texts: SentenceTexts
  ) -> [ExtractedRelation] {
    guard !candidates.isEmpty else { return [] }
    let resolver = SpeakerResolver(document: document, detector: attributionDetector)
    let quotes = QuotedSpeech(document: document, resolver: resolver)
    var sentences: [Int: QualifiedSentence] = [:]
    var readings: [TriggerSpot: TriggerReading] = [:]
    var result: [ExtractedRelation] = []
    for index in candidates.indices {
      let trigger = candidates[index].trigger
      var relation = candidates[index].relation
      candidates[index].relation.attributes = [:]
      if case .string(let rule)? = relation.attributes["rule"], presupposed.contains(rule) {
        if relation.attributes["modality"] == nil {
          relation.attributes["modality"] = .string(Modality.asserted.rawValue)
        }
        if relation.attributes["confidence"] == nil {
          relation.attributes["confidence"] = .double(0.5)
        }
        result.append(relation)
        continue
      }
      guard let sentence = document.sentence(at: relation.provenance.sentence) else {
        result.append(relation)
        continue
      }
      let view: QualifiedSentence
      if let known = sentences[sentence.index] {
        view = known
      } else {
        view = QualifiedSentence(
          sentence, in: document, qualifier: self, resolver: resolver,
          text: texts.text(of: sentence))
        sentences[sentence.index] = view
      }
      let spot = TriggerSpot(sentence: sentence.index, trigger: trigger)
      var reading: TriggerReading
      if let known = readings[spot] {
        reading = known
      } else {
        reading = TriggerReading(
          trigger, in: view, qualifier: self, resolver: resolver, quotes: quotes)
        readings[spot] = reading
      }
      var modality = reading.cueModality
      if case .string(let preset)? = relation.attributes["modality"],
        let given = Modality(rawValue: preset), given > modality
      {
        modality = given
      }
      let speaker = reading.speaker
      let carried = reading.carried
      if let speaker, !carried {
        switch speaker.stance {
        case .denying where modality != .negated:
          modality = .denied
        case .alleging where modality == .asserted:
          modality = .alleged
        case .neutral where modality == .asserted && speaker.verb == "report":
          modality = .alleged
        default: break
        }
      }
      if modality == .asserted && reading.isInfinitive {
        modality = .intended
      }
      relation.attributes["modality"] = .string(modality.rawValue)
      if relation.type == "supplies" && relation.attributes["status"] == nil {
        if modality == .planned {
          relation.attributes["status"] = .string("planned")
        } else if modality == .asserted && Self.isPastForm(trigger, in: view.words) {
          relation.attributes["status"] = .string("delivered")
        }
      }
      if let speaker {
        relation.attributes["attributed_to"] = .string(speaker.entity)
        relation.attributes["reporting_verb"] = .string(speaker.verb)
        if speaker.viaPronoun || carried,
          case .double(let value)? = relation.attributes["confidence"]
        {
          relation.attributes["confidence"] = .double((value * 95).rounded() / 100)
        }
      }
      if relation.attributes["confidence"] == nil {
        relation.attributes["confidence"] = .double(0.5)
      }
      if (modality == .asserted || modality == .alleged) && reading.dispute == nil {
        reading.dispute = .some(
          DisputedClaim.find(in: view.words, after: trigger, mentions: view.mentions))
        readings[spot] = reading
      }
      if modality == .asserted || modality == .alleged, let dispute = reading.dispute ?? nil,
        dispute.entity != relation.source || relation.type != "memberOf"
      {
        relation.attributes["modality"] = .string(Modality.alleged.rawValue)
        result.append(relation)
        var denied = relation
        denied.attributes["modality"] = .string(Modality.denied.rawValue)
        denied.attributes["attributed_to"] = .string(dispute.entity)
        denied.attributes["reporting_verb"] = .string(dispute.verb)
        denied.attributes["status"] = nil
        result.append(denied)
        continue
      }
      result.append(relation)
    }
    return result
  }

  /// Whether a relative pronoun ("which", "who") or a coordination of noun phrases ("and the",
  /// ", and") stands between a cue and a later trigger: the trigger then belongs to another
  /// clause than the cue ("Moscow will supply components in return for drones which Russia has
  /// been using": "will" does not reach "using").
  static func separates(_ cue: Range<Int>, from trigger: Range<Int>, in words: SentenceWords)
    -> Bool
  {
    guard cue.upperBound <= trigger.lowerBound else { return false }
    let bytes = words.bytes
    let span = words.words(in: cue.upperBound..<trigger.lowerBound)
    for index in span {
      let word = words.lower(index)
      if ["which", "who", "whom", "whose"].contains(word) { return true }
      if word == "and" {
        let comma =
          words.words[index].lowerBound >= 2
          && bytes[words.words[index].lowerBound - 2] == UInt8(ascii: ",")
        let next = index + 1 < span.upperBound ? words.lower(index + 1) : ""
        if comma || ["the", "a", "an", "its", "their"].contains(next) { return true }
      }
    }
    return false
  }

  /// Past forms that do not end in "-ed".
  static let irregularPasts: Set<String> = [
    "sent", "sold", "gave", "given", "built", "bought", "handed", "shipped", "made", "brought",
  ]

  /// Whether the trigger's first word is a past form ("delivered", "sent", "handed over").
  static func isPastForm(_ trigger: Range<Int>, in words: SentenceWords) -> Bool {
    let index = words.firstWord(from: trigger.lowerBound)
    guard index < words.words.count, words.words[index].lowerBound < trigger.upperBound else {
      return false
    }
    let word = words.lower(index)
    return word.hasSuffix("ed") || irregularPasts.contains(word)
  }

  /// Whether "to" stands right before the trigger, after a verb that does not report a fact.
  static func isInfinitive(_ trigger: Range<Int>, in words: SentenceWords) -> Bool {
    let index = words.firstWord(from: trigger.lowerBound) - 1
    guard index >= 0, words.lower(index) == "to",
      words.words(in: words.words[index].upperBound..<trigger.lowerBound).isEmpty
    else { return false }
    return index == 0 || !Self.factualInfinitives.contains(words.lower(index - 1))
  }
}
