/// Reads GraphML (as NetworkX, igraph, Gephi, Cytoscape, yEd and NewsGraph write it) into a
/// `ForeignGraph`, streaming with libxml2's xmlTextReader so a large file never sits in memory
/// as a tree.
///
/// What it reads: the `<key>`s (`id`, `for`, `attr.name`, `attr.type`, `<default>`, `<desc>`),
/// one `<graph>` with its `edgedefault`, the graph's `<data>`, every `<node id>` and
/// `<edge id? source target>` with their `<data>`. Each element's attributes come out in key
/// declaration order; a key's `<default>` fills in for elements without that data.
///
/// - Types: `int`/`long` (and Gephi's `integer`) → integer; a value beyond 64 bits stays a
///   string, with a warning. `float`/`double` → double, with `NaN`, `INF`, `Infinity`, `inf`,
///   `nan` in any case and sign, as Python's `float()` takes them. `boolean` → `true`, `false`,
///   `1`, `0` in any case. Numbers and booleans may have surrounding whitespace; strings are
///   kept exactly, text and CDATA concatenated.
/// - Names: `attr.name`, or the key id when there is none. NewsGraph writes a mapped name's
///   original in `<desc>` (`date_of_birth`, desc `date of birth`); a `<desc>` whose safe name
///   (`AttributeNaming`) is the `attr.name` restores it, any other `<desc>` is just a
///   description. A NewsGraph date key (`n-date.<name>`) reads back as dates.
/// - Skipped: yFiles data (keys with `yfiles.type`), elements in other namespaces, `<desc>` of
///   graphs, nodes and edges.
/// - Direction: `edgedefault`; a graph without one is read as directed, with a warning (NetworkX
///   reads it as undirected; the schema requires the attribute).
/// - Refused: nested graphs, hyperedges, ports, locators and a second `<graph>`
///   (`.malformedGraphML`), data for an undeclared key, two keys of one domain with one name,
///   a value that does not parse as its type, a repeated node id, an edge whose `directed`
///   contradicts `edgedefault`; any DOCTYPE that declares entities and any entity reference
///   (`.unsafeXML`: nothing is ever expanded or fetched). A DOCTYPE that only names an
///   external DTD (`graphml.dtd`) is read, the DTD never loaded.
///
/// Errors name the line (and, for XML that is not well-formed, the column).
public struct GraphMLReader: Sendable {
  public init() {}

  public func read(bytes: [UInt8], file: String) throws -> ForeignGraph {
    try bytes.withUnsafeBufferPointer { try read(buffer: $0, file: file) }
  }

  /// `read(bytes:file:)` on a buffer (a mapped file).
  public func read(buffer: UnsafeBufferPointer<UInt8>, file: String) throws -> ForeignGraph {
    try InputFile.checkText(buffer, file: file)
    guard buffer.count <= Int(Int32.max) else {
      throw NewsGraphError(
        .cannotRead("GraphML files over 2 GiB are not supported"), at: InputLocation(file: file))
    }
    let session = try Session(buffer, file: file)
    return try session.run()
  }

  /// The `<desc>` when its safe name (`AttributeNaming`) is the file's name, possibly with the
  /// `_2`, `_3`, … a clash added: then NewsGraph mapped it and it is the original name.
  public static func restoredName(_ name: String, desc: String?) -> String {
    guard let desc, !desc.equalsByScalars(name) else { return name }
    let base = AttributeNaming.safeName(for: desc, avoiding: [])
    if base.equalsByScalars(name) { return desc }
    let prefix = base + "_"
    guard name.utf8.starts(with: prefix.utf8) else { return name }
    let suffix = name.utf8.dropFirst(prefix.utf8.count)
    let isCounter =
      !suffix.isEmpty && suffix.first != UInt8(ascii: "0")
      && suffix.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    return isCounter ? desc : name
  }
}
