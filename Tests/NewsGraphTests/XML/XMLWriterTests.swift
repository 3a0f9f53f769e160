import Testing

@testable import NewsGraph

/// `XMLWriter` replaced libxml2's xmlTextWriter for speed; it must write the same bytes. The
/// expected document is what libxml2 2.9.14's writer (indent "  ") wrote for the same calls,
/// captured from a C program, so every escape and every indentation rule is pinned.
@Suite struct XMLWriterTests {
  @Test func writesWhatLibxml2Wrote() throws {
    let sink = ByteSink()
    let writer = try XMLWriter(sink: sink)
    try writer.startDocument()
    try writer.startElement("root")
    try writer.attribute("a", "x<y>&\"z\t\n\r é日🙂'")
    try writer.startElement("empty")
    try writer.endElement()
    try writer.startElement("full")
    try writer.fullEndElement()
    try writer.element("t", attributes: [("k", "v")], text: "a<b>&\"c\"\r\n\té日🙂']]>")
    try writer.element("e", text: "")
    try writer.startElement("outer")
    try writer.startElement("inner")
    try writer.text("text")
    try writer.fullEndElement()
    try writer.startElement("leaf")
    try writer.endElement()
    try writer.endElement()
    try writer.endDocument()
    try sink.finish()
    let expected = """
      <?xml version="1.0" encoding="UTF-8"?>
      <root a="x&lt;y&gt;&amp;&quot;z&#9;&#10;&#13; é日🙂'">
        <empty/>
        <full></full>
        <t k="v">a&lt;b&gt;&amp;&quot;c&quot;&#13;
      \té日🙂']]&gt;</t>
        <e></e>
        <outer>
          <inner>text</inner>
          <leaf/>
        </outer>
      </root>

      """
    #expect(sink.text == expected)
  }

  @Test func cleansCharactersXMLCannotCarry() throws {
    let sink = ByteSink()
    let writer = try XMLWriter(sink: sink)
    try writer.startElement("a")
    try writer.attribute("b", "x\u{1}y")
    try writer.text("\u{0}\u{FFFE}z")
    try writer.endElement()
    try writer.endDocument()
    try sink.finish()
    #expect(sink.text == "<a b=\"x\u{FFFD}y\">\u{FFFD}\u{FFFD}z</a>\n")
  }

  @Test func refusesAnEndTagWithoutAnOpenElement() throws {
    let writer = try XMLWriter(sink: ByteSink())
    #expect(throws: NewsGraphError.self) { try writer.endElement() }
  }
}
