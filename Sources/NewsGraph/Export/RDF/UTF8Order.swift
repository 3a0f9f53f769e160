#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Code point order and identity of strings with one `memcmp` of their UTF-8 bytes.
///
/// RDF output compares IRIs that share long prefixes (`https://w3id.org/newsgraph/id/…`)
/// millions of times while sorting triples; walking `String.UTF8View` byte by byte was most
/// of the time spent writing a large graph. UTF-8 byte order is code point order.
enum UTF8Order {
  /// Negative, zero or positive as `a` sorts before, equal to or after `b`.
  static func compare(_ a: String, _ b: String) -> Int {
    var a = a
    var b = b
    return a.withUTF8 { left in
      b.withUTF8 { right in
        let common = min(left.count, right.count)
        if common > 0 {
          let order = memcmp(left.baseAddress!, right.baseAddress!, common)
          if order != 0 { return Int(order) }
        }
        return left.count - right.count
      }
    }
  }

  static func equal(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && compare(a, b) == 0
  }
}
