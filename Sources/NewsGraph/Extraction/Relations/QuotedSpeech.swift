/// The speakers of quotations that run over several sentences, so that a claim in the middle of
/// a quotation keeps the speaker named at its start or end.
///
/// Rules, sentence by sentence in text order:
/// - “ (and ‘ after a space or colon) opens a quotation, ” (and ’ not followed by a letter,
///   while a ‘ is open) closes it, " toggles. The speaker of a quotation is found by
///   `AttributionDetector` for the quote mark itself ("Wallace said: “…", "…,” he said").
/// - A quotation opened without a speaker takes the speaker of a quotation closed in the
///   sentence before (“…,” he said. “…”), else the speaker found where it closes; every
///   sentence it spans carries that speaker.
/// - A quotation still open at the end of a paragraph stays open only if the next paragraph
///   opens with a quote mark (the convention for quotations over several paragraphs).
/// - The sentence after one that ends in "X said:" carries X.
struct QuotedSpeech {
  /// Speaker per sentence index.
  private(set) var carried: [Int: ReportedSpeaker] = [:]

  init(document: ResolvedDocument, resolver: SpeakerResolver) {
    let text = document.bytes
    var openSince: Int?
    var openSpeaker: ReportedSpeaker?
    var openedBySingle = false
    var lastClosed: (sentence: Int, speaker: ReportedSpeaker)?
    var colonSpeaker: ReportedSpeaker?
    for sentence in document.sentences {
      let index = sentence.index
      // Most sentences hold no quote mark and do not end in a colon: they are read in place,
      // not copied, and the attribution parts are made only for a sentence that needs them.
      let range = sentence.bytes
      let needsBytes = text.withUnsafeBufferPointer { buffer in
        buffer[range].contains { $0 == UInt8(ascii: "\"") || $0 == 0xE2 }
          || (!range.isEmpty && buffer[range.upperBound - 1] == UInt8(ascii: ":"))
      }
      let bytes = needsBytes ? Array(text[range]) : []
      var parts: (speakers: [SpeakerCandidate], verbs: [PhraseMatch])?
      func speaker(of mark: Range<Int>) -> ReportedSpeaker? {
        if parts == nil {
          parts = (resolver.candidates(in: sentence), resolver.detector.verbMatches(in: bytes))
        }
        return resolver.speaker(
          of: mark, in: sentence, bytes: bytes, speakers: parts!.speakers, verbs: parts!.verbs,
          words: nil)
      }
      if let speaker = colonSpeaker, carried[index] == nil { carried[index] = speaker }
      colonSpeaker = nil
      if openSince != nil {
        if Self.startsParagraph(sentence, in: text) && !Self.beginsWithQuote(bytes) {
          openSince = nil
          openSpeaker = nil
        } else if let speaker = openSpeaker, carried[index] == nil {
          carried[index] = speaker
        }
      }
      for mark in Self.quoteMarks(in: bytes) {
        let opens: Bool
        switch mark.kind {
        case .open: opens = true
        case .close: opens = false
        case .straight: opens = openSince == nil
        case .singleOpen:
          if openSince != nil { continue }
          opens = true
        case .singleClose:
          guard openSince != nil && openedBySingle else { continue }
          opens = false
        }
        let said = speaker(of: mark.range)
        if opens {
          if openSince == nil {
            openSince = index
            openedBySingle = mark.kind == .singleOpen
            openSpeaker = said
            if openSpeaker == nil, let last = lastClosed, last.sentence >= index - 1 {
              openSpeaker = last.speaker
            }
          } else if openSpeaker == nil {
            openSpeaker = said
          }
        } else if let since = openSince {
          if let speaker = openSpeaker ?? said {
            for covered in since...index where carried[covered] == nil {
              carried[covered] = speaker
            }
            lastClosed = (index, speaker)
          }
          openSince = nil
          openSpeaker = nil
        } else if let said {
          lastClosed = (index, said)
        }
      }
      if let since = openSince, let speaker = openSpeaker, carried[since] == nil {
        carried[since] = speaker
      }
      if let last = bytes.last, last == UInt8(ascii: ":") {
        colonSpeaker = speaker(of: (bytes.count - 1)..<bytes.count)
      }
    }
  }

  enum MarkKind { case open, close, straight, singleOpen, singleClose }

  /// The quote marks of a sentence, in order.
  static func quoteMarks(in bytes: [UInt8]) -> [(range: Range<Int>, kind: MarkKind)] {
    var result: [(Range<Int>, MarkKind)] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        result.append((index..<index + 1, .straight))
      } else if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 {
        let range = index..<index + 3
        switch bytes[index + 2] {
        case 0x9C: result.append((range, .open))
        case 0x9D: result.append((range, .close))
        case 0x98:
          let before = index == 0 ? UInt8(ascii: " ") : bytes[index - 1]
          if before == 0x20 || before == UInt8(ascii: ":") || before == UInt8(ascii: "(") {
            result.append((range, .singleOpen))
          }
        case 0x99:
          let after = index + 3 < bytes.count ? bytes[index + 3] : UInt8(ascii: " ")
          if !MatchText.isASCIIWord(after) && after < 0x80 { result.append((range, .singleClose)) }
        default: break
        }
        index += 3
        continue
      }
      index += 1
    }
    return result
  }

  private static func beginsWithQuote(_ bytes: [UInt8]) -> Bool {
    guard let first = bytes.first else { return false }
    if first == UInt8(ascii: "\"") { return true }
    return bytes.count >= 3 && first == 0xE2 && bytes[1] == 0x80
      && (bytes[2] == 0x9C || bytes[2] == 0x98)
  }

  /// Whether only spaces stand between the start of the line and the sentence.
  private static func startsParagraph(_ sentence: Sentence, in text: [UInt8]) -> Bool {
    var position = sentence.bytes.lowerBound
    while position > 0 && (text[position - 1] == 0x20 || text[position - 1] == 0x09) {
      position -= 1
    }
    return position == 0 || text[position - 1] == 0x0A || text[position - 1] == 0x0D
  }
}
