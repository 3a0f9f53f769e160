import Testing

@testable import NewsGraph

/// The one FNV-1a behind derived ids and byte-keyed tables: ids written by earlier runs depend
/// on its exact values and hex spelling.
@Suite struct FNV1aTests {
  /// Published FNV-1a 64 test vectors (the empty string, "a", "foobar").
  @Test func matchesThePublishedVectors() {
    #expect(FNV1a.hash([UInt8]()) == 0xcbf2_9ce4_8422_2325)
    #expect(FNV1a.hash("a".utf8) == 0xaf63_dc4c_8601_ec8c)
    #expect(FNV1a.hash("foobar".utf8) == 0x8594_4171_f739_67e8)
    #expect(StableID.hexHash("a") == "af63dc4c8601ec8c")
  }

  /// `hex(digits:)` and `appendHex` are the hash's zero-padded lowercase hex digits (the
  /// relation ids keep the first 8).
  @Test func hexIsTheZeroPaddedDigitsAndItsPrefix() {
    for hash: UInt64 in [0, 1, 0xF, 0xDEAD_BEEF, 0x0123_4567_89AB_CDEF, .max] {
      let digits = String(hash, radix: 16)
      let full = String(repeating: "0", count: 16 - digits.count) + digits
      let hasher = FNV1a(value: hash)
      #expect(hasher.hex(digits: 8) == String(full.prefix(8)))
      #expect(hasher.hex() == full)
      var bytes: [UInt8] = []
      hasher.appendHex(to: &bytes)
      #expect(bytes == Array(full.utf8))
    }
  }
}
