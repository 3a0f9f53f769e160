/// One pass of `TemporalExpressions` over one text: the words, the publication date, and the
/// patterns tried at each word, longest first.
struct TemporalScan {
  let bytes: [UInt8]
  /// `bytes` in ASCII lower case.
  let lower: [UInt8]
  let words: [TemporalWord]
  let published: CalendarDate

  init(bytes: [UInt8], published: CalendarDate) {
    self.bytes = bytes
    self.lower = bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    self.words = TemporalWord.words(in: bytes, lower: lower)
    self.published = published
  }

  /// Every expression, in text order, none overlapping: after a match the scan goes on after its
  /// last word.
  func expressions() -> [TemporalExpression] {
    var found: [TemporalExpression] = []
    var index = 0
    while index < words.count {
      guard let match = match(at: index) else {
        index += 1
        continue
      }
      let range = words[match.first].bytes.lowerBound..<words[match.last].bytes.upperBound
      found.append(
        TemporalExpression(
          bytes: range, text: String(decoding: bytes[range], as: UTF8.self), value: match.value,
          granularity: match.granularity))
      index = match.last + 1
    }
    return found
  }

  private func match(at index: Int) -> TemporalMatch? {
    if words[index].term == .since, isSpaced(index + 1),
      let inner = date(at: index + 1, afterPreposition: true)
    {
      // "since X": from the start of X until the publication date.
      guard inner.value.start <= published else { return nil }
      return TemporalMatch(
        value: .interval(from: inner.value.start, until: published),
        granularity: inner.granularity, first: index, last: inner.last)
    }
    return date(at: index, afterPreposition: followsPreposition(index))
  }

  /// A date expression starting at word `index`. `afterPreposition`: a word such as "in" or
  /// "since" comes just before, which a bare month or year needs to count as a date.
  private func date(at index: Int, afterPreposition: Bool) -> TemporalMatch? {
    let word = words[index]
    // Only a vocabulary word or a number starts an expression.
    guard word.term != nil || word.number != nil || word.dayOfMonth != nil else { return nil }
    if word.term == .yesterday { return day(published.adding(days: -1), index, index) }
    if word.term == .today || word.term == .tonight { return day(published, index, index) }
    if word.term == .tomorrow { return day(published.adding(days: 1), index, index) }
    if word.term == .earlier || word.term == .later, isSpaced(index + 1),
      words[index + 1].term == .this, isSpaced(index + 2), let unit = period(index + 2)
    {
      let whole = relativePeriod(unit, offset: 0)
      let value: TemporalValue =
        word.term == .earlier
        ? .interval(from: whole.start, until: published)
        : .interval(from: published, until: whole.end)
      return TemporalMatch(value: value, granularity: unit, first: index, last: index + 2)
    }
    if word.term == .last || word.term == .next || word.term == .this, isSpaced(index + 1) {
      let offset = word.term == .last ? -1 : word.term == .next ? 1 : 0
      if let unit = period(index + 1) {
        return TemporalMatch(
          value: relativePeriod(unit, offset: offset), granularity: unit, first: index,
          last: index + 1)
      }
      if let weekday = weekday(index + 1) {
        let date =
          offset == 0
          ? anchoredWeekday(weekday, future: isFuture(before: index))
          : nearestWeekday(weekday, strictlyAfter: offset > 0)
        return day(date, index, index + 1)
      }
      if let month = fullMonth(index + 1) {
        let year: Int
        switch offset {
        case -1: year = month < published.month ? published.year : published.year - 1
        case 1: year = month > published.month ? published.year : published.year + 1
        default: year = published.year
        }
        return TemporalMatch(
          value: .month(year: year, month: month), granularity: .month, first: index,
          last: index + 1)
      }
    }
    if let count = count(index), isSpaced(index + 1), index + 2 < words.count,
      let unit = words[index + 1].term?.agoUnit, isSpaced(index + 2), words[index + 2].term == .ago
    {
      return ago(count, unit, first: index, last: index + 2)
    }
    if let weekday = weekday(index) {
      return day(anchoredWeekday(weekday, future: isFuture(before: index)), index, index)
    }
    if let dayOfMonth = word.dayOfMonth, !continuesNumber(after: index), isSpaced(index + 1),
      let month = anyMonth(index + 1)
    {
      // "12 January 2023", "12 January".
      let hasYear = isSpaced(index + 2) && words[index + 2].year != nil
      let last = hasYear ? index + 2 : index + 1
      let date =
        hasYear
        ? CalendarDate(year: words[index + 2].year!, month: month, day: dayOfMonth)
        : anchoredDay(month: month, day: dayOfMonth, future: isFuture(before: index))
      return day(date, index, last)
    }
    if let month = anyMonth(index) {
      let abbreviated = fullMonth(index) == nil
      let joined = isSpaced(index + 1) || (abbreviated && isPeriodSpaced(index + 1))
      if joined, let dayOfMonth = words[index + 1].dayOfMonth, !continuesNumber(after: index + 1) {
        // "January 12, 2023", "January 12 2023", "Aug 5".
        let hasYear =
          (isCommaSpaced(index + 2) || isSpaced(index + 2)) && words[index + 2].year != nil
        let last = hasYear ? index + 2 : index + 1
        let date =
          hasYear
          ? CalendarDate(year: words[index + 2].year!, month: month, day: dayOfMonth)
          : anchoredDay(month: month, day: dayOfMonth, future: isFuture(before: index))
        return day(date, index, last)
      }
      let afterDay = isSpaced(index) && words[index - 1].dayOfMonth != nil
      if joined, !afterDay, let year = words[index + 1].year, !continuesNumber(after: index + 1) {
        // "March 2022"; not the end of an impossible "29 February 2023".
        return TemporalMatch(
          value: .month(year: year, month: month), granularity: .month, first: index,
          last: index + 1)
      }
      if !abbreviated && afterPreposition && !isPossessive(index) {
        let future = isFuture(before: index)
        let year: Int
        if future {
          year = month >= published.month ? published.year : published.year + 1
        } else {
          year = month <= published.month ? published.year : published.year - 1
        }
        return TemporalMatch(
          value: .month(year: year, month: month), granularity: .month, first: index, last: index)
      }
      return nil
    }
    if afterPreposition, let year = word.year, !continuesNumber(after: index),
      !continuesNumber(before: index), !countsSomething(index)
    {
      return TemporalMatch(value: .year(year), granularity: .year, first: index, last: index)
    }
    return nil
  }

