/// A deliberately naive matcher written from the documented rules, working on Unicode scalars
/// rather than bytes, against which `PhraseAutomaton` is compared.
enum PhraseAutomatonReference {
  struct Unit {
    var exact: [UInt8]
    var start: Int
    var end: Int
    var isWord: Bool
  }

  static let punctuation: Set<UInt32> = [
    0xA0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026,
  ]
  static let spaces: Set<UInt32> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0]

  /// One unit per scalar, whitespace runs merged into one " ", ’ as '.
  static func units(_ text: String) -> [Unit] {
    var result: [Unit] = []
    var offset = 0
    for scalar in text.unicodeScalars {
      let length = String(scalar).utf8.count
      defer { offset += length }
      let value = scalar.value
      let isWord: Bool
      if value < 0x80 {
        isWord = (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
      } else {
        isWord = !punctuation.contains(value)
      }
      if spaces.contains(value) {
        if let last = result.last, last.exact == [0x20] {
          result[result.count - 1].end = offset + length
          continue
        }
        result.append(Unit(exact: [0x20], start: offset, end: offset + length, isWord: false))
      } else if value == 0x2019 {
        result.append(Unit(exact: [0x27], start: offset, end: offset + length, isWord: false))
      } else {
        result.append(
          Unit(
            exact: Array(String(scalar).utf8), start: offset, end: offset + length,
            isWord: isWord))
      }
    }
    return result
  }

  static func folded(_ bytes: [UInt8]) -> [UInt8] {
    bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
  }

  /// (start, end, sorted payloads) of every leftmost-longest match.
  static func matches(
    phrases: [(text: String, payload: Int32, caseSensitive: Bool)], in text: String
  ) -> [(start: Int, end: Int, payloads: [Int32])] {
    var compiled: [(units: [UInt8], payload: Int32, caseSensitive: Bool)] = []
    for phrase in phrases {
      var phraseUnits = units(phrase.text)
      guard phraseUnits.contains(where: \.isWord) else { continue }
      if phraseUnits.first?.exact == [0x20] { phraseUnits.removeFirst() }
      if phraseUnits.last?.exact == [0x20] { phraseUnits.removeLast() }
      let bytes = phraseUnits.flatMap(\.exact)
      compiled.append(
        (
          phrase.caseSensitive ? bytes : folded(bytes), phrase.payload,
          phrase.caseSensitive
        ))
    }
    let longest = compiled.map(\.units.count).max() ?? 0
    let textUnits = units(text)
    var result: [(start: Int, end: Int, payloads: [Int32])] = []
    var index = 0
    while index < textUnits.count {
      if index > 0 && textUnits[index - 1].isWord {
        index += 1
        continue
      }
      var bestEnd = -1
      var bestUnitEnd = -1
      var payloads: Set<Int32> = []
      var candidate: [UInt8] = []
      var unitEnd = index
      while unitEnd < textUnits.count && candidate.count < longest {
        candidate.append(contentsOf: textUnits[unitEnd].exact)
        unitEnd += 1
        if unitEnd < textUnits.count && textUnits[unitEnd].isWord { continue }
        var found: Set<Int32> = []
        for phrase in compiled {
          let spelled = phrase.caseSensitive ? candidate : folded(candidate)
          if spelled == phrase.units { found.insert(phrase.payload) }
        }
        if !found.isEmpty {
          bestEnd = textUnits[unitEnd - 1].end
          bestUnitEnd = unitEnd
          payloads = found
        }
      }
      if bestEnd >= 0 {
        result.append((textUnits[index].start, bestEnd, payloads.sorted()))
        index = bestUnitEnd
      } else {
        index += 1
      }
    }
    return result
  }
}
