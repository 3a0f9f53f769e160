/// The tags of an RDF/XML output read back with a tiny scanner, so tests can check its shape
/// (which attributes each element has, at which depth) without trusting the writer's parser.
///
/// It relies on what well-formed XML guarantees about our output: `<` only starts markup, and
/// attribute values never hold `"` (they are escaped as `&quot;`).
struct RDFXMLOutline {
  struct Element {
    /// 1 for `rdf:RDF`, 2 for node elements, 3 for property elements.
    let depth: Int
    let name: String
    let attributes: [(name: String, value: String)]
    /// Whether the tag closed itself (`<a …/>`).
    let isEmpty: Bool
    /// The raw text up to the next tag (escapes not decoded).
    let text: String

    func attribute(_ name: String) -> String? {
      attributes.first { $0.name == name }?.value
    }
  }

  let elements: [Element]
  let declaration: String?

  init(_ xml: String) {
    let bytes = Array(xml.utf8)
    var elements: [Element] = []
    var declaration: String?
    var depth = 0
    var index = 0
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      var end = index
      while bytes[end] != UInt8(ascii: ">") { end += 1 }
      let tag = Array(bytes[(index + 1)..<end])
      let next = end + 1
      index = next
      if tag.first == UInt8(ascii: "?") {
        declaration = String(decoding: tag, as: UTF8.self)
        continue
      }
      if tag.first == UInt8(ascii: "/") {
        depth -= 1
        continue
      }
      let isEmpty = tag.last == UInt8(ascii: "/")
      let body = isEmpty ? Array(tag.dropLast()) : tag
      var position = 0
      while position < body.count && !isSpace(body[position]) { position += 1 }
      let name = String(decoding: body[0..<position], as: UTF8.self)
      var attributes: [(name: String, value: String)] = []
      while position < body.count {
        while position < body.count && isSpace(body[position]) { position += 1 }
        guard position < body.count else { break }
        let nameStart = position
        while body[position] != UInt8(ascii: "=") { position += 1 }
        let attributeName = String(decoding: body[nameStart..<position], as: UTF8.self)
        position += 2
        let valueStart = position
        while body[position] != UInt8(ascii: "\"") { position += 1 }
        attributes.append(
          (attributeName, String(decoding: body[valueStart..<position], as: UTF8.self)))
        position += 1
      }
      depth += 1
      var textEnd = next
      while textEnd < bytes.count && bytes[textEnd] != UInt8(ascii: "<") { textEnd += 1 }
      elements.append(
        Element(
          depth: depth, name: name, attributes: attributes, isEmpty: isEmpty,
          text: string(next..<textEnd)))
      if isEmpty { depth -= 1 }
    }
    self.elements = elements
    self.declaration = declaration
  }
}