  // MARK: anchoring

  private func day(_ date: CalendarDate?, _ first: Int, _ last: Int) -> TemporalMatch? {
    date.map { TemporalMatch(value: .day($0), granularity: .day, first: first, last: last) }
  }

  /// The week, month or year `offset` periods from the one holding the publication date. Weeks
  /// run Monday to Sunday (ISO 8601).
  private func relativePeriod(_ unit: TemporalGranularity, offset: Int) -> TemporalValue {
    switch unit {
    case .day:
      return .day(published.adding(days: offset) ?? published)
    case .week:
      let monday = published.adding(days: 1 - published.weekday + 7 * offset) ?? published
      return .interval(from: monday, until: monday.adding(days: 6) ?? monday)
    case .month:
      let index = published.year * 12 + (published.month - 1) + offset
      return .month(year: index / 12, month: index % 12 + 1)
    case .year:
      return .year(published.year + offset)
    }
  }

  /// A weekday without "last" or "next": news reports what happened, so by default the most
  /// recent such day on or before the publication date (a Monday paper's "on Monday" is that
  /// day); after a future cue ("will meet on Monday") the first such day on or after it.
  private func anchoredWeekday(_ weekday: Int, future: Bool) -> CalendarDate? {
    let back = (published.weekday - weekday + 7) % 7
    let ahead = (weekday - published.weekday + 7) % 7
    return published.adding(days: future ? ahead : -back)
  }

  /// "last Monday" is the Monday strictly before the publication date, "next Monday" the one
  /// strictly after it.
  private func nearestWeekday(_ weekday: Int, strictlyAfter: Bool) -> CalendarDate? {
    if strictlyAfter {
      let ahead = (weekday - published.weekday + 7) % 7
      return published.adding(days: ahead == 0 ? 7 : ahead)
    }
    let back = (published.weekday - weekday + 7) % 7
    return published.adding(days: -(back == 0 ? 7 : back))
  }

  /// A day and month without a year: the most recent such date on or before the publication
  /// date (after a future cue, the first on or after it). A 29 February goes back, or forward,
  /// to the nearest leap year.
  private func anchoredDay(month: Int, day: Int, future: Bool) -> CalendarDate? {
    var year = published.year
    for _ in 0..<9 {
      if let date = CalendarDate(year: year, month: month, day: day),
        future ? date >= published : date <= published
      {
        return date
      }
      year += future ? 1 : -1
    }
    return nil
  }

  private func ago(_ count: Int, _ unit: TemporalGranularity, first: Int, last: Int)
    -> TemporalMatch?
  {
    let value: TemporalValue
    switch unit {
    case .day, .week:
      guard let date = published.adding(days: -count * (unit == .day ? 1 : 7)) else { return nil }
      value = .day(date)
    case .month:
      let index = published.year * 12 + (published.month - 1) - count
      value = .month(year: index / 12, month: index % 12 + 1)
    case .year:
      value = .year(published.year - count)
    }
    return TemporalMatch(value: value, granularity: unit, first: first, last: last)
  }

  /// Whether a future cue ("will", "due", "scheduled"…) is among the eight words before `index`
  /// in the same clause.
  private func isFuture(before index: Int) -> Bool {
    var position = index
    var steps = 0
    while position > 0 && steps < 8 {
      if words[position].gapBefore.contains(where: { Self.isClauseEnd(bytes[$0]) }) {
        return false
      }
      position -= 1
      steps += 1
      // A cue in title case is a name ("Will Smith"), not the auxiliary.
      if words[position].term?.isFutureCue == true && !isTitleCase(position) {
        return true
      }
    }
    return false
  }

