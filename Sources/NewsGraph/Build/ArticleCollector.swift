/// Turns the paths a user gives (`newsgraph build seeds/ extra.txt`) into the ordered list of
/// article files to read.
///
/// A folder contributes its `*.txt` files, its subfolders' in turn, each in code-point order,
/// with the `INDEX.tsv` of the folder they are in; hidden names are skipped. A file given by
/// name is read whatever its extension, with the `INDEX.tsv` beside it. Order is the order of
/// the arguments, then the folder order, so every run reads the same articles in the same
/// order.
public struct ArticleCollector: Sendable {
  /// File name extensions a folder's articles have.
  public var extensions: [String] = [".txt"]
  public static let indexFile = "INDEX.tsv"

  public init() {}

  /// The articles under `paths`, plus warnings (a document name given twice).
  /// - Throws: `.noInput` for a path that does not exist or a folder without articles;
  ///   `.malformedTable` for a broken `INDEX.tsv`.
  public func collect(_ paths: [String]) throws -> (inputs: [ArticleInput], warnings: [Diagnostic]) {
    var inputs: [ArticleInput] = []
    var warnings: [Diagnostic] = []
    var seen = Set<String>()
    var seenFiles = Set<String>()
    func add(_ input: ArticleInput) {
      var input = input
      if seen.contains(input.document) { input.document = input.path }
      guard seenFiles.insert(Directory.canonicalPath(input.path)).inserted,
        seen.insert(input.document).inserted
      else {
        warnings.append(
          Diagnostic(.warning, "read once only: given twice", at: InputLocation(file: input.path)))
        return
      }
      inputs.append(input)
    }
    for path in paths {
      switch Directory.kind(of: path) {
      case .folder:
        let found = try articles(inFolder: Self.trimmed(path), below: "")
        guard !found.isEmpty else {
          throw NewsGraphError(
            .noInput("the folder holds no articles (\(extensions.joined(separator: ", ")) files)"),
            at: InputLocation(file: path))
        }
        found.forEach(add)
      case .file:
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let input = ArticleInput(path: path, document: "", index: try index(in: folder))
        add(ArticleInput(path: path, document: input.fileName, index: input.index))
      case .missing:
        throw NewsGraphError(.noInput("no such file or folder"), at: InputLocation(file: path))
      case .other:
        throw NewsGraphError(
          .noInput("neither a regular file nor a folder"), at: InputLocation(file: path))
      }
    }
    return (inputs, warnings)
  }

  private func articles(inFolder folder: String, below prefix: String) throws -> [ArticleInput] {
    let index = try index(in: folder)
    var found: [ArticleInput] = []
    for name in try Directory.names(in: folder) where !name.hasPrefix(".") {
      let path = "\(folder)/\(name)"
      switch Directory.kind(of: path) {
      case .folder:
        found += try articles(inFolder: path, below: prefix + name + "/")
      case .file where extensions.contains(where: { name.hasSuffix($0) }):
        found.append(ArticleInput(path: path, document: prefix + name, index: index))
      default:
        continue
      }
    }
    return found
  }

  private func index(in folder: String) throws -> ArticleIndex? {
    let path = "\(folder)/\(Self.indexFile)"
    guard Directory.kind(of: path) == .file else { return nil }
    return try ArticleIndex(contentsOf: path)
  }

  private static func trimmed(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }
}
