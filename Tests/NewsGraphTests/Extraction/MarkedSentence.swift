import NewsGraph
import NewsGraphTestSupport

/// A test sentence with its trigger marked `[[like this]]`: the text without the marks and
/// the trigger's byte range in it.
struct MarkedSentence {
  let text: String
  let trigger: Range<Int>

  init(_ marked: String) {
    let bytes = Array(marked.utf8)
    let open = Array("[[".utf8)
    let close = Array("]]".utf8)
    let start = Self.index(of: open, in: bytes)!
    let end = Self.index(of: close, in: bytes)!
    var plain = Array(bytes[..<start])
    plain += bytes[(start + 2)..<end]
    plain += bytes[(end + 2)...]
    text = String(decoding: plain, as: UTF8.self)
    trigger = start..<(end - 2)
  }

  /// A speaker candidate for the first occurrence of `phrase` in the text.
  func mention(_ phrase: String, id: String, type: String) -> SpeakerCandidate {
    let bytes = Array(text.utf8)
    let start = Self.index(of: Array(phrase.utf8), in: bytes)!
    return SpeakerCandidate(range: start..<start + phrase.utf8.count, id: id, type: type)
  }

  /// The byte range of the first occurrence of `phrase`.
  func range(of phrase: String) -> Range<Int> {
    let start = Self.index(of: Array(phrase.utf8), in: Array(text.utf8))!
    return start..<start + phrase.utf8.count
  }

  static func index(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    for start in 0...(bytes.count - needle.count)
    where Array(bytes[start..<start + needle.count]) == needle {
      return start
    }
    return nil
  }

  /// The lexicon of `ontology/cues/`, loaded once.
  static let lexicon: CueLexicon = try! CueLexicon(folder: RepositoryPaths.root + "/ontology/cues")
}
