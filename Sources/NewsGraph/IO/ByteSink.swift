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
  /// The block being filled: raw memory rather than an `[UInt8]`, because serializers make
  /// millions of small writes and an array append costs a uniqueness check, a capacity check
  /// and a call each (measured: ByteSink was 10 % of the GraphML export with an array).
  ///
  /// A sink in memory grows this buffer (`realloc`) instead of draining it into `bytes` block
  /// by block, so each byte is copied once, at `finish` (row chunks written on every core are
  /// such sinks: a GraphML chunk is megabytes).
  private var buffer: UnsafeMutablePointer<UInt8>
  private var capacity = ByteSink.blockSize
  private var count = 0
  private let descriptor: Int32?
  private var failure: Int32?
  private static let blockSize = 1 << 18
  /// What was written, for a sink in memory: complete after `finish()`.
  public private(set) var bytes: [UInt8] = []

  /// A sink that collects everything in memory (`bytes`, `text`, after `finish()`).
  public init() {
    descriptor = nil
    buffer = Self.allocate(Self.blockSize)
  }

  /// A sink that writes to an open file descriptor; the caller closes it.
  public init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer = Self.allocate(Self.blockSize)
  }

  deinit { free(buffer) }

  public var text: String { String(decoding: bytes, as: UTF8.self) }

  @inlinable
  public func write(_ string: String) {
    var string = string
    string.withUTF8 { write($0) }
  }

  public func write(_ chunk: UnsafeBufferPointer<UInt8>) {
    let length = chunk.count
    guard length > 0, let base = chunk.baseAddress else { return }
    if count + length > capacity {
      if descriptor == nil {
        grow(toHold: count + length)
      } else {
        drain()
        if length > capacity {
          emit(UnsafeRawBufferPointer(chunk))
          return
        }
      }
    }
    (buffer + count).update(from: base, count: length)
    count += length
  }

  public func write(_ chunk: [UInt8]) {
    chunk.withUnsafeBufferPointer { write($0) }
  }

  public func write(byte: UInt8) {
    if count == capacity {
      if descriptor == nil { grow(toHold: count + 1) } else { drain() }
    }
    buffer[count] = byte
    count += 1
  }

  /// Writes what is buffered and reports the first error met on the way.
  public func finish() throws {
    drain()
    if let failure {
      throw NewsGraphError(.cannotWrite(String(cString: strerror(failure))))
    }
  }

  private func drain() {
    guard count > 0 else { return }
    emit(UnsafeRawBufferPointer(start: buffer, count: count))
    count = 0
  }

  /// Doubles the memory buffer until `needed` bytes fit.
  private func grow(toHold needed: Int) {
    var newCapacity = capacity
    while newCapacity < needed { newCapacity *= 2 }
    guard let grown = realloc(buffer, newCapacity) else { fatalError("out of memory") }
    buffer = grown.assumingMemoryBound(to: UInt8.self)
    capacity = newCapacity
  }

  private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
    guard let memory = malloc(capacity) else { fatalError("out of memory") }
    return memory.assumingMemoryBound(to: UInt8.self)
  }

  /// Sends bytes to the file or to `bytes`; after a write error, drops them (`finish` throws).
  private func emit(_ raw: UnsafeRawBufferPointer) {
    guard let descriptor else {
      bytes.append(contentsOf: raw)
      return
    }
    guard failure == nil else { return }
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
