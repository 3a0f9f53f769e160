#if canImport(Glibc)
  import Glibc
#endif

/// A position in JSON text that NewsGraph wrote itself (`JSONText`), moving only past what
/// it accepts: the importer takes a list or provenance text as such only in the one spelling
/// NewsGraph writes for it, so equal values are equal bytes and a file round-trips unchanged.
struct CanonicalJSONCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var atEnd: Bool { index == bytes.count }

  mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  mutating func take(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard bytes.count - index >= count,
      memcmp(bytes.baseAddress! + index, literal.utf8Start, count) == 0
    else { return false }
    index += count
    return true
  }

  /// A quoted string, its decoded bytes handed to `emit` a run at a time: raw bytes but `"`,
  /// `\` and C0 controls, and only the escapes `JSONText.appendEscape` writes (`\"`, `\\`,
  /// `\n`, `\r`, `\t`, and `\u00xx` in lower-case hex for the other C0 controls).
  mutating func string(_ emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    guard take(UInt8(ascii: "\"")) else { return false }
    while index < bytes.count {
      let runStart = index
      index = ByteRuns.skipPlainWords(bytes, from: index) { word in
        ByteRuns.hasByte(below: 0x20, in: word) || ByteRuns.hasByte(0x22, in: word)
          || ByteRuns.hasByte(0x5C, in: word)
      }
      while index < bytes.count, bytes[index] >= 0x20, bytes[index] != UInt8(ascii: "\""),
        bytes[index] != UInt8(ascii: "\\")
      {
        index += 1
      }
      if runStart < index { emit(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
      guard index < bytes.count else { return false }
      switch bytes[index] {
      case UInt8(ascii: "\""):
        index += 1
        return true
      case UInt8(ascii: "\\"):
        guard let byte = escape() else { return false }
        withUnsafePointer(to: byte) { emit(UnsafeBufferPointer(start: $0, count: 1)) }
      default:
        return false
      }
    }
    return false
  }

  /// The byte an escape at `index` stands for, when it is spelled as NewsGraph spells it.
  private mutating func escape() -> UInt8? {
    guard bytes.count - index >= 2 else { return nil }
    let letter = bytes[index + 1]
    index += 2
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): return letter
    case UInt8(ascii: "n"): return UInt8(ascii: "\n")
    case UInt8(ascii: "r"): return UInt8(ascii: "\r")
    case UInt8(ascii: "t"): return UInt8(ascii: "\t")
    case UInt8(ascii: "u"):
      guard bytes.count - index >= 4, bytes[index] == UInt8(ascii: "0"),
        bytes[index + 1] == UInt8(ascii: "0"), let high = Self.hexDigit(bytes[index + 2]),
        high < 2, let low = Self.hexDigit(bytes[index + 3])
      else { return nil }
      let byte = high << 4 | low
      guard byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r"), byte != UInt8(ascii: "\t")
      else { return nil }
      index += 4
      return byte
    default: return nil
    }
  }

  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }

  /// An integer in the form `LexicalBytes.appendDecimal` writes: an optional `-` (never before
  /// 0), no leading zero, within `Int64`.
  mutating func integer() -> Int? {
    let negative = take(UInt8(ascii: "-"))
    let first = index
    var magnitude: UInt64 = 0
    while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9")
    {
      let (times, overflowTimes) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = times.addingReportingOverflow(UInt64(bytes[index] - 0x30))
      guard !overflowTimes, !overflowSum else { return nil }
      magnitude = sum
      index += 1
    }
    let digits = index - first
    guard digits > 0, digits == 1 || bytes[first] != UInt8(ascii: "0") else { return nil }
    if negative {
      guard magnitude != 0, magnitude <= UInt64(Int64.max) + 1 else { return nil }
      return Int(truncatingIfNeeded: 0 &- magnitude)
    }
    guard magnitude <= UInt64(Int64.max) else { return nil }
    return Int(magnitude)
  }
}
