#if canImport(Glibc)
  import Glibc
#endif

/// Reading input files as bytes, and checking they are text.
public enum InputFile {
  /// The whole file.
  public static func bytes(atPath path: String) throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw NewsGraphError(.cannotRead(String(cString: strerror(errno))), at: InputLocation(file: path))
    }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
      throw NewsGraphError(.cannotRead("it is a folder"), at: InputLocation(file: path))
    }
    // Read straight into the array, sized from the file's length, with one spare byte so a
    // file that grew since `fstat` is noticed; a pipe or a growing file goes on in chunks.
    let expected = max(0, Int(info.st_size))
    var filled = 0
    var failure: Int32 = 0
    var result = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
      while filled < buffer.count {
        let got = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
        if got < 0 {
          if errno == EINTR { continue }
          failure = errno
          break
        }
        if got == 0 { break }
        filled += got
      }
      count = filled
    }
    if failure != 0 {
      throw NewsGraphError(.cannotRead(String(cString: strerror(failure))), at: InputLocation(file: path))
    }
    if filled == expected + 1 {
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        if count < 0 {
          if errno == EINTR { continue }
          throw NewsGraphError(.cannotRead(String(cString: strerror(errno))), at: InputLocation(file: path))
        }
        if count == 0 { break }
        result.append(contentsOf: chunk[0..<count])
      }
    }
    return result
  }

  /// Checks the bytes are UTF-8 text: not empty, no NUL byte, valid UTF-8 (the error names the
  /// byte offset and line of the first bad byte). Every reader of text input calls this once.
  public static func checkText(_ bytes: [UInt8], file: String) throws {
    try bytes.withUnsafeBufferPointer { try checkText($0, file: file) }
  }

  /// `checkText` on a buffer (a mapped file).
  public static func checkText(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
    guard !bytes.isEmpty else { throw NewsGraphError(.emptyInput, at: InputLocation(file: file)) }
    if let nul = bytes.firstIndex(of: 0) {
      throw NewsGraphError(.binaryInput, at: location(of: nul, in: bytes, file: file))
    }
    if let bad = UTF8Validation.firstInvalidOffset(bytes) {
      throw NewsGraphError(.invalidUTF8, at: location(of: bad, in: bytes, file: file))
    }
  }

  /// Calls `body` with the file's bytes: mapped read-only when it is a regular file, so a large
  /// input is never copied, else read whole. `release`, given for a mapping, drops the mapped
  /// pages before an offset the reader has passed, so they stop counting in the process's
  /// memory (they are read again from the file if touched again).
  public static func withBytes<Result>(
    atPath path: String,
    _ body: (UnsafeBufferPointer<UInt8>, _ release: ((Int) -> Void)?) throws -> Result
  ) throws -> Result {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw NewsGraphError(.cannotRead(String(cString: strerror(errno))), at: InputLocation(file: path))
    }
    var info = stat()
    let isRegular = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    let size = Int(info.st_size)
    guard isRegular, size > 0,
      let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED
    else {
      close(descriptor)
      return try bytes(atPath: path).withUnsafeBufferPointer { try body($0, nil) }
    }
    close(descriptor)
    defer { munmap(mapped, size) }
    _ = madvise(mapped, size, MADV_SEQUENTIAL)
    let released = ReleasedPrefix()
    let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    let buffer = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size)
    return try body(buffer) { offset in
      let upTo = min(offset, size) / pageSize * pageSize
      guard upTo > released.offset else { return }
      _ = madvise(mapped + released.offset, upTo - released.offset, MADV_DONTNEED)
      released.offset = upTo
    }
  }

  /// The bytes as a string once `checkText` accepts them; a UTF-8 BOM is skipped.
  public static func text(_ bytes: [UInt8], file: String) throws -> String {
    try checkText(bytes, file: file)
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return String(decoding: bytes[start...], as: UTF8.self)
  }

  /// Line (1-based), column (1-based, in bytes) and byte offset of a position.
  public static func location(of offset: Int, in bytes: [UInt8], file: String) -> InputLocation {
    bytes.withUnsafeBufferPointer { location(of: offset, in: $0, file: file) }
  }

  static func location(
    of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String
  ) -> InputLocation {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    return InputLocation(file: file, line: line, column: offset - lineStart + 1, byteOffset: offset)
  }
}

/// How much of a mapped file has been released (see `InputFile.withBytes`).
private final class ReleasedPrefix {
  var offset = 0
}
