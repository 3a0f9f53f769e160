/// The diagnostics of one node-link read, gathered per column and issue so that a million
/// `null`s make one note rather than a million.
struct NodeLinkReports {
  enum Issue: Int, Hashable {
    case bigInteger, null, notADate, duplicate
  }

  struct Key: Hashable {
    let issue: Issue
    let domain: AttributeDomain
    let column: ScalarKey
  }

  struct Report {
    let key: Key
    var count: Int
    let firstElement: String
  }

  private(set) var reports: [Report] = []
  private var index: [Key: Int] = [:]

  init() {}

  mutating func report(
    _ issue: Issue, _ domain: AttributeDomain, _ column: String,
    _ element: @autoclosure () -> String,
    count: Int = 1
  ) {
    let key = Key(issue: issue, domain: domain, column: ScalarKey(column))
    if let position = index[key] {
      reports[position].count += count
    } else {
      index[key] = reports.count
      reports.append(Report(key: key, count: count, firstElement: element()))
    }
  }

  /// Appends another read's reports after these (merging equal keys).
  mutating func append(_ other: NodeLinkReports) {
    for report in other.reports {
      self.report(
        report.key.issue, report.key.domain, report.key.column.text, report.firstElement,
        count: report.count)
    }
  }

  func diagnostics(at location: InputLocation) -> [Diagnostic] {
    reports.map { report in
      let column = report.key.column.text
      let subject =
        report.key.domain == .graph
        ? "graph attribute '\(column)'" : "attribute '\(column)' of \(report.firstElement)"
      let more = report.count == 1 ? "" : " (and \(report.count - 1) more)"
      switch report.key.issue {
      case .bigInteger:
        return Diagnostic(
          .warning,
          "\(subject)\(more) is an integer beyond 64 bits; it is kept as a string of its digits",
          at: location)
      case .null:
        return Diagnostic(
          .note, "\(subject)\(more) is null; it was dropped (the model has no null)",
          at: location)
      case .notADate:
        return Diagnostic(
          .warning,
          "\(subject)\(more) is not a YYYY-MM-DD date, though \"date_attributes\" declares "
            + "the column; it stays a string", at: location)
      case .duplicate:
        return Diagnostic(
          .warning,
          "\(report.firstElement)\(more) has the member '\(column)' more than once; the last "
            + "value is kept, as Python's json does", at: location)
      }
    }
  }
}
