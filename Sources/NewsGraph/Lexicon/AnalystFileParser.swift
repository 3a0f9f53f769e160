#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the entries of an analyst file (`id type label aliases wikidata`) straight from its
/// bytes, with `TSVTable`'s rules and then `LexiconLoader`'s row checks, and the same errors in
/// the same order.
///
/// An analyst lexicon has 100,000 lines and more. Through `TSVTable` each line became a
/// `String` per field and a column-name lookup per field read, then the aliases were split into
/// more strings; here a line is split in place and a `String` is made only for a value the
/// entry keeps. The type column repeats a handful of class names, so each distinct spelling is
/// checked against the ontology once and its `String` shared.
///
/// Lines are found in one pass, then their entries are made on every core, each worker taking
/// one contiguous share of the lines; the shares are joined in file order and the first error in
/// file order is the one thrown.
struct AnalystFileParser: Sendable {
  let ontology: Ontology

  /// One data line: its number and its bytes (without the line break) in the file.
  private struct Line {
    var number: Int
    var start: Int
    var end: Int
  }

  /// Fewer lines than this are not worth a second thread.
  static let linesPerWorker = 4_096

  /// The entries in file order.
  /// - Throws: `NewsGraphError` at the line of the first problem: a bad header, a line with
  ///   another number of fields than the header (checked for the whole file first, as
  ///   `TSVTable` does), then the first bad value.
  /// - Complexity: O(n) in the number of bytes.
  func entries(bytes: [UInt8], file: String) throws -> [LexiconEntry] {
    let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    // The text check and the line split read the whole file; they run side by side, and the
    // check's error, which comes first, wins.
    let found = ParallelMap.map([false, true]) { splits -> LineSplit in
      guard splits else {
        do {
          try InputFile.checkText(bytes, file: file)
          return .checked
        } catch {
          return .failed(error as? NewsGraphError ?? NewsGraphError(.invalidUTF8))
        }
      }
      do throws(NewsGraphError) {
        return .split(
          try bytes.withUnsafeBufferPointer { buffer throws(NewsGraphError) in
            try self.lines(of: UnsafeBufferPointer(rebasing: buffer[skip...]), file: file)
          })
      } catch {
        return .failed(error)
      }
    }
    if case .failed(let error) = found[0] { throw error }
    if case .failed(let error) = found[1] { throw error }
    guard case .split(let split) = found[1] else {
      preconditionFailure("the second task splits lines")
    }
    let (lines, header, headerLine) = split
    guard header == LexiconLoader.entityColumns else {
      throw NewsGraphError(
        .malformedTable(
          "an analyst file has exactly the header "
            + "'\(LexiconLoader.entityColumns.joined(separator: "\\t"))', "
            + "found '\(header.joined(separator: "\\t"))'"),
        at: InputLocation(file: file, line: headerLine))
    }
    let shareCount = max(1, min(ParallelMap.processorCount, lines.count / Self.linesPerWorker))
    let shares = (0..<shareCount).map {
      (lines.count * $0 / shareCount)..<(lines.count * ($0 + 1) / shareCount)
    }
    var parts = ParallelMap.map(shares, workers: shareCount) { share in
      bytes.withUnsafeBufferPointer { whole in
        entries(of: lines[share], in: UnsafeBufferPointer(rebasing: whole[skip...]), file: file)
      }
    }
    if let failure = parts.lazy.compactMap(\.failure).first { throw failure }
    // The first share is taken as it is; the others' entries are moved after it (an entry
    // copied costs a retain and a release per string it holds), empty ones left behind.
    var result: [LexiconEntry] = []
    swap(&result, &parts[0].entries)
    result.reserveCapacity(lines.count)
    for share in parts.indices.dropFirst() {
      parts[share].entries.withUnsafeMutableBufferPointer { moved in
        for index in moved.indices {
          var entry = LexiconEntry(id: "", type: "", label: "")
          swap(&entry, &moved[index])
          result.append(consume entry)
        }
      }
    }
    return result
  }

  /// What each of the two first tasks found: the text checked, or the lines split.
  private enum LineSplit: Sendable {
    case checked
    case split((lines: [Line], header: [String], headerLine: Int))
    case failed(NewsGraphError)
  }

  /// The entries of some lines, up to the first bad one, and its error.
  private func entries(
    of lines: ArraySlice<Line>, in text: UnsafeBufferPointer<UInt8>, file: String
  ) -> (entries: [LexiconEntry], failure: NewsGraphError?) {
    var types: [(bytes: [UInt8], name: String)] = []
    var fields: [Range<Int>] = []
    var entries: [LexiconEntry] = []
    entries.reserveCapacity(lines.count)
    for line in lines {
      do {
        Self.fieldRanges(of: line.start..<line.end, in: text, into: &fields)
        entries.append(
          try entry(of: line, fields: fields, in: text, file: file, types: &types))
      } catch {
        return (entries, error)
      }
    }
    return (entries, nil)
  }

