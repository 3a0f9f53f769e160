import Testing

@testable import NewsGraph

/// The day arithmetic relative dates are anchored with, checked against dates whose weekday and
/// day count are known, and against itself over four centuries.
@Suite struct CalendarDateArithmeticTests {
  func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  @Test(arguments: [
    ("1970-01-01", 0, 4), ("2000-02-29", 11_016, 2), ("2022-02-24", 19_047, 4),
    ("2024-03-07", 19_789, 4), ("2025-08-04", 20_304, 1), ("1969-12-31", -1, 3),
    ("2100-03-01", 47_541, 1),
  ])
  func knownDays(iso: String, dayNumber: Int, weekday: Int) {
    #expect(date(iso).dayNumber == dayNumber)
    #expect(date(iso).weekday == weekday)
    #expect(CalendarDate(dayNumber: dayNumber) == date(iso))
  }

  /// Every day from 1900 to 2300 follows the one before: round trip, one step, weekday cycle.
  @Test func everyDayFollowsTheOneBefore() throws {
    var previous = date("1900-01-01")
    var count = 0
    while previous.year < 2300 {
      let next = try #require(previous.adding(days: 1))
      #expect(next > previous)
      #expect(next.dayNumber == previous.dayNumber + 1)
      #expect(next.weekday == previous.weekday % 7 + 1)
      previous = next
      count += 1
    }
    // 400 Gregorian years hold 146,097 days.
    #expect(count == 146_097)
  }

  @Test func outsideTheCalendarIsNil() {
    #expect(date("0001-01-01").adding(days: -1) == nil)
    #expect(date("9999-12-31").adding(days: 1) == nil)
  }
}
