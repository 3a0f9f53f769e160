#if canImport(Glibc)
  import Glibc
#endif

/// Writes a file so that readers see either the old file or the whole new one, never a part:
/// the content goes to a temporary file in the same folder, which is renamed over the target
/// only when everything was written. On any error the temporary file is removed.
public enum AtomicFile {
  public static func write(to path: String, _ body: (ByteSink) throws -> Void) throws {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[..<$0]) } ?? "."
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let temporary = "\(folder)/.\(base).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw NewsGraphError(
        .cannotWrite("\(String(cString: strerror(errno)))"), at: InputLocation(file: path))
    }
    do {
      let sink = ByteSink(descriptor: descriptor)
      try body(sink)
      try sink.finish()
      guard close(descriptor) == 0 else {
        throw NewsGraphError(.cannotWrite(String(cString: strerror(errno))))
      }
    } catch let error as NewsGraphError {
      close(descriptor)
      unlink(temporary)
      throw error.location == nil ? error.located(inFile: path) : error
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw NewsGraphError(.cannotWrite(reason), at: InputLocation(file: path))
    }
  }
}
