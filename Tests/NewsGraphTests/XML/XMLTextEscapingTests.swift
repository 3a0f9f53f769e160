import Testing

@testable import NewsGraph

/// `XMLText.writeEscaped` cleans and escapes UTF-8 bytes in one pass; `XMLWriter` (pinned to
/// libxml2's bytes) cleans a `String`, then escapes it. Both must write the same bytes.
@Suite struct XMLTextEscapingTests {
  func escaped(_ text: String, inAttribute: Bool) throws -> String {
    let sink = ByteSink()
    XMLText.writeEscaped(text, inAttribute: inAttribute, to: sink)
    try sink.finish()
    return sink.text
  }

  /// What `XMLWriter` writes for the text as an attribute value and as element text.
  func writerForms(_ text: String) throws -> (attribute: String, text: String) {
    let sink = ByteSink()
    let writer = try XMLWriter(sink: sink, indent: false)
    try writer.startElement("a")
    try writer.attribute("v", text)
    try writer.text(text)
    try writer.endElement()
    try sink.finish()
    let output = sink.text
    let prefix = "<a v=\""
    let attributeEnd = output.utf8.firstIndex(of: UInt8(ascii: "\""), after: prefix.utf8.count)
    let bytes = Array(output.utf8)
    return (
      String(decoding: bytes[prefix.utf8.count..<attributeEnd], as: UTF8.self),
      String(decoding: bytes[(attributeEnd + 2)..<(bytes.count - "</a>".utf8.count)], as: UTF8.self)
    )
  }

  @Test(arguments: [
    ("a<b>&\"c'", "a&lt;b&gt;&amp;&quot;c'", "a&lt;b&gt;&amp;&quot;c'"),
    ("\t\n\r\r\n", "&#9;&#10;&#13;&#13;&#10;", "\t\n&#13;&#13;\n"),
    ("]]>", "]]&gt;", "]]&gt;"),
    (
      "x\u{0}\u{1}\u{B}\u{C}\u{1F}y", "x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}y",
      "x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}y"
    ),
    ("\u{FFFE}\u{FFFF}", "\u{FFFD}\u{FFFD}", "\u{FFFD}\u{FFFD}"),
    (
      "\u{FFEF}\u{F000}\u{EFFF}\u{FFFD}é日🙂", "\u{FFEF}\u{F000}\u{EFFF}\u{FFFD}é日🙂",
      "\u{FFEF}\u{F000}\u{EFFF}\u{FFFD}é日🙂"
    ),
    ("&\u{301}", "&amp;\u{301}", "&amp;\u{301}"),
    ("", "", ""),
  ])
  func escapesAsXMLWriterDoes(input: String, attribute: String, text: String) throws {
    #expect(try escaped(input, inAttribute: true) == attribute)
    #expect(try escaped(input, inAttribute: false) == text)
    let writer = try writerForms(input)
    #expect(writer.attribute == attribute)
    #expect(writer.text == text)
  }

  /// U+FFFE at the very end, and lead bytes of U+FFFx cut short, are checked without reading
  /// past the buffer.
  @Test func forbiddenCharactersAtTheEndOfTheBuffer() throws {
    let bytes: [UInt8] = Array("ab".utf8) + [0xEF, 0xBF, 0xBE]
    let sink = ByteSink()
    bytes.withUnsafeBufferPointer { XMLText.writeEscaped($0, inAttribute: false, to: sink) }
    // A valid prefix of the same bytes, ending inside the sequence: passed as it is.
    bytes.withUnsafeBufferPointer {
      XMLText.writeEscaped(UnsafeBufferPointer(rebasing: $0[0..<4]), inAttribute: false, to: sink)
    }
    try sink.finish()
    #expect(sink.bytes == Array("ab\u{FFFD}".utf8) + [0x61, 0x62, 0xEF, 0xBF])
  }

  @Test func randomStringsMatchTheWriter() throws {
    var generator = RandomGraph(seed: 42)
    for _ in 0..<2000 {
      let input = generator.string()
      let writer = try writerForms(input)
      #expect(
        try escaped(input, inAttribute: true) == writer.attribute, "\(input.debugDescription)")
      #expect(try escaped(input, inAttribute: false) == writer.text, "\(input.debugDescription)")
    }
  }

  /// The eight-byte test says "may stop" for every byte value that stops the scan, at every
  /// position, and "cannot" for words of bytes that never do.
  @Test func wordTestFindsEveryStopAtEveryPosition() {
    let stops: Set<UInt8> = Set(0..<0x20).union([0x22, 0x26, 0x3C, 0x3E, 0xEF])
    for value in 0...255 {
      let byte = UInt8(value)
      for position in 0..<8 {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
        bytes[position] = byte
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(XMLText.mayStop(word) == stops.contains(byte), "byte \(byte) at \(position)")
      }
    }
    let plain = Array("é日🙂 ok!".utf8.prefix(8))
    #expect(!XMLText.mayStop(plain.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }))
  }

  /// Children written as bytes after `beginRawChildren` end as children written by the writer.
  @Test func rawChildrenEndAsWrittenChildren() throws {
    let written = ByteSink()
    let writer = try XMLWriter(sink: written)
    try writer.startElement("root")
    try writer.startElement("list")
    try writer.attribute("n", "1")
    try writer.element("item", text: "x")
    try writer.endElement()
    try writer.endDocument()
    try written.finish()

    let raw = ByteSink()
    let rawWriter = try XMLWriter(sink: raw)
    try rawWriter.startElement("root")
    try rawWriter.startElement("list")
    try rawWriter.attribute("n", "1")
    let depth = try rawWriter.beginRawChildren()
    raw.write(String(repeating: " ", count: depth) + "<item>x</item>\n")
    try rawWriter.endElement()
    try rawWriter.endDocument()
    try raw.finish()
    #expect(depth == 4)
    #expect(raw.text == written.text)
    #expect(throws: NewsGraphError.self) {
      try XMLWriter(sink: ByteSink(), indent: false).beginRawChildren()
    }
  }
}

extension String.UTF8View {
  fileprivate func firstIndex(of byte: UInt8, after offset: Int) -> Int {
    Array(self)[offset...].firstIndex(of: byte)!
  }
}
