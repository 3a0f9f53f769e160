/// What `ClaimQualifier` reads around one trigger, which depends on the sentence and the
/// trigger only, never on the candidate: so candidates sharing a trigger (coordinated ends,
/// several rules) share one reading.
struct TriggerReading {
  /// The modality of the cues that reach the trigger (`asserted` when none does).
  var cueModality: Modality
  /// The speaker found in the sentence, else the one its quotation carries.
  var speaker: ReportedSpeaker?
  /// Whether `speaker` is a quotation's, carried from another sentence.
  var carried: Bool
  /// `ClaimQualifier.isInfinitive`: "to" right before the trigger.
  var isInfinitive: Bool
  /// The dispute phrase after the trigger; nil until looked for (only asserted and alleged
  /// claims need it), then `.some(nil)` when there is none.
  var dispute: DisputedClaim??

  init(
    _ trigger: Range<Int>, in view: QualifiedSentence, qualifier: ClaimQualifier,
    resolver: SpeakerResolver, quotes: QuotedSpeech
  ) {
    let finding = qualifier.modalityDetector.modality(
      in: view.bytes, trigger: trigger, cues: view.cues, boundaries: view.boundaries)
    var modality = finding.modality
    if let cue = finding.cueRange, ClaimQualifier.separates(cue, from: trigger, in: view.words) {
      modality = .asserted
    }
    cueModality = modality
    var speaker = resolver.speaker(
      of: trigger, in: view.sentence, bytes: view.bytes, speakers: view.speakers,
      verbs: view.verbs, words: view.words)
    carried = false
    if speaker == nil, let quoted = quotes.carried[view.sentence.index] {
      speaker = quoted
      carried = true
    }
    self.speaker = speaker
    isInfinitive = ClaimQualifier.isInfinitive(trigger, in: view.words)
    dispute = nil
  }
}
