import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads an HTML-like label with an XML parser (libxml2 underneath), as Graphviz does: a label
/// that is not well-formed XML fails here. Gives each table cell's text and `bgcolor`.
final class DOTLegendReader: NSObject, XMLParserDelegate {
  struct Cell: Equatable {
    var text: String
    var color: String?
  }

  private(set) var root: String?
  private(set) var cells: [Cell] = []
  private var inCell = false

  /// The cells of `label`, or nil with the parser's error when it is not well-formed.
  static func cells(of label: String) -> (cells: [Cell]?, root: String?, error: String?) {
    let reader = DOTLegendReader()
    let parser = XMLParser(data: Data(label.utf8))
    parser.delegate = reader
    guard parser.parse() else {
      return (nil, nil, parser.parserError.map { "\($0)" } ?? "not well-formed")
    }
    return (reader.cells, reader.root, nil)
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if root == nil { root = elementName }
    if elementName == "td" {
      cells.append(Cell(text: "", color: attributes["bgcolor"]))
      inCell = true
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inCell { cells[cells.count - 1].text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    if elementName == "td" { inCell = false }
  }
}
