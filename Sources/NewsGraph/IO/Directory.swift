#if canImport(Glibc)
  import Glibc
#endif

/// Listing folders and telling files from folders, with POSIX calls (the library does not
/// depend on Foundation).
public enum Directory {
  public enum Kind: Sendable, Equatable {
    case file, folder, other, missing
  }

  /// What is at `path`, following symbolic links.
  public static func kind(of path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    default: return .other
    }
  }

  /// The names in a folder, without "." and "..", in code-point order, so that every run
  /// visits them in the same order whatever the file system returns.
  public static func names(in path: String) throws -> [String] {
    guard let handle = opendir(path) else {
      throw NewsGraphError(
        .cannotRead(String(cString: strerror(errno))), at: InputLocation(file: path))
    }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted { $0.precedesByScalars($1) }
  }

  /// The absolute path with symbolic links, "." and ".." resolved, to tell whether two paths
  /// name the same file; the path itself when it cannot be resolved.
  public static func canonicalPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
