#if canImport(Glibc)
  import Glibc
#endif
import ArgumentParser
import NewsGraph

enum Environment {
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
  }
}

enum FileSystem {
  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  static func makeDirectory(_ path: String) throws {
    guard !isDirectory(path) else { return }
    guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
      throw NewsGraphError(
        .cannotWrite("cannot create the folder: \(String(cString: strerror(errno)))"),
        at: InputLocation(file: path))
    }
  }
}

/// Printing diagnostics and turning library errors into exit codes, for every command.
enum Console {
  static func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { printError(diagnostic.description) }
  }

  static func printError(_ text: String) {
    var text = text + "\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  }

  /// Runs a command body; a `NewsGraphError` is printed with its location and hint and exits
  /// with its sysexits code.
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as NewsGraphError {
      printError("newsgraph: \(error)")
      throw ExitCode(error.exitCode)
    }
  }
}
