/// One sentence of an article: where it is in the text, in bytes and in code points.
///
/// `scalars` is what Python's `text[start:end]` needs (code points, end exclusive); `bytes` is
/// what byte-level stages (the lexicon automaton) use. Both exclude surrounding whitespace.
public struct Sentence: Sendable, Equatable {
  /// 0-based across the document; the title line starts sentence 0.
  public var index: Int
  /// UTF-8 byte range into `Article.text`.
  public var bytes: Range<Int>
  /// Unicode scalar (code point) range into `Article.text`.
  public var scalars: Range<Int>

  public init(index: Int, bytes: Range<Int>, scalars: Range<Int>) {
    self.index = index
    self.bytes = bytes
    self.scalars = scalars
  }

  /// The sentence's text, taken from the article it was split from.
  public func text(in article: Article) -> String {
    let utf8 = article.text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
    let end = utf8.index(start, offsetBy: bytes.count)
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }
}