  /// The data lines, after the header; the header's fields and line.
  private func lines(of text: UnsafeBufferPointer<UInt8>, file: String) throws(NewsGraphError)
    -> (lines: [Line], header: [String], headerLine: Int)
  {
    var header: [String]?
    var headerLine = 0
    var lines: [Line] = []
    var lineNumber = 0
    var lineStart = 0
    func take(_ rawEnd: Int) throws(NewsGraphError) {
      lineNumber += 1
      var end = rawEnd
      if end > lineStart && text[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      let start = lineStart
      lineStart = rawEnd + 1
      if end > start && text[start] == UInt8(ascii: "#") { return }
      if text[start..<end].allSatisfy({ $0 == UInt8(ascii: " ") }) { return }
      guard let expected = header else {
        var fields: [String] = []
        for range in Self.fieldRanges(of: start..<end, in: text) {
          let name = Self.string(range, in: text)
          let location = InputLocation(file: file, line: lineNumber)
          if name.isEmpty {
            throw NewsGraphError(
              .malformedTable("header field \(fields.count + 1) is empty"), at: location)
          }
          if fields.contains(name) {
            throw NewsGraphError(
              .malformedTable("header names column '\(name)' twice"), at: location)
          }
          fields.append(name)
        }
        header = fields
        headerLine = lineNumber
        return
      }
      var count = 1
      for position in start..<end where text[position] == UInt8(ascii: "\t") { count += 1 }
      guard count == expected.count else {
        throw NewsGraphError(
          .malformedTable("expected \(expected.count) TAB-separated fields, found \(count)"),
          at: InputLocation(file: file, line: lineNumber))
      }
      lines.append(Line(number: lineNumber, start: start, end: end))
    }
    if let base = text.baseAddress {
      while lineStart < text.count,
        let found = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), text.count - lineStart)
      {
        try take(UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)))
      }
    }
    // `TSVTable` ends an unterminated last line (or an empty text) with a line break.
    if text.last != UInt8(ascii: "\n") { try take(text.count) }
    guard let header else {
      throw NewsGraphError(.malformedTable("no header line"), at: InputLocation(file: file))
    }
    return (lines, header, headerLine)
  }

  /// One line's entry, checked as `LexiconLoader` checks a row.
  private func entry(
    of line: Line, fields: [Range<Int>], in text: UnsafeBufferPointer<UInt8>, file: String,
    types: inout [(bytes: [UInt8], name: String)]
  ) throws(NewsGraphError) -> LexiconEntry {
    let location = InputLocation(file: file, line: line.number)
    let id = Self.string(fields[0], in: text)
    guard LexiconLoader.isValidID(utf8: UnsafeBufferPointer(rebasing: text[fields[0]])) else {
      throw NewsGraphError(
        .malformedTable("id '\(id)' is not a lowercase slug [a-z0-9][a-z0-9._-]*"), at: location)
    }
    let typeBytes = UnsafeBufferPointer(rebasing: text[fields[1]])
    var type: String
    if let known = types.first(where: { $0.bytes.elementsEqual(typeBytes) }) {
      type = known.name
    } else {
      type = Self.string(fields[1], in: text)
      guard ontology.entityClass(named: type) != nil else {
        throw NewsGraphError(
          .malformedTable("type '\(type)' of '\(id)' is not a class of the ontology"),
          at: location)
      }
      types.append((Array(typeBytes), type))
    }
    guard !fields[2].isEmpty else {
      throw NewsGraphError(.malformedTable("'\(id)' has an empty label"), at: location)
    }
    let label = Self.string(fields[2], in: text)
    let wikidata = Self.string(fields[4], in: text)
    guard wikidata.isEmpty || LexiconLoader.isValidWikidata(wikidata) else {
      throw NewsGraphError(
        .malformedTable("wikidata '\(wikidata)' of '\(id)' is not an item id Q1, Q2…"),
        at: location)
    }
    return LexiconEntry(
      id: id, type: type, label: label, aliases: try Self.values(fields[3], in: text, at: location),
      wikidata: wikidata.isEmpty ? nil : wikidata, location: location)
  }

  /// The fields of a line split at every TAB, each trimmed of surrounding spaces.
  private static func fieldRanges(
    of line: Range<Int>, in text: UnsafeBufferPointer<UInt8>
  ) -> [Range<Int>] {
    var result: [Range<Int>] = []
    fieldRanges(of: line, in: text, into: &result)
    return result
  }

  /// `fieldRanges` into a buffer reused from line to line.
  private static func fieldRanges(
    of line: Range<Int>, in text: UnsafeBufferPointer<UInt8>, into result: inout [Range<Int>]
  ) {
    result.removeAll(keepingCapacity: true)
    var start = line.lowerBound
    var index = line.lowerBound
    while true {
      if index == line.upperBound || text[index] == UInt8(ascii: "\t") {
        result.append(trimmed(start..<index, in: text))
        if index == line.upperBound { break }
        start = index + 1
      }
      index += 1
    }
  }

  /// `range` without the spaces at either end.
  private static func trimmed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>)
    -> Range<Int>
  {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && text[lower] == UInt8(ascii: " ") { lower += 1 }
    while upper > lower && text[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
    return lower..<upper
  }

  private static func string(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> String
  {
    String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
  }

  /// `LexiconLoader.values` of the aliases field, split in place.
  private static func values(
    _ field: Range<Int>, in text: UnsafeBufferPointer<UInt8>, at location: InputLocation
  ) throws(NewsGraphError) -> [String] {
    guard !field.isEmpty else { return [] }
    var result: [String] = []
    var start = field.lowerBound
    var index = field.lowerBound
    while true {
      if index == field.upperBound || text[index] == UInt8(ascii: "|") {
        let part = trimmed(start..<index, in: text)
        guard !part.isEmpty else {
          throw NewsGraphError(
            .malformedTable("the column 'aliases' holds an empty value between '|'"),
            at: location)
        }
        result.append(string(part, in: text))
        if index == field.upperBound { break }
        start = index + 1
      }
      index += 1
    }
    return result
  }
}
