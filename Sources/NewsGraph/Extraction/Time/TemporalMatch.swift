/// A date expression recognised by `TemporalScan`, as word indexes before it becomes a
/// `TemporalExpression` with byte offsets.
struct TemporalMatch {
  var value: TemporalValue
  var granularity: TemporalGranularity
  /// Index of the first word of the expression.
  var first: Int
  /// Index of the last word of the expression.
  var last: Int
}
