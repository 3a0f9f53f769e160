import NewsGraph
import Testing

/// Each form of date expression, anchored to a publication date, and the words that look like
/// dates but are not.
@Suite struct TemporalExpressionsTests {
  let finder = TemporalExpressions()

  func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  /// (expression text, ISO value, granularity) of every expression found.
  func found(_ text: String, published: String) -> [String] {
    finder.find(in: text, published: date(published)).map {
      "\($0.text)=\($0.value.isoText)/\($0.granularity.rawValue)"
    }
  }

  // 2024-03-07 is a Thursday.
  @Test(arguments: [
    ("The deal was signed on Monday.", "Monday=2024-03-04/day"),
    ("It was signed on Thursday.", "Thursday=2024-03-07/day"),
    ("It was signed on Friday.", "Friday=2024-03-01/day"),
    ("Officials met yesterday.", "yesterday=2024-03-06/day"),
    ("Officials meet today.", "today=2024-03-07/day"),
    ("Officials meet tomorrow.", "tomorrow=2024-03-08/day"),
    ("He said last week that", "last week=2024-02-26/2024-03-03/week"),
    ("They will meet next week.", "next week=2024-03-11/2024-03-17/week"),
    ("Talks this week were", "this week=2024-03-04/2024-03-10/week"),
    ("It was announced last month.", "last month=2024-02/month"),
    ("Deliveries start next month.", "next month=2024-04/month"),
    ("Spending rose this month.", "this month=2024-03/month"),
    ("It was approved last year.", "last year=2023/year"),
    ("Deliveries begin next year.", "next year=2025/year"),
    ("Exports grew this year.", "this year=2024/year"),
    (
      "It has shipped 6,700 containers since September.",
      "since September=2023-09-01/2024-03-07/month"
    ),
    ("It has grown since March.", "since March=2024-03-01/2024-03-07/month"),
    ("The framework was signed in March 2022.", "March 2022=2022-03/month"),
    ("An attack on Kharkiv on 2 January killed", "2 January=2024-01-02/day"),
    ("An attack on 12 March killed", "12 March=2023-03-12/day"),
    ("The deal of January 12, 2023 was", "January 12, 2023=2023-01-12/day"),
    ("The deal of 12 January 2023 was", "12 January 2023=2023-01-12/day"),
    ("WARSAW, Aug 5 (Yonhap) - Poland", "Aug 5=2023-08-05/day"),
    ("WARSAW, Aug. 5 (Yonhap) - Poland", "Aug. 5=2023-08-05/day"),
    ("The ministry said earlier this month that", "earlier this month=2024-03-01/2024-03-07/month"),
    ("A vote is expected later this year.", "later this year=2024-03-07/2024-12-31/year"),
    ("Crimea was annexed in 2014.", "2014=2014/year"),
    ("Since 2021 across the Sahel", "Since 2021=2021-01-01/2024-03-07/year"),
    ("In 2014 was the year", "2014=2014/year"),
    ("Spending must rise by 2030.", "2030=2030/year"),
    ("Wagner has been in Mali since 2021.", "since 2021=2021-01-01/2024-03-07/year"),
    ("Fire has continued since 8 October.", "since 8 October=2023-10-08/2024-03-07/day"),
    ("Prices have risen since last year.", "since last year=2023-01-01/2024-03-07/year"),
    ("Kim met Shoigu in Pyongyang last July.", "last July=2023-07/month"),
    ("The drills will resume next March.", "next March=2025-03/month"),
    ("They met last Thursday.", "last Thursday=2024-02-29/day"),
    ("They meet next Thursday.", "next Thursday=2024-03-14/day"),
    ("The talks took place two weeks ago.", "two weeks ago=2024-02-22/week"),
    ("The law passed three years ago.", "three years ago=2021/year"),
    ("The ships sailed 10 days ago.", "10 days ago=2024-02-26/day"),
    ("Output doubled by mid-2023.", "2023=2023/year"),
    ("The strike came in May.", "May=2023-05/month"),
    ("It came on “Monday”, he said.", "Monday=2024-03-04/day"),
    ("Monday’s talks ended.", "Monday=2024-03-04/day"),
  ])
  func expressionForms(text: String, expected: String) {
    #expect(found(text, published: "2024-03-07") == [expected], "\(text)")
  }

