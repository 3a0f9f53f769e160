/// A part of the extraction stages that `BuildPipeline.init(resources:)` builds on its own
/// thread: each compiles or indexes the whole lexicon, and together they are most of a run's
/// start-up.
enum BuiltStage: Sendable {
  /// The parts, the most expensive first (workers take them in this order).
  enum Part: CaseIterable, Sendable {
    case names
    case agreementNames
    case titledPersons
    case namedWeapons
    case ministries
    case agreements
    case actingStates
  }

  case names(EntityMatcher.CompiledNames)
  case agreementNames(AgreementLexicon)
  case titledPersons(TitledPersonRule)
  case namedWeapons(NamedWeaponRule)
  case ministries(MinistryRule)
  case agreements(AgreementRule)
  case actingStates([String: String])

  /// Builds one part.
  init(_ part: Part, lexicon: Lexicon) {
    switch part {
    case .names: self = .names(EntityMatcher.names(of: lexicon))
    case .agreementNames: self = .agreementNames(AgreementLexicon(lexicon: lexicon))
    case .titledPersons: self = .titledPersons(TitledPersonRule(lexicon: lexicon))
    case .namedWeapons: self = .namedWeapons(NamedWeaponRule(lexicon: lexicon))
    case .ministries: self = .ministries(MinistryRule(lexicon: lexicon))
    case .agreements: self = .agreements(AgreementRule(lexicon: lexicon))
    case .actingStates: self = .actingStates(ActingState.map(lexicon))
    }
  }
}