  // MARK: words

  private func period(_ index: Int) -> TemporalGranularity? {
    index < words.count ? words[index].term?.period : nil
  }

  private func count(_ index: Int) -> Int? {
    let word = words[index]
    if let number = word.number, (1...99).contains(number), word.bytes.count <= 2 {
      return number
    }
    return word.term?.count
  }

  private func weekday(_ index: Int) -> Int? {
    index < words.count ? words[index].term?.weekday : nil
  }

  /// A full month name written with a capital ("May", "MAY"): lower-case "may" and "march" are
  /// the verbs, and news always capitalizes months.
  private func fullMonth(_ index: Int) -> Int? {
    guard index < words.count, words[index].isCapitalized else { return nil }
    return words[index].term?.month
  }

  private func anyMonth(_ index: Int) -> Int? {
    guard index < words.count, words[index].isCapitalized, let term = words[index].term else {
      return nil
    }
    return term.month ?? term.abbreviatedMonth
  }

  /// Bytes that end a clause: a future cue before one of them does not reach past it.
  private static func isClauseEnd(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
      UInt8(ascii: "?"):
      true
    default: false
    }
  }

  /// A capital followed by at least one lower-case letter: "Will", not "will" or "WILL".
  private func isTitleCase(_ index: Int) -> Bool {
    let word = words[index]
    guard word.isCapitalized else { return false }
    return bytes[word.bytes].dropFirst().contains { $0 &- 0x61 < 26 }
  }

  private func followsPreposition(_ index: Int) -> Bool {
    guard index > 0, words[index - 1].term?.isDatePreposition == true else { return false }
    if isSpaced(index) { return true }
    // "mid-2024", "early-March".
    return words[index - 1].term?.joinsByHyphen == true
      && gap(index).elementsEqual([UInt8(ascii: "-")])
  }

  // MARK: gaps

  private func gap(_ index: Int) -> ArraySlice<UInt8> { bytes[words[index].gapBefore] }

  /// Only whitespace (at least one byte of it) separates word `index` from the one before.
  private func isSpaced(_ index: Int) -> Bool {
    guard index > 0, index < words.count else { return false }
    return Self.isSpace(gap(index))
  }

  /// ", " between the previous word and word `index`.
  private func isCommaSpaced(_ index: Int) -> Bool {
    guard index > 0, index < words.count else { return false }
    let between = gap(index)
    return between.first == UInt8(ascii: ",") && Self.isSpace(between.dropFirst())
  }

  /// ". " between an abbreviation and word `index` ("Aug. 5").
  private func isPeriodSpaced(_ index: Int) -> Bool {
    guard index > 0, index < words.count else { return false }
    let between = gap(index)
    return between.first == UInt8(ascii: ".") && Self.isSpace(between.dropFirst())
  }

  /// The number at `index` goes on after a separator ("1,000", "2.5", "12/01", "5:30", "2014-15"),
  /// so it is not a day or a year by itself.
  private func continuesNumber(after index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    let between = gap(index + 1)
    guard between.count == 1 else { return false }
    return bytes[words[index + 1].bytes.lowerBound] &- 0x30 < 10
      && between.first != UInt8(ascii: " ")
  }

  /// The number at `index` continues one before it ("1,2014", "01/2014").
  private func continuesNumber(before index: Int) -> Bool {
    guard index > 0 else { return false }
    let between = gap(index)
    guard between.count == 1 else { return false }
    return bytes[words[index - 1].bytes.upperBound - 1] &- 0x30 < 10
      && between.first != UInt8(ascii: " ")
  }

  /// The number at `index` is followed by a plural noun in lower case ("of 2024 missiles"), so
  /// it is a quantity. Short words ("was", "has", "its") and words in "ss" ("across") are not
  /// taken for plurals.
  private func countsSomething(_ index: Int) -> Bool {
    guard isSpaced(index + 1), !words[index + 1].isCapitalized else { return false }
    let next = lower[words[index + 1].bytes]
    return next.count > 3 && next.last == UInt8(ascii: "s")
      && next[next.endIndex - 2] != UInt8(ascii: "s")
  }

  /// Followed by "'s" or "’s": "May's government" names Theresa May.
  private func isPossessive(_ index: Int) -> Bool {
    guard index + 1 < words.count, words[index + 1].term == .possessiveS else { return false }
    let between = gap(index + 1)
    return between.elementsEqual([UInt8(ascii: "'")]) || between.elementsEqual([0xE2, 0x80, 0x99])
  }

  private static func isSpace(_ gap: ArraySlice<UInt8>) -> Bool {
    guard !gap.isEmpty else { return false }
    var index = gap.startIndex
    while index < gap.endIndex {
      switch gap[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      case 0xC2 where index + 1 < gap.endIndex && gap[index + 1] == 0xA0: index += 2
      default: return false
      }
    }
    return true
  }
}
