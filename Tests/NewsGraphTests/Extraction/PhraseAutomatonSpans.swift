/// Expected spans written inline: "a [[b]] c" is the text "a b c" with one expected span over
/// "b", as UTF-8 byte offsets of the stripped text.
enum PhraseAutomatonSpans {
  static func parse(_ marked: String) -> (text: String, spans: [Range<Int>]) {
    var bytes: [UInt8] = []
    var spans: [Range<Int>] = []
    var open: Int?
    let source = Array(marked.utf8)
    var index = 0
    while index < source.count {
      if index + 1 < source.count && source[index] == 0x5B && source[index + 1] == 0x5B {
        open = bytes.count
        index += 2
      } else if index + 1 < source.count && source[index] == 0x5D && source[index + 1] == 0x5D,
        let start = open
      {
        spans.append(start..<bytes.count)
        open = nil
        index += 2
      } else {
        bytes.append(source[index])
        index += 1
      }
    }
    return (String(decoding: bytes, as: UTF8.self), spans)
  }
}
