import Foundation
import NewsGraph
import NewsGraphTestSupport
import Testing

@Suite struct AtomicFileTests {
  struct Interrupted: Error {}

  @Test func aFailedWriteLeavesTheOldFileAndNoTemporary() throws {
    let folder = try Interop.temporaryFolder()
    let path = "\(folder)/out.txt"
    try Interop.write("old\n", to: path)
    #expect(throws: Interrupted.self) {
      try AtomicFile.write(to: path) { sink in
        sink.write(String(repeating: "x", count: 1 << 20))
        throw Interrupted()
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
  }

  @Test func aCompleteWriteReplacesTheFile() throws {
    let folder = try Interop.temporaryFolder()
    let path = "\(folder)/out.txt"
    try Interop.write("old\n", to: path)
    try AtomicFile.write(to: path) { $0.write("new\n") }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
  }

  @Test func anUnwritableFolderIsACannotWriteError() {
    #expect {
      try AtomicFile.write(to: "/nonexistent-folder/out.txt") { $0.write("x") }
    } throws: { error in
      (error as? NewsGraphError)?.kind == .cannotWrite("No such file or directory")
        && (error as? NewsGraphError)?.location?.file == "/nonexistent-folder/out.txt"
    }
  }
}
