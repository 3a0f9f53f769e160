internal import CLibXML2

/// The process-wide libxml2 settings NewsGraph relies on, and error conversion.
enum XMLSafety {
  /// Installs the entity loader that refuses everything, once per process: with it no DTD,
  /// external entity or schema is ever fetched, whatever a document asks for.
  static func installOnce() { _ = installed }

  private static let installed: Bool = {
    xmlInitParser()
    newsgraph_install_entity_refusal()
    return true
  }()

  /// The parser's last error as a located NewsGraphError.
  static func lastError(of context: xmlParserCtxtPtr, file: String) -> NewsGraphError {
    guard let error = xmlCtxtGetLastError(context) else {
      return NewsGraphError(.malformedXML("the parser stopped"), at: InputLocation(file: file))
    }
    let message = error.pointee.message.map { String(cString: $0) }
      .map { $0.trimmingTrailingNewlines() } ?? "the parser stopped"
    let line = Int(error.pointee.line)
    let column = Int(error.pointee.int2)
    return NewsGraphError(
      .malformedXML(message),
      at: InputLocation(file: file, line: line > 0 ? line : nil, column: column > 0 ? column : nil))
  }
}

extension String {
  func trimmingTrailingNewlines() -> String {
    var copy = self
    while copy.last == "\n" || copy.last == "\r" { copy.removeLast() }
    return copy
  }
}
