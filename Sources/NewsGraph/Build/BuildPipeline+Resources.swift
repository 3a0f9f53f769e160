extension BuildPipeline {
  /// The pipeline with the rules of the ontology folder: the lexicon for mentions, the relation
  /// patterns, the role and agreement rules, the cues for modality and attribution, and event dates.
  ///
  /// The matcher and the relation extractor compile and index the lexicon in several
  /// independent parts (two automatons, the rules' tables); the parts are built side by side on
  /// `workers` threads (`--jobs`), which the pipeline then uses.
  public init(resources: ExtractionResources, workers: Int = ParallelMap.processorCount) {
    let lexicon = resources.lexicon
    let built = ParallelMap.map(BuiltStage.Part.allCases, workers: workers) {
      BuiltStage($0, lexicon: lexicon)
    }
    var names: EntityMatcher.CompiledNames?
    var agreementNames: AgreementLexicon?
    var titledPersons: TitledPersonRule?
    var namedWeapons: NamedWeaponRule?
    var ministries: MinistryRule?
    var agreements: AgreementRule?
    var actingStates: [String: String]?
    for part in built {
      switch part {
      case .names(let value): names = value
      case .agreementNames(let value): agreementNames = value
      case .titledPersons(let value): titledPersons = value
      case .namedWeapons(let value): namedWeapons = value
      case .ministries(let value): ministries = value
      case .agreements(let value): agreements = value
      case .actingStates(let value): actingStates = value
      }
    }
    guard let names, let agreementNames, let titledPersons, let namedWeapons, let ministries,
      let agreements, let actingStates
    else { preconditionFailure("ParallelMap builds every part") }
    let matcher = EntityMatcher(
      lexicon: lexicon, names: names, titledPersons: titledPersons, ministries: ministries,
      namedWeapons: namedWeapons, agreements: agreements)
    let extractor = RelationExtractor(
      patterns: resources.patterns, cues: resources.cues, lexicon: lexicon,
      agreementNames: agreementNames, actingStates: actingStates)
    let dating = EventDating()
    self.init(lexicon: lexicon, matcher: matcher) {
      dating.dated(extractor.facts(in: $0), in: $0)
    }
    self.workers = max(1, workers)
  }
}