  /// "12/01/2023" could be 12 January or 1 December: skipped. Nor are numbers dates.
  @Test(arguments: [
    "The contract dated 12/01/2023 was", "The contract dated 01/12/2023 was",
    "Russia may attack again.", "Troops march through the city.", "Troops March Through Kyiv",
    "Russia May Attack, Officials Warn", "May's government fell.", "Mar said nothing.",
    "It sold 2014 drones to Mali.", "The price rose to 2,000 dollars in 1,500 cases.",
    "A total of 2024 missiles", "in may the rains came", "Talks at 5:30 on the",
    "Theresa May said so.", "He cited an august body.", "Ankara sold it in 2000 drones.",
  ])
  func notDates(text: String) {
    #expect(found(text, published: "2024-03-07").isEmpty, "\(found(text, published: "2024-03-07"))")
  }

  /// "in May" is a date and "may" a modal in the same sentence.
  @Test func mayTheMonthAndMayTheVerb() {
    #expect(
      found("Russia may attack in May, and troops march in March.", published: "2024-06-01") == [
        "May=2024-05/month", "March=2024-03/month",
      ])
  }

  @Test(arguments: [
    ("LAST WEEK the ministry said", "LAST WEEK=2024-02-26/2024-03-03/week"),
    ("Last Week the ministry said", "Last Week=2024-02-26/2024-03-03/week"),
    ("it happened ON MONDAY", "MONDAY=2024-03-04/day"),
    ("it happened on monday", "monday=2024-03-04/day"),
    ("Yesterday the ministry said", "Yesterday=2024-03-06/day"),
    ("SINCE SEPTEMBER the firm", "SINCE SEPTEMBER=2023-09-01/2024-03-07/month"),
    ("Earlier This Month the firm", "Earlier This Month=2024-03-01/2024-03-07/month"),
    ("IN MAY 2022 the firm", "MAY 2022=2022-05/month"),
  ])
  func caseInsensitive(text: String, expected: String) {
    #expect(found(text, published: "2024-03-07") == [expected])
  }

  /// The weekday rule when the article appears on a Monday: "on Monday" is that day, "last
  /// Monday" a week earlier, "next Monday" a week later, and a future "on Monday" that day too.
  @Test func publicationOnAMonday() {
    let monday = "2024-03-04"
    #expect(found("It was signed on Monday.", published: monday) == ["Monday=2024-03-04/day"])
    #expect(found("It was signed on Sunday.", published: monday) == ["Sunday=2024-03-03/day"])
    #expect(found("It was signed on Tuesday.", published: monday) == ["Tuesday=2024-02-27/day"])
    #expect(found("They met last Monday.", published: monday) == ["last Monday=2024-02-26/day"])
    #expect(found("They meet next Monday.", published: monday) == ["next Monday=2024-03-11/day"])
    #expect(found("They will meet on Monday.", published: monday) == ["Monday=2024-03-04/day"])
    #expect(found("They will meet on Tuesday.", published: monday) == ["Tuesday=2024-03-05/day"])
    #expect(
      found("Talks this week went well.", published: monday) == [
        "this week=2024-03-04/2024-03-10/week"
      ])
  }

  /// A future cue in the same clause moves a weekday or a bare month forward; one in another
  /// clause does not.
  @Test func futureCues() {
    let thursday = "2024-03-07"
    #expect(
      found("Austin will visit Kyiv on Monday.", published: thursday) == [
        "Monday=2024-03-11/day"
      ])
    #expect(
      found("The vote is scheduled for Friday.", published: thursday) == [
        "Friday=2024-03-08/day"
      ])
    #expect(
      found("Talks are due to resume in May.", published: thursday) == [
        "May=2024-05/month"
      ])
    #expect(
      found("It will happen. He spoke on Monday.", published: thursday) == [
        "Monday=2024-03-04/day"
      ])
    #expect(
      found("The US said on Friday it will send aid.", published: thursday) == [
        "Friday=2024-03-01/day"
      ])
    #expect(
      found("Shin Won-sik said on Tuesday that", published: thursday) == [
        "Tuesday=2024-03-05/day"
      ])
    #expect(
      found("Will Smith said on Tuesday that", published: thursday) == [
        "Tuesday=2024-03-05/day"
      ])
    #expect(
      found("THEY WILL MEET ON TUESDAY", published: thursday) == [
        "TUESDAY=2024-03-12/day"
      ])
    #expect(
      found("He’ll meet her on Tuesday", published: thursday) == [
        "Tuesday=2024-03-12/day"
      ])
  }

  @Test func yearBoundaries() {
    #expect(
      found("It was signed last month.", published: "2024-01-15") == [
        "last month=2023-12/month"
      ])
    #expect(
      found("It will be signed next month.", published: "2023-12-15") == [
        "next month=2024-01/month"
      ])
    #expect(
      found("They met last week.", published: "2024-01-03") == [
        "last week=2023-12-25/2023-12-31/week"
      ])
    #expect(found("They met yesterday.", published: "2024-01-01") == ["yesterday=2023-12-31/day"])
    #expect(found("They meet tomorrow.", published: "2023-12-31") == ["tomorrow=2024-01-01/day"])
    #expect(
      found("It was signed on Friday.", published: "2024-01-01") == [
        "Friday=2023-12-29/day"
      ])
    #expect(
      found("It has grown since December.", published: "2024-01-10") == [
        "since December=2023-12-01/2024-01-10/month"
      ])
    #expect(
      found("It was signed on 30 December.", published: "2024-01-02") == [
        "30 December=2023-12-30/day"
      ])
    #expect(
      found("It is due on 3 January.", published: "2023-12-28") == [
        "3 January=2024-01-03/day"
      ])
    #expect(
      found("This week's talks", published: "2025-01-01") == [
        "This week=2024-12-30/2025-01-05/week"
      ])
  }

  @Test func leapYears() {
    #expect(found("They met yesterday.", published: "2024-03-01") == ["yesterday=2024-02-29/day"])
    #expect(found("They met yesterday.", published: "2023-03-01") == ["yesterday=2023-02-28/day"])
    #expect(found("They met yesterday.", published: "2000-03-01") == ["yesterday=2000-02-29/day"])
    #expect(found("They met yesterday.", published: "2100-03-01") == ["yesterday=2100-02-28/day"])
    #expect(
      found("It was signed on 29 February.", published: "2025-03-01") == [
        "29 February=2024-02-29/day"
      ])
    #expect(found("It was signed on 29 February 2023.", published: "2025-03-01").isEmpty)
    #expect(
      found("It was signed on February 29, 2024.", published: "2025-03-01") == [
        "February 29, 2024=2024-02-29/day"
      ])
    #expect(
      found("Earlier this month", published: "2024-02-29") == [
        "Earlier this month=2024-02-01/2024-02-29/month"
      ])
    #expect(
      found("later this month", published: "2024-02-10") == [
        "later this month=2024-02-10/2024-02-29/month"
      ])
  }

  /// The byte range is the expression's, in UTF-8 bytes, after non-ASCII text.
  @Test(arguments: [
    "Władysław Kosiniak-Kamysz said [[last week]] that",
    "Tîlvăr said on [[Tuesday]]: “no decision”",
    "the €6.6bn deal signed [[since September]] — officials",
    "Erdoğan met Tiani [[January 12, 2023]], in Ankara",
  ])
  func byteRanges(marked: String) throws {
    let sentence = MarkedSentence(marked)
    let expression = try #require(
      finder.find(in: sentence.text, published: date("2024-03-07")).first)
    #expect(expression.bytes == sentence.trigger)
    #expect(
      expression.text
        == String(decoding: Array(sentence.text.utf8)[sentence.trigger], as: UTF8.self))
  }

  @Test func severalExpressionsInTextOrder() {
    #expect(
      found(
        "Shin said on Tuesday that since July North Korea shipped shells, and that in 2023 "
          + "Kim met Putin; talks resume next year.", published: "2024-03-07")
        == [
          "Tuesday=2024-03-05/day", "since July=2023-07-01/2024-03-07/month", "2023=2023/year",
          "next year=2025/year",
        ])
  }

  @Test func valueBounds() {
    #expect(TemporalValue.month(year: 2024, month: 2).start == date("2024-02-01"))
    #expect(TemporalValue.month(year: 2024, month: 2).end == date("2024-02-29"))
    #expect(TemporalValue.year(2023).end == date("2023-12-31"))
    #expect(TemporalValue.day(date("2023-05-05")).isoText == "2023-05-05")
  }
}
