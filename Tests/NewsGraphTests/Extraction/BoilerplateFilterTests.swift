import NewsGraph
import Testing

@Suite struct BoilerplateFilterTests {
  let filter = BoilerplateFilter()

  @Test(arguments: [
    "Share this:", "  LIKE THIS:  ", "Leave a Reply", "Source link", "Comments are closed.",
    "About Author", "%d bloggers like this:",
    "Your email address will not be published. Required fields are marked *",
    "We use cookies to improve your experience.", "Accept cookies", "Subscribe to our newsletter",
    "Sign up for our newsletter and never miss a story",
    "For more stories of where you live, visit In your region",
    "Additional reporting by Jasmine Cameron-Chileshe",
    "<u>Copyright</u> The Financial Times Limited 2022. All rights reserved.",
    "Copyright 2022 Someone. All Rights Reserved.",
    "Stay across the latest Ukraine coverage. Join the FT’s Telegram channel", "X", "© AP",
  ])
  func recognisesBoilerplate(line: String) {
    #expect(filter.isBoilerplate(line))
  }

  @Test(arguments: [
    "Felicia Schwartz in Washington YESTERDAY",
    "Iranian army drones prepared for launch during a drill in August.",
    "The firm said it would share this: a plan to leave.",
    "X marks the spot.", "Source link rot is a problem for historians.",
    "He wrote: Copyright law protects it. All rights reserved, he added, is old-fashioned",
    "",
  ])
  func keepsContent(line: String) {
    #expect(!filter.isBoilerplate(line))
  }

  @Test func aCaptionKeepsItsTextButLosesItsPhotoCredit() {
    let line = "Iranian drones in August. Iran has sent drones © AP"
    let bytes = Array(line.utf8)
    let range = filter.contentRange(ofLine: 0..<bytes.count, in: bytes)
    #expect(
      range.map { String(decoding: bytes[$0], as: UTF8.self) }
        == "Iranian drones in August. Iran has sent drones")
  }

  @Test func aCopyrightSignInsideASentenceIsNotACredit() {
    let line = "The logo © 2022 was new. It said so."
    let bytes = Array(line.utf8)
    #expect(filter.contentRange(ofLine: 0..<bytes.count, in: bytes) == 0..<bytes.count)
  }

  @Test func theListIsData() {
    let custom = BoilerplateFilter(patterns: [
      .line("read more"), .prefix("photo:"), .enclosed("(", ")"),
    ])
    #expect(custom.isBoilerplate("Read   More"))
    #expect(custom.isBoilerplate("Photo: Reuters"))
    #expect(custom.isBoilerplate("(aside)"))
    #expect(!custom.isBoilerplate("Share this:"))
  }

  @Test func longLinesAreNeverBoilerplate() {
    let line = "Additional reporting by " + String(repeating: "a", count: 400)
    #expect(!filter.isBoilerplate(line))
  }
}
