/// The words date expressions are made of. Each word of a text is looked up once, by its bytes,
/// in `TemporalTerm.lookup`; the patterns then compare terms, not strings.
enum TemporalTerm: String, CaseIterable {
  case january, february, march, april, may, june, july, august, september, october, november
  case december
  // Abbreviations, accepted only next to a day or a year ("Aug 5", "Sept. 2023"): alone, "Mar"
  // or "Jan" is more often a name than a month.
  case jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
  case monday, tuesday, wednesday, thursday, friday, saturday, sunday
  case yesterday, today, tonight, tomorrow, earlier, later, last, next, this, since, ago
  case day, days, week, weeks, month, months, year, years
  case a, an, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve
  case prepositionIn = "in"
  case prepositionBy = "by"
  case prepositionOf = "of"
  case until, till, from, during, before, after, through, throughout, early, late, mid
  case between, around
  case will, shall, ll, due, scheduled, upcoming, expected
  case possessiveS = "s"

  /// 1…12 for a full month name.
  var month: Int? {
    switch self {
    case .january: 1
    case .february: 2
    case .march: 3
    case .april: 4
    case .may: 5
    case .june: 6
    case .july: 7
    case .august: 8
    case .september: 9
    case .october: 10
    case .november: 11
    case .december: 12
    default: nil
    }
  }

  var abbreviatedMonth: Int? {
    switch self {
    case .jan: 1
    case .feb: 2
    case .mar: 3
    case .apr: 4
    case .jun: 6
    case .jul: 7
    case .aug: 8
    case .sep, .sept: 9
    case .oct: 10
    case .nov: 11
    case .dec: 12
    default: nil
    }
  }

  /// ISO weekday, 1 (Monday) … 7 (Sunday).
  var weekday: Int? {
    switch self {
    case .monday: 1
    case .tuesday: 2
    case .wednesday: 3
    case .thursday: 4
    case .friday: 5
    case .saturday: 6
    case .sunday: 7
    default: nil
    }
  }

  /// "a", "an", "one" … "twelve", as in "two weeks ago".
  var count: Int? {
    switch self {
    case .a, .an, .one: 1
    case .two: 2
    case .three: 3
    case .four: 4
    case .five: 5
    case .six: 6
    case .seven: 7
    case .eight: 8
    case .nine: 9
    case .ten: 10
    case .eleven: 11
    case .twelve: 12
    default: nil
    }
  }

  /// "week", "month", "year" after "last", "next", "this".
  var period: TemporalGranularity? {
    switch self {
    case .week: .week
    case .month: .month
    case .year: .year
    default: nil
    }
  }

  /// A unit of "… ago", singular or plural.
  var agoUnit: TemporalGranularity? {
    switch self {
    case .day, .days: .day
    case .week, .weeks: .week
    case .month, .months: .month
    case .year, .years: .year
    default: nil
    }
  }

  /// Words before a bare month or year that make it a date: "in May", "since 2014", "by 2030",
  /// "the end of March", "early March". Without one, "May" and "March" are verbs and a
  /// four-digit number may be a quantity.
  var isDatePreposition: Bool {
    switch self {
    case .prepositionIn, .since, .prepositionBy, .until, .till, .from, .during, .before, .after,
      .through, .throughout, .prepositionOf, .early, .late, .mid, .between, .around, .last, .next,
      .this:
      true
    default: false
    }
  }

  /// Joined to a year or month by a hyphen: "mid-2024", "early-March".
  var joinsByHyphen: Bool { self == .mid || self == .early || self == .late }

  /// Words that, a few words before a weekday or a month without a year, put the event after
  /// the publication date: "will meet on Monday", "is due to arrive on 3 May". Not "won" (of
  /// "won't"): it is also the verb, and part of names ("Shin Won-sik").
  var isFutureCue: Bool {
    switch self {
    case .will, .shall, .ll, .due, .scheduled, .upcoming, .expected: true
    default: false
    }
  }

  /// The term spelled by `lowered` (ASCII lower case), if any.
  static func lookup(_ lowered: ArraySlice<UInt8>) -> TemporalTerm? {
    // Most words of a sentence are no term: a word longer than every term, or whose first
    // letter starts none, is ruled out without hashing it.
    guard let first = lowered.first, lowered.count <= longest, first &- 0x61 < 26,
      initials & (1 << UInt32(first &- 0x61)) != 0, let key = TemporalTermKey(lowered)
    else { return nil }
    // The few terms with the word's initial, compared as two machine words each: cheaper than
    // hashing the key into a table.
    let letter = Int(first &- 0x61)
    for index in bucketStarts[letter]..<bucketStarts[letter + 1] where keys[index] == key {
      return terms[index]
    }
    return nil
  }

  /// The length in bytes of the longest term.
  static let longest = allCases.map(\.rawValue.utf8.count).max() ?? 0

  /// Bit `n` set when a term starts with the `n`th letter of the alphabet (every term is
  /// lower-case ASCII letters).
  static let initials: UInt32 = allCases.reduce(0) { mask, term in
    mask | 1 << UInt32(term.rawValue.utf8.first! &- 0x61)
  }

  /// Every term, ordered by initial (`bucketStarts`), and its key.
  private static let terms: [TemporalTerm] = allCases.sorted {
    $0.rawValue.utf8.first! < $1.rawValue.utf8.first!
  }
  private static let keys: [TemporalTermKey] = terms.map {
    TemporalTermKey(ArraySlice($0.rawValue.utf8))!
  }
  /// `terms[bucketStarts[n]..<bucketStarts[n + 1]]` start with the `n`th letter.
  private static let bucketStarts: [Int] = (0...26).map { letter in
    terms.partitionPoint { Int($0.rawValue.utf8.first! &- 0x61) < letter }
  }
}
