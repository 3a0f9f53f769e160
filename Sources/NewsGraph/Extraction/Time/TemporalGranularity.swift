/// How precise a date expression is: "on Monday" names a day, "last week" a week, "in March
/// 2022" a month, "in 2014" a year. An interval ("since September") has the granularity of its
/// start.
public enum TemporalGranularity: String, Sendable, Equatable, CaseIterable {
  case day
  case week
  case month
  case year
}
