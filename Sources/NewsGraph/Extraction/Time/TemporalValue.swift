/// What a date expression stands for once it is anchored to the article's publication date.
public enum TemporalValue: Sendable, Equatable {
  /// One day: "yesterday", "on Monday", "12 January 2023".
  case day(CalendarDate)
  /// One calendar month: "last month", "in March 2022".
  case month(year: Int, month: Int)
  /// One calendar year: "next year", "in 2014".
  case year(Int)
  /// A span of days, both ends included: "last week", "since September", "earlier this month".
  case interval(from: CalendarDate, until: CalendarDate)

  /// The first day the value covers; the day an event dated by it is filed under.
  public var start: CalendarDate {
    switch self {
    case .day(let date): date
    case .month(let year, let month): CalendarDate(year: year, month: month, day: 1)!
    case .year(let year): CalendarDate(year: year, month: 1, day: 1)!
    case .interval(let from, _): from
    }
  }

  /// The last day the value covers.
  public var end: CalendarDate {
    switch self {
    case .day(let date): date
    case .month(let year, let month): CalendarDate.lastDay(ofMonth: month, year: year)
    case .year(let year): CalendarDate(year: year, month: 12, day: 31)!
    case .interval(_, let until): until
    }
  }

  /// ISO 8601 text of the value: `2024-03-06`, `2024-03`, `2024`, or `2024-03-01/2024-03-07`
  /// for an interval (ISO's start/end form).
  public var isoText: String {
    switch self {
    case .day(let date): date.description
    case .month(let year, let month):
      String(CalendarDate(year: year, month: month, day: 1)!.description.prefix(7))
    case .year(let year): String(CalendarDate(year: year, month: 1, day: 1)!.description.prefix(4))
    case .interval(let from, let until): "\(from)/\(until)"
    }
  }
}
