/// Day arithmetic for anchoring relative dates. Days are counted from 1970-01-01 in the
/// proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`), so adding days crosses
/// month, year and leap-day boundaries without a calendar library.
extension CalendarDate {
  /// Days since 1970-01-01 (negative before it).
  var dayNumber: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `dayNumber` days after 1970-01-01; nil outside the years 1…9999.
  init?(dayNumber: Int) {
    let shifted = dayNumber + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.init(year: year, month: month, day: day)
  }

  /// The date `days` days later (earlier when negative); nil outside the years 1…9999.
  func adding(days: Int) -> CalendarDate? {
    CalendarDate(dayNumber: dayNumber + days)
  }

  /// ISO weekday: 1 is Monday, 7 is Sunday.
  var weekday: Int {
    // 1970-01-01 was a Thursday (ISO 4).
    let offset = (dayNumber + 3) % 7
    return (offset < 0 ? offset + 7 : offset) + 1
  }

  static func lastDay(ofMonth month: Int, year: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))!
  }
}
