internal import CLibXML2

/// libxml2's streaming writer (xmlTextWriter), writing UTF-8 into a `ByteSink`.
///
/// libxml2 does the escaping: `& < >` in text (and CR as `&#13;`), and `& < " TAB LF CR` in
/// attribute values as references, so XML attribute normalization cannot turn them into spaces.
/// Every string is cleaned (`XMLText.cleaned`) before it reaches libxml2. Any negative return
/// code becomes a thrown error.
final class XMLWriter {
  private let writer: xmlTextWriterPtr
  private let sink: ByteSink

  init(sink: ByteSink, indent: Bool = true) throws {
    self.sink = sink
    let context = Unmanaged.passUnretained(sink).toOpaque()
    guard
      let output = xmlOutputBufferCreateIO(
        { context, bytes, length in
          guard let context, let bytes, length > 0 else { return 0 }
          let sink = Unmanaged<ByteSink>.fromOpaque(context).takeUnretainedValue()
          bytes.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            sink.write(UnsafeBufferPointer(start: $0, count: Int(length)))
          }
          return length
        }, nil, context, nil),
      let writer = xmlNewTextWriter(output)
    else {
      throw NewsGraphError(.cannotWrite("libxml2 could not create a writer"))
    }
    self.writer = writer
    if indent {
      xmlTextWriterSetIndent(writer, 1)
      xmlTextWriterSetIndentString(writer, "  ")
    }
  }

  deinit { xmlFreeTextWriter(writer) }

  func startDocument() throws {
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
  }

  func endDocument() throws {
    try check(xmlTextWriterEndDocument(writer), "end the document")
    try check(xmlTextWriterFlush(writer), "flush")
  }

  func startElement(_ name: String) throws {
    try check(xmlTextWriterStartElement(writer, name), "start <\(name)>")
  }

  func endElement() throws {
    try check(xmlTextWriterEndElement(writer), "end an element")
  }

  /// Ends an element with its full closing tag even when it is empty (`<a></a>`).
  func fullEndElement() throws {
    try check(xmlTextWriterFullEndElement(writer), "end an element")
  }

  func attribute(_ name: String, _ value: String) throws {
    try check(
      xmlTextWriterWriteAttribute(writer, name, XMLText.cleaned(value)), "write @\(name)")
  }

  func text(_ value: String) throws {
    try check(xmlTextWriterWriteString(writer, XMLText.cleaned(value)), "write text")
  }

  /// `<name attributes…>text</name>` in one call.
  func element(_ name: String, attributes: [(String, String)] = [], text value: String) throws {
    try startElement(name)
    for (attributeName, attributeValue) in attributes { try attribute(attributeName, attributeValue) }
    try text(value)
    try endElement()
  }

  func comment(_ value: String) throws {
    try check(xmlTextWriterWriteComment(writer, XMLText.cleaned(value)), "write a comment")
  }

  private func check(_ code: Int32, _ action: String) throws {
    if code < 0 { throw NewsGraphError(.cannotWrite("libxml2 failed to \(action)")) }
  }
}
