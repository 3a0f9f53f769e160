/// Candidate ids for names the lexicon lacks: lowercase ASCII letters and digits, every other run
/// of bytes one hyphen ("Alexander Volfovich" → "alexander-volfovich"). Latin letters with
/// diacritics become their base letters (`LatinFolding`: "Krzysztof Płatek" →
/// "krzysztof-platek", the same id as the spelling without them); other non-ASCII letters become
/// hyphens, so ids stay NMTOKEN-safe; nil when nothing is left.
enum MentionSlug {
  static func make(_ name: String) -> String? {
    var slug: [UInt8] = []
    var pendingHyphen = false
    func append(_ byte: UInt8) {
      let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
      if lower &- 0x61 < 26 || lower &- 0x30 < 10 {
        if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
        pendingHyphen = false
        slug.append(lower)
      } else {
        pendingHyphen = true
      }
    }
    for scalar in name.unicodeScalars {
      if scalar.value < 0x80 {
        append(UInt8(scalar.value))
      } else if let folded = LatinFolding.ascii(scalar) {
        for byte in folded.utf8 { append(byte) }
      } else {
        pendingHyphen = true
      }
    }
    return slug.isEmpty ? nil : String(decoding: slug, as: UTF8.self)
  }
}
