/// The one error type of the library: what went wrong, where, and what to do about it.
///
/// All messages and hints are written in one switch, so their tone and content stay uniform.
public struct NewsGraphError: Error, Sendable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// Bytes that are not UTF-8.
    case invalidUTF8
    /// A file that holds NUL bytes or other binary data where text was expected.
    case binaryInput
    case emptyInput
    case malformedJSON(String)
    case malformedXML(String)
    case malformedGraphML(String)
    /// A TAB-separated table (a lexicon file, an article folder's `INDEX.tsv`) that breaks its
    /// format or its rules.
    case malformedTable(String)
    /// XML that asks for something NewsGraph never does: entity declarations, external DTDs.
    case unsafeXML(String)
    case invalidOntology(String)
    case invalidGraph(String)
    case unknownFormat(String)
    case cannotRead(String)
    case cannotWrite(String)
    case noInput(String)
  }

  public var kind: Kind
  public var location: InputLocation?

  public init(_ kind: Kind, at location: InputLocation? = nil) {
    self.kind = kind
    self.location = location
  }

  /// The same error, placed in a file (readers of in-memory text do not know the file name).
  public func located(inFile file: String) -> NewsGraphError {
    var copy = self
    if copy.location == nil {
      copy.location = InputLocation(file: file)
    } else {
      copy.location!.file = file
    }
    return copy
  }

  public var message: String {
    switch kind {
    case .invalidUTF8: "the input is not valid UTF-8"
    case .binaryInput: "the input is binary data, not text"
    case .emptyInput: "the input is empty"
    case .malformedJSON(let detail): "malformed JSON: \(detail)"
    case .malformedXML(let detail): "malformed XML: \(detail)"
    case .malformedGraphML(let detail): "not GraphML NewsGraph can read: \(detail)"
    case .malformedTable(let detail): "malformed table: \(detail)"
    case .unsafeXML(let detail): "refused XML: \(detail)"
    case .invalidOntology(let detail): "invalid ontology: \(detail)"
    case .invalidGraph(let detail): "invalid graph: \(detail)"
    case .unknownFormat(let detail): "unknown format: \(detail)"
    case .cannotRead(let detail): "cannot read: \(detail)"
    case .cannotWrite(let detail): "cannot write: \(detail)"
    case .noInput(let detail): "no input: \(detail)"
    }
  }

  public var hint: String {
    switch kind {
    case .invalidUTF8: "re-encode the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)"
    case .binaryInput: "pass a text file; binary files cannot be read"
    case .emptyInput: "the file has no content; remove it or fill it"
    case .malformedJSON: "check the file is complete, e.g. with python3 -m json.tool"
    case .malformedXML: "check the file is complete and well-formed, e.g. with xmllint --noout"
    case .malformedGraphML: "NewsGraph reads flat GraphML: keys, one graph, nodes and edges"
    case .malformedTable:
      "fix the line named: one header line, then rows of fields separated by one TAB; dates are YYYY-MM-DD"
    case .unsafeXML:
      "remove the DOCTYPE's entity declarations; NewsGraph never expands or fetches entities"
    case .invalidOntology: "fix the ontology file at the place named, then run again"
    case .invalidGraph: "ids must be unique and NMTOKEN-safe; edges must join existing nodes"
    case .unknownFormat: "use one of: graphml, rdf, dot, json (by file extension or --to)"
    case .cannotRead: "check the path exists and is readable"
    case .cannotWrite: "check the output folder exists and is writable"
    case .noInput: "pass files or folders holding articles or graphs"
    }
  }

  /// sysexits(3): 65 bad data, 66 no input, 73 cannot create output, 78 configuration error.
  public var exitCode: Int32 {
    switch kind {
    case .cannotRead, .noInput: 66
    case .cannotWrite: 73
    case .invalidOntology: 78
    case .unknownFormat: 64
    default: 65
    }
  }

  /// `file:line:col: error: message` then the hint, as compilers print it.
  public var description: String {
    let prefix = location.map { "\($0): " } ?? ""
    return "\(prefix)error: \(message)\n  hint: \(hint)"
  }
}
