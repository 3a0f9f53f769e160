/// What a reporting verb says about the content it reports.
public enum ReportingStance: String, Sendable, CaseIterable {
  /// "said", "told": the content is reported as the speaker's.
  case neutral
  /// "alleged", "accused", "claimed": the speaker asserts something contested.
  case alleging
  /// "denied", "rejected": the speaker says the content is false; the caller marks it denied.
  case denying
}
