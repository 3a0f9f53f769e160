/// Finds date expressions in a sentence and anchors them to the article's publication date, so
/// that a relation can carry the day, month or year of the event rather than of the article.
///
/// Pure and byte-level: the text is read as UTF-8, words are runs of ASCII letters and digits
/// (or of non-ASCII letters, which never match), and no calendar library is involved. Forms
/// and rules:
/// - `yesterday`, `today`, `tonight`, `tomorrow`: the day before, of, after publication.
/// - `last` / `this` / `next` + `week` / `month` / `year`: the period before, holding, or after
///   the publication date. Weeks run Monday to Sunday (ISO 8601) and are intervals.
/// - `earlier this` / `later this` + `week` / `month` / `year`: from the period's start to the
///   publication date, or from it to the period's end.
/// - A weekday ("on Monday", "Monday's talks"): the most recent such day **on or before** the
///   publication date, since news mostly reports what happened (a Monday article's "on Monday"
///   is that Monday). After a future cue in the eight words before it, in the same clause
///   ("will", "shall", "'ll", "due", "scheduled", "upcoming", "expected"), the first such day on
///   or after publication. `last Monday` is strictly before, `next Monday` strictly after.
/// - A day and month ("on 12 January", "Aug 5", "January 12"): with no year, the most recent
///   such date on or before publication (after a future cue, on or after); "12 January 2023" and
///   "January 12, 2023" as written. A 29 February without a year goes to the nearest leap year.
/// - A month with a year ("in March 2022", "Sept. 2023"); a bare month needs a preposition
///   before it ("in May", "by March", "early June") and is the most recent such month up to the
///   publication's (future cue: the next); `last March` is before the publication's month,
///   `next March` after it, `this March` in its year.
/// - A bare year needs a preposition ("in 2014", "since 2021", "by 2030", "mid-2024").
/// - `since` + any of the above: the interval from its first day to the publication date
///   ("since September" is from the most recent 1 September on or before publication).
/// - `N days/weeks/months/years ago` (digits or "a", "one" … "twelve").
///
/// Not dates: "may" and "march" in lower case (the verbs), any month name without a capital,
/// a capitalized "May" or "March" with neither a preposition before nor a day or year beside it
/// ("Russia May Attack", "Troops March"), "May's" (Theresa May), abbreviations alone ("Mar"),
/// numeric dates such as "12/01/2023" (day and month order is ambiguous) and numbers that go on
/// past a comma, point, slash or colon ("1,000", "5:30"). Matching ignores case except for the
/// capital that month names need.
///
/// The byte range of an expression leaves out placing prepositions ("on", "in") and keeps the
/// words that change its meaning ("since", "last", "earlier this").
public struct TemporalExpressions: Sendable {
  public init() {}

  /// The expressions in `text`, in text order, none overlapping.
  public func find(in text: String, published: CalendarDate) -> [TemporalExpression] {
    find(in: Array(text.utf8), published: published)
  }

  /// The expressions in UTF-8 `bytes` (a sentence's text); byte ranges are offsets into them.
  /// - Complexity: O(n) in the number of bytes.
  public func find(in bytes: [UInt8], published: CalendarDate) -> [TemporalExpression] {
    TemporalScan(bytes: bytes, published: published).expressions()
  }
}
