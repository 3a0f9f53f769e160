/// A state's ministry named by a state word and a generic ministry name: "Iran's foreign
/// ministry", "the Polish defence ministry", "Russia's Ministry of Defence". The lexicon lists
/// each ministry under its full names ("Iranian Foreign Ministry"); this rule finds the one whose
/// `country` is the state and whose names hold the same kind of ministry, so possessive and
/// lowercase forms resolve to it too. With several, nothing is added. With none, a capitalized
/// name ("Taiwan's Ministry of National Defense", "Pakistan's Foreign Office") is that state's
/// own ministry: its id is the state id and the name's slug
/// ("taiwan-ministry-of-national-defense"), its span the name alone, so the state keeps its
/// own mention.
struct MinistryRule: Sendable {
  /// Generic names, lowercase, → the kind of ministry.
  static let phrases: [(words: [String], kind: String)] = [
    (["foreign", "ministry"], "foreign"), (["ministry", "of", "foreign", "affairs"], "foreign"),
    (["foreign", "office"], "foreign"), (["defence", "ministry"], "defence"),
    (["defense", "ministry"], "defence"), (["ministry", "of", "defence"], "defence"),
    (["ministry", "of", "defense"], "defence"),
    (["ministry", "of", "national", "defence"], "defence"),
    (["ministry", "of", "national", "defense"], "defence"),
  ]
  /// `phrases`' words as bytes, for `word(_:in:is:)`.
  static let phraseBytes: [[[UInt8]]] = phrases.map { $0.words.map { Array($0.utf8) } }
  /// Pieces of a lexicon name (lowercase) that tell the kind of ministry.
  static let markers: [(text: String, kind: String)] = [
    ("foreign ministry", "foreign"), ("ministry of foreign affairs", "foreign"),
    ("foreign office", "foreign"), ("ministry of external affairs", "foreign"),
    ("defence ministry", "defence"), ("defense ministry", "defence"),
    ("ministry of defence", "defence"), ("ministry of defense", "defence"),
    ("ministry of national defen", "defence"), ("ministry of the armed forces", "defence"),
  ]

  /// "state kind" → organization ids.
  let ministries: [String: [String]]

  init(lexicon: Lexicon) {
    var found: [String: [String]] = [:]
    for position in lexicon.positions(ofType: "Organization") {
      guard let country = lexicon.entries[position].country else { continue }
      let entry = lexicon.entries[position]
      let names = ([entry.label] + entry.aliases).map { $0.lowercased() }
      var kinds: [String] = []
      for marker in Self.markers
      where !kinds.contains(marker.kind)
        && names.contains(where: { Self.name($0, contains: marker.text) })
      {
        kinds.append(marker.kind)
      }
      for kind in kinds { found[country + " " + kind, default: []].append(entry.id) }
    }
    ministries = found
  }

  /// `name.contains(marker)` for an ASCII marker. An ASCII name is searched by bytes (its
  /// characters are its bytes, except CR LF, which no marker holds); `String.contains` costs
  /// tens of thousands of instructions a call, and runs for every name of every ministry.
  static func name(_ name: String, contains marker: String) -> Bool {
    guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.contains(marker) }
    let text = Array(name.utf8)
    let pattern = Array(marker.utf8)
    guard !pattern.isEmpty else { return name.contains(marker) }
    guard pattern.count <= text.count else { return false }
    for start in 0...(text.count - pattern.count)
    where text[start..<(start + pattern.count)].elementsEqual(pattern) {
      return true
    }
    return false
  }

  /// Whether word `index` lowercased is `word` (lowercase ASCII, `bytes` its UTF-8), as
  /// `tokens.text(index).lowercased() == word`. An ASCII word is compared byte by byte with A–Z
  /// made a–z, which is what `lowercased()` does to it, and ASCII strings are equal when their
  /// bytes are; any other word goes the `String` way (no per-word String for the usual case).
  static func word(
    _ index: Int, in tokens: SentenceTokens, is word: String, bytes: [UInt8]
  ) -> Bool {
    guard tokens.keys[index].isASCII else { return tokens.text(index).lowercased() == word }
    let range = tokens.words[index]
    guard range.count == bytes.count else { return false }
    var offset = 0
    for position in range {
      let byte = tokens.bytes[position]
      if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != bytes[offset] { return false }
      offset += 1
    }
    return true
  }

  func mentions(in tokens: SentenceTokens, lexicon: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for state in lexicon where state.type == "State" && state.candidates.count == 1 {
      guard let index = tokens.firstWord(from: state.bytes.upperBound) else { continue }
      for (phrase, words) in zip(Self.phrases, Self.phraseBytes) {
        let last = index + phrase.words.count - 1
        guard last < tokens.words.count,
          (0..<phrase.words.count).allSatisfy({
            Self.word(index + $0, in: tokens, is: phrase.words[$0], bytes: words[$0])
          })
        else { continue }
        var ids = ministries[state.candidates[0] + " " + phrase.kind] ?? []
        guard ids.count <= 1 else { continue }
        var bytes = state.bytes.lowerBound..<tokens.words[last].upperBound
        if ids.isEmpty {
          guard tokens.isCapitalized(index),
            let slug = MentionSlug.make(
              state.candidates[0] + " " + tokens.text(from: index, through: last))
          else { continue }
          ids = [slug]
          // The state stays its own mention: nothing else tells whose ministry it is.
          bytes = tokens.words[index].lowerBound..<tokens.words[last].upperBound
        }
        result.append(
          Mention(
            document: "", sentence: 0, bytes: bytes, scalars: 0..<0,
            text: String(decoding: tokens.bytes[bytes], as: UTF8.self), candidates: ids,
            type: "Organization", method: .cueOrganization))
        break
      }
    }
    return result
  }
}
