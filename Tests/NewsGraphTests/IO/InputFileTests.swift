import NewsGraph
import Testing

@Suite struct InputFileTests {
  @Test func invalidUTF8NamesByteLineAndColumn() {
    let bytes = Array("first line\nsecond ".utf8) + [0xC3, 0x28] + Array(" rest".utf8)
    #expect {
      try InputFile.text(bytes, file: "article.txt")
    } throws: { error in
      guard let error = error as? NewsGraphError else { return false }
      return error.kind == .invalidUTF8 && error.location?.byteOffset == 18
        && error.location?.line == 2 && error.location?.column == 8
        && error.description.hasPrefix("article.txt:2:8 (byte 18): error:")
    }
  }

  @Test(arguments: [
    [0xE0, 0x80, 0x80] as [UInt8],  // overlong
    [0xED, 0xA0, 0x80],  // surrogate
    [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
    [0xE2, 0x82],  // truncated at end
    [0x80],  // lone continuation
  ])
  func rejectsEveryKindOfBadSequence(bytes: [UInt8]) {
    #expect(UTF8Validation.firstInvalidOffset([0x41] + bytes) == 1)
  }

  @Test func acceptsValidTextAndSkipsABOM() throws {
    let text = try InputFile.text([0xEF, 0xBB, 0xBF] + Array("Kyiv – Київ 🙂".utf8), file: "a")
    #expect(text == "Kyiv – Київ 🙂")
  }

  @Test func emptyAndBinaryAreTheirOwnErrors() {
    #expect { try InputFile.text([], file: "a") } throws: {
      ($0 as? NewsGraphError)?.kind == .emptyInput
    }
    #expect { try InputFile.text([0x41, 0x00], file: "a") } throws: {
      ($0 as? NewsGraphError)?.kind == .binaryInput && ($0 as? NewsGraphError)?.location?.byteOffset == 1
    }
  }
}
