extension String {
  /// Orders strings by their UTF-8 bytes, which is code point order.
  ///
  /// Swift's `<` orders by canonical equivalence, under which NFC and NFD twins are equal and
  /// sorting is not a total order on scalars; output order must never depend on that.
  @inlinable
  public func precedesByScalars(_ other: String) -> Bool {
    var lhs = self
    var rhs = other
    return lhs.withUTF8 { a in
      rhs.withUTF8 { b in
        let common = min(a.count, b.count)
        for index in 0..<common where a[index] != b[index] {
          return a[index] < b[index]
        }
        return a.count < b.count
      }
    }
  }

  /// Equality by Unicode scalars (UTF-8 bytes), not canonical equivalence.
  @inlinable
  public func equalsByScalars(_ other: String) -> Bool {
    utf8.elementsEqual(other.utf8)
  }
}

/// A dictionary key that compares strings by scalars, so that NFC and NFD twins stay apart.
public struct ScalarKey: Hashable, Sendable {
  public let text: String

  public init(_ text: String) { self.text = text }

  public static func == (lhs: ScalarKey, rhs: ScalarKey) -> Bool {
    lhs.text.utf8.elementsEqual(rhs.text.utf8)
  }

  public func hash(into hasher: inout Hasher) {
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
