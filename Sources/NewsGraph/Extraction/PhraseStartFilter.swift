/// The pairs of first units that can begin a `PhraseAutomaton` match, as bits, looked up at a
/// word start before the trie is walked.
///
/// A case-insensitive phrase adds its first two units folded, a case-sensitive one its first
/// two units as written (what `PhraseAutomaton` compares them with); a one-unit phrase adds its
/// unit to a set of its own. A text position whose pairs (folded, and as written) are in neither
/// cannot start a match, so nothing is lost by not walking from it.
struct PhraseStartFilter {
  /// 65,536 bits for the pairs, then 256 for the one-unit phrases.
  static let wordCount = 65_536 / 64 + 256 / 64

  let bits: UnsafeBufferPointer<UInt64>

  /// Adds a phrase's units (folded or as written, never empty) to the bits.
  static func add(_ units: ArraySlice<UInt8>, to bits: inout [UInt64]) {
    let first = Int(units[units.startIndex])
    let bit =
      units.count == 1
      ? 65_536 + first : first << 8 | Int(units[units.index(after: units.startIndex)])
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  @inline(__always)
  private func contains(_ bit: Int) -> Bool {
    bits[bit >> 6] >> UInt64(bit & 63) & 1 != 0
  }

  /// Whether a match may start at `position`, whose first unit folded is `first` and whose
  /// second unit starts at `next`. The unit as written differs from the folded one only for
  /// ASCII A-Z (see `MatchText.unit`).
  @inline(__always)
  func mayStart(
    at position: Int, first: UInt8, next: Int, in text: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let byte = text[position]
    let written = byte &- 0x41 < 26 ? byte : first
    if contains(65_536 + Int(first)) || contains(65_536 + Int(written)) { return true }
    guard next < text.count else { return false }
    let (second, _) = MatchText.unit(at: next, in: text, folding: true)
    let following = text[next]
    let secondWritten = following &- 0x41 < 26 ? following : second
    return contains(Int(first) << 8 | Int(second))
      || contains(Int(written) << 8 | Int(secondWritten))
  }
}
