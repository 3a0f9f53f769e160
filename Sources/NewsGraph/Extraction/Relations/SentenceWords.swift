/// The words of one sentence as byte ranges, for the relation rules: a word is a run of word
/// bytes (`MatchText`: ASCII letters and digits, non-ASCII letters), joined across a hyphen
/// between word bytes ("anti-tank", "Su-35") and across a comma or dot between digits ("2,000",
/// "2.3"). Apostrophes split ("Iran’s" is "Iran" + "s"). Short markup tags (`<u>`) and
/// everything else are separators.
struct SentenceWords {
  let bytes: [UInt8]
  private(set) var words: [Range<Int>] = []
  /// Each word in lower case (ASCII folding only), made once with the words: the rules ask for
  /// words by the hundred per sentence, often the same word again for every argument before a
  /// trigger.
  private(set) var lowered: [String] = []

  init(bytes: [UInt8]) {
    self.bytes = bytes
    // Appended to a local array, not to the stored property inside the closure (which checked
    // the property's uniqueness on every append).
    var words: [Range<Int>] = []
    words.reserveCapacity(bytes.count / 5 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      var position = 0
      var start: Int?
      let count = buffer.count
      while position < count {
        if buffer[position] == UInt8(ascii: "<"), let end = Self.tagEnd(from: position, in: buffer)
        {
          if let open = start {
            words.append(open..<position)
            start = nil
          }
          position = end
          continue
        }
        let (isWord, length) = MatchText.classify(at: position, in: buffer)
        if isWord {
          if start == nil { start = position }
        } else if let open = start {
          let byte = buffer[position]
          // The next byte is classified only after a hyphen, the one place it matters.
          let joinsHyphen =
            byte == UInt8(ascii: "-") && position + 1 < count
            && MatchText.classify(at: position + 1, in: buffer).isWord
          let joinsNumber =
            (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."))
            && Self.isDigit(buffer[position - 1]) && position + 1 < count
            && Self.isDigit(buffer[position + 1])
          if !joinsHyphen && !joinsNumber {
            words.append(open..<position)
            start = nil
          }
        }
        position += length
      }
      if let open = start { words.append(open..<count) }
    }
    self.words = words
    lowered = bytes.withUnsafeBufferPointer { buffer in
      words.map { Self.folded(buffer, $0) }
    }
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  /// The end of a short markup tag such as `<u>` or `</em>` starting at `start`, which some
  /// scraped articles keep: it is neither a word nor punctuation.
  static func tagEnd(from start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    var position = start + 1
    if position < buffer.count && buffer[position] == UInt8(ascii: "/") { position += 1 }
    let nameStart = position
    while position < buffer.count && position - nameStart < 8
      && (buffer[position] | 0x20) &- 0x61 < 26
    {
      position += 1
    }
    guard position > nameStart, position < buffer.count, buffer[position] == UInt8(ascii: ">")
    else { return nil }
    return position + 1
  }

  /// The word in lower case (ASCII folding only).
  func lower(_ index: Int) -> String {
    lowered[index]
  }

  /// The bytes of `range` in lower case (ASCII folding only). Folded straight into the string's
  /// storage: most words fit in a small string, so this allocates nothing.
  static func folded(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count) { target in
      var offset = 0
      for position in range {
        let byte = buffer[position]
        target[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        offset += 1
      }
      return offset
    }
  }

  /// The index of the first word starting at or after `offset`.
  func firstWord(from offset: Int) -> Int {
    words.partitionPoint { $0.lowerBound < offset }
  }

  /// Indices of the words lying wholly inside `lower..<upper`.
  func words(in range: Range<Int>) -> Range<Int> {
    let first = firstWord(from: range.lowerBound)
    var last = first
    while last < words.count && words[last].upperBound <= range.upperBound { last += 1 }
    return first..<last
  }

  /// The words inside a byte range, in lower case.
  func lowerWords(in range: Range<Int>) -> [String] {
    Array(lowered[words(in: range)])
  }

  /// Whether a byte range holds punctuation other than spaces and apostrophes (a comma, a dash,
  /// a bracket, a quote mark), outside of words.
  func hasPunctuation(in range: Range<Int>) -> Bool {
    var position = range.lowerBound
    let inside = words(in: range)
    var next = inside.lowerBound
    while position < range.upperBound {
      if next < inside.upperBound && words[next].lowerBound == position {
        position = words[next].upperBound
        next += 1
        continue
      }
      let byte = bytes[position]
      if byte == 0xE2 && position + 2 < bytes.count && bytes[position + 1] == 0x80
        && bytes[position + 2] == 0x99
      {
        position += 3
        continue
      }
      if byte != 0x20 && byte != 0x27 && !(byte >= 0x09 && byte <= 0x0D) && byte != 0xC2
        && byte != 0xA0
      {
        return true
      }
      position += 1
    }
    return false
  }
}
