/// The words date expressions are made of, in lower case.
enum TemporalVocabulary {
  static let months: [StaticString] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]
  /// Abbreviations, accepted only next to a day or a year ("Aug 5", "Sept. 2023"): alone,
  /// "Mar" or "Jan" is more often a name than a month.
  static let monthAbbreviations: [(StaticString, Int)] = [
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
  ]
  static let weekdays: [StaticString] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  /// Words before a bare month or year that make it a date: "in May", "since 2014", "by 2030",
  /// "the end of March", "early March". Without one, "May" and "March" are verbs and a
  /// four-digit number may be a quantity.
  static let datePrepositions: [StaticString] = [
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "through",
    "throughout", "of", "early", "late", "mid", "between", "around", "last", "next", "this",
  ]
  /// Words that, a few words before a weekday or a month without a year, put the event after
  /// the publication date: "will meet on Monday", "is due to arrive on 3 May". Not "won" (of
  /// "won't"): it is also the verb, and part of names ("Shin Won-sik").
  static let futureCues: [StaticString] = [
    "will", "shall", "ll", "due", "scheduled", "upcoming", "expected",
  ]
  /// Bytes that end a clause: a future cue before one of them does not reach past it.
  static let clauseEnds: Set<UInt8> = [
    UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
    UInt8(ascii: "?"),
  ]
  static let numberWords: [(StaticString, Int)] = [
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
    ("twelve", 12),
  ]
}
