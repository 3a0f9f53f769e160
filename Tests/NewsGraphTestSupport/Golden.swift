import Foundation
import Testing

/// Golden files beside the tests. `RECORD_GOLDENS=1` re-records them and fails the test, so
/// that a person reads the diff before committing it.
public enum Golden {
  public static func check(
    _ actual: String, named name: String, folder: String = "NewsGraphTests/Goldens",
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let path = "\(RepositoryPaths.root)/Tests/\(folder)/\(name)"
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
      Issue.record("re-recorded \(name); unset RECORD_GOLDENS and read the diff", sourceLocation: sourceLocation)
      return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      Issue.record("no golden \(path); run with RECORD_GOLDENS=1 to create it", sourceLocation: sourceLocation)
      return
    }
    let expected = Array(data)
    let got = Array(actual.utf8)
    guard expected != got else { return }
    let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let gotLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var line = 0
    while line < min(expectedLines.count, gotLines.count)
      && expectedLines[line].utf8.elementsEqual(gotLines[line].utf8)
    {
      line += 1
    }
    func excerpt(_ lines: [Substring]) -> String {
      line < lines.count ? String(lines[line].prefix(300)) : "<end of file>"
    }
    Issue.record(
      """
      \(name) differs from its golden at line \(line + 1):
        golden: \(excerpt(expectedLines))
        actual: \(excerpt(gotLines))
      """, sourceLocation: sourceLocation)
  }
}
