/// Where in an input a problem is: a file, and as much of line, column or byte offset as known.
public struct InputLocation: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?
  public var byteOffset: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
  }

  /// `file:line:column`, the form editors and terminals link to.
  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    if let byteOffset { text += " (byte \(byteOffset))" }
    return text
  }
}
