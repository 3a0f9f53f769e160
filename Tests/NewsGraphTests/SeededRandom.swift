/// A seeded SplitMix64 generator, so randomized tests draw the same values on every run.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

extension SeededRandom {
  /// A value in `0..<bound`: the next value modulo `bound`, so a test's draws depend on the
  /// seed alone, not on how the standard library reduces a random number to a range.
  mutating func next(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }
}
