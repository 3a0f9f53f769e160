/// 64-bit FNV-1a over bytes: the content hash behind derived ids (`StableID`, relation ids),
/// which must be the same on every run and machine (`Hasher` is seeded per process), and the
/// cheap hash of the byte-keyed tables.
public struct FNV1a {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  /// A hash resumed from `value` (a state `value` gave earlier).
  init(value: UInt64) { self.value = value }

  @inline(__always)
  public mutating func add(_ byte: UInt8) {
    value ^= UInt64(byte)
    value &*= 0x0000_0100_0000_01b3
  }

  @inline(__always)
  public mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    for byte in bytes { add(byte) }
  }

  /// The hash of `bytes` alone.
  @inline(__always)
  public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64
  where Bytes.Element == UInt8 {
    var hasher = FNV1a()
    hasher.add(bytes)
    return hasher.value
  }

  /// The first `digits` of the hash's 16 lowercase hex digits, most significant first.
  public func hex(digits: Int = 16) -> String {
    String(unsafeUninitializedCapacity: digits) { target in
      Self.hexDigits.withUTF8Buffer { table in
        for position in 0..<digits {
          target[position] = table[Int((value >> UInt64(60 - 4 * position)) & 0xF)]
        }
      }
      return digits
    }
  }

  /// All 16 hex digits of the hash, appended.
  public func appendHex(to out: inout [UInt8]) {
    Self.hexDigits.withUTF8Buffer { table in
      for position in 0..<16 {
        out.append(table[Int((value >> UInt64(60 - 4 * position)) & 0xF)])
      }
    }
  }

  private static let hexDigits: StaticString = "0123456789abcdef"
}
