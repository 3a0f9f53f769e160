#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// Negative, zero or positive as `self` sorts before, equal to or after `other` in code point
  /// order, with one `memcmp` of the UTF-8 bytes (UTF-8 byte order is code point order).
  ///
  /// Swift's `<` and `==` use canonical equivalence, under which NFC and NFD twins are equal;
  /// ids, IRIs and output order must never depend on that. Writers compare ids and IRIs that
  /// share long prefixes millions of times, so this is one `memcmp`, not a walk of the view.
  @inlinable
  public func compareByScalars(_ other: String) -> Int {
    var lhs = self
    var rhs = other
    return lhs.withUTF8 { a in rhs.withUTF8 { b in ScalarOrder.compare(a, b) } }
  }

  @inlinable
  public func precedesByScalars(_ other: String) -> Bool { compareByScalars(other) < 0 }

  /// Equality by Unicode scalars (UTF-8 bytes), not canonical equivalence.
  @inlinable
  public func equalsByScalars(_ other: String) -> Bool {
    utf8.count == other.utf8.count && compareByScalars(other) == 0
  }
}

/// A dictionary key that compares strings by scalars, so that NFC and NFD twins stay apart.
/// Code point order of UTF-8 byte strings: UTF-8 byte order is code point order, so one
/// `memcmp` decides it (columns, ids and IRIs compare millions of times on this path).
public enum ScalarOrder {
  /// Negative, zero or positive as `a` sorts before, equals or follows `b`.
  @inlinable
  public static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    let common = Swift.min(a.count, b.count)
    if common > 0 {
      let order = memcmp(a.baseAddress!, b.baseAddress!, common)
      if order != 0 { return Int(order) }
    }
    return a.count - b.count
  }
}

public struct ScalarKey: Hashable, Sendable {
  public let text: String

  public init(_ text: String) { self.text = text }

  public static func == (lhs: ScalarKey, rhs: ScalarKey) -> Bool {
    lhs.text.equalsByScalars(rhs.text)
  }

  public func hash(into hasher: inout Hasher) {
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
