import NewsGraph
import Testing

@Suite struct TextOffsetsTests {
  @Test func countsScalarsNotBytesOrCharacters() {
    // "é" as e + combining acute is one Character but two scalars; 🇺🇦 is one Character, two.
    let text = "a\u{301}🇺🇦“x”"
    var offsets = TextOffsets(text)
    let bytes = [0, 1, 3, 7, 11, 14, 15, 18]
    #expect(bytes.map { offsets.scalarOffset(ofByte: $0) } == [0, 1, 2, 3, 4, 5, 6, 7])
  }

  @Test func anyOrderGivesTheSameAnswers() {
    let text = "Київ — 🙂 ok"
    let offsets = TextOffsets(text)
    let bytes = [17, 0, 8, 12, 2, 20]
    #expect(offsets.scalarOffsets(of: bytes) == [8, 0, 4, 6, 1, 11])
    var cursor = TextOffsets(text)
    #expect(cursor.scalarOffset(ofByte: 17) == 8)
    // Going back counts back from the cursor and is still right.
    #expect(cursor.scalarOffset(ofByte: 2) == 1)
  }

  /// The cursor moving back and forth in any order agrees with counting from the start.
  @Test func steppingBackAndForthAgreesWithCountingFromTheStart() {
    let text = "Tamir «interceptors» for Київ, 🙂 and Goïta’s Płatek — done"
    let bytes = Array(text.utf8)
    func naive(_ offset: Int) -> Int { bytes[..<offset].filter { $0 & 0xC0 != 0x80 }.count }
    var cursor = TextOffsets(text)
    var generator = SeededRandom(seed: 30)
    for _ in 0..<500 {
      let offset = Int.random(in: 0...bytes.count, using: &generator)
      #expect(cursor.scalarOffset(ofByte: offset) == naive(offset))
    }
  }
}
