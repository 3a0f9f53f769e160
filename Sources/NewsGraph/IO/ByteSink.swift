#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered byte writer to a file descriptor or to memory.
///
/// Serializers write UTF-8 into it piece by piece; it reaches the file in 256 KiB blocks, so a
/// large graph never sits in memory as one string. The first write error is kept and thrown by
/// `finish()`, so serializers need no error path of their own for I/O.
public final class ByteSink {
  private var buffer: [UInt8] = []
  private let descriptor: Int32?
  private var failure: Int32?
  private static let blockSize = 1 << 18
  /// What was written, for a sink in memory.
  public private(set) var bytes: [UInt8] = []

  /// A sink that collects everything in memory (`bytes`, `text`).
  public init() {
    descriptor = nil
    buffer.reserveCapacity(Self.blockSize)
  }

  /// A sink that writes to an open file descriptor; the caller closes it.
  public init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.blockSize)
  }

  public var text: String { String(decoding: bytes, as: UTF8.self) }

  @inlinable
  public func write(_ string: String) {
    var string = string
    string.withUTF8 { write($0) }
  }

  public func write(_ chunk: UnsafeBufferPointer<UInt8>) {
    buffer.append(contentsOf: chunk)
    if buffer.count >= Self.blockSize { drain() }
  }

  public func write(_ chunk: [UInt8]) {
    chunk.withUnsafeBufferPointer { write($0) }
  }

  public func write(byte: UInt8) {
    buffer.append(byte)
    if buffer.count >= Self.blockSize { drain() }
  }

  /// Writes what is buffered and reports the first error met on the way.
  public func finish() throws {
    drain()
    if let failure {
      throw NewsGraphError(.cannotWrite(String(cString: strerror(failure))))
    }
  }

  private func drain() {
    guard !buffer.isEmpty else { return }
    guard let descriptor else {
      bytes.append(contentsOf: buffer)
      buffer.removeAll(keepingCapacity: true)
      return
    }
    if failure == nil {
      buffer.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
          if written < 0 {
            if errno == EINTR { continue }
            failure = errno
            return
          }
          offset += written
        }
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
