import Testing

@testable import NewsGraph

/// The byte-level answers the start-up takes for lexicon names, against the `String`
/// operations they stand for.
@Suite struct NameBytesTests {
  static let names = [
    "K9 Thunder", "Su-35 fighter", "Govił-9 radar", "  9M723  Iskander ", "F-16", "S-400",
    "x\u{600} 9y", "9 \u{301}b", "9a \u{301}b c", "Jürgen Øyranvek", "A1 Брат", "Ab",
    "", "   ", "Ünit 7 Ω", "ｘ１ y",
  ]

  @Test(arguments: names)
  func designationWordIsTheFirstOfSeveralWordsWithADigit(name: String) {
    let words = name.split(separator: " ")
    let expected =
      words.count > 1 && words[0].utf8.contains(where: { $0 &- 0x30 < 10 })
      ? String(words[0]) : nil
    #expect(NamedWeaponRule.designationWord(of: name) == expected)
  }

  @Test(arguments: names + ["Ministry of Defence", "MINISTRY", "ministère\r\nof defence"])
  func ministryMarkersAreFoundAsStringContainsFindsThem(name: String) {
    for marker in MinistryRule.markers.map(\.text) + ["of", "y o", "ministry of defence"] {
      let lower = name.lowercased()
      #expect(MinistryRule.name(lower, contains: marker) == lower.contains(marker))
    }
  }

  @Test(arguments: names + ["lowercase", "ÉLYSÉE", "élysée", "ǅ", "ⓐ", "Ⓐ"])
  func caseSensitivityIsAnUppercaseScalar(text: String) {
    #expect(
      SurfaceForm.isCaseSensitive(text)
        == text.unicodeScalars.contains { $0.properties.isUppercase })
  }

  @Test(arguments: names)
  func spacesStandAloneOnlyWhenSplittingBytesSplitsCharacters(name: String) {
    let decided = name.utf8.withContiguousStorageIfAvailable {
      NameWords.spacesStandAlone($0)
    }
    if decided == true {
      let byBytes = name.utf8.split(separator: UInt8(ascii: " ")).map {
        String(decoding: $0, as: UTF8.self)
      }
      #expect(byBytes == name.split(separator: " ").map(String.init))
    }
  }
}
