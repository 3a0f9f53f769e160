/// Characters XML 1.0 cannot carry, found and replaced column by column.
///
/// A column's bytes are scanned in one pass; only when the scan finds something are the rows
/// located and rebuilt. On UTF-8 the replacement is byte-level: a C0 control is one byte, and
/// U+FFFE / U+FFFF are the only scalars encoded `EF BF BE` / `EF BF BF`.
enum ForbiddenCharacters {
  /// The rows of a text column that hold a forbidden character, ascending.
  static func rows(of column: TextColumn) -> [Int] {
    column.withAllBytes { all in
      var rows: [Int] = []
      var offset = 0
      while let byte = firstForbidden(in: all, from: offset) {
        let row = Self.row(containing: byte, ends: column.ends)
        rows.append(row)
        offset = column.ends[row]
      }
      return rows
    }
  }

  /// The offset of the first forbidden character at or after `start`: words of eight bytes
  /// with no control byte and no 0xEF are skipped whole (`ByteRuns`), the others looked at byte
  /// by byte.
  static func firstForbidden(in all: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    let count = all.count
    while index < count {
      index = ByteRuns.skipPlainWords(all, from: index) { word in
        ByteRuns.hasByte(below: 0x20, in: word) || ByteRuns.hasByte(0xEF, in: word)
      }
      let stop = min(count, index + 8)
      while index < stop {
        let byte = all[index]
        if byte < 0x20 {
          if byte != 0x09 && byte != 0x0A && byte != 0x0D { return index }
        } else if byte == 0xEF && index + 2 < count && all[index + 1] == 0xBF
          && (all[index + 2] == 0xBE || all[index + 2] == 0xBF)
        {
          return index
        }
        index += 1
      }
    }
    return nil
  }

  /// The column with every forbidden character replaced by U+FFFD; nil when it has none.
  static func cleaned(_ column: TextColumn) -> TextColumn? {
    let flagged = rows(of: column)
    guard !flagged.isEmpty else { return nil }
    var result = TextColumn()
    result.reserveCapacity(rows: column.count, bytes: column.bytes.count + 16)
    var scratch: [UInt8] = []
    var next = 0
    for row in 0..<column.count {
      guard next < flagged.count, flagged[next] == row else {
        result.append(row: row, of: column)
        continue
      }
      next += 1
      column.withUTF8(row) { bytes in
        scratch.removeAll(keepingCapacity: true)
        appendCleaned(bytes, to: &scratch)
      }
      scratch.withUnsafeBufferPointer { result.append(utf8: $0) }
    }
    return result
  }

  static func appendCleaned(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
        out.append(contentsOf: replacement)
        index += 1
      } else if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
        && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
      {
        out.append(contentsOf: replacement)
        index += 3
      } else {
        out.append(byte)
        index += 1
      }
    }
  }

  /// The row whose bytes include offset `byte` (rows with no bytes never do).
  static func row(containing byte: Int, ends: [Int]) -> Int {
    var low = 0
    var high = ends.count - 1
    while low < high {
      let middle = (low + high) / 2
      if ends[middle] <= byte { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The rows (ascending) that own the flagged items of a list column whose `ends` map rows
  /// to item counts.
  static func owners(of items: [Int], ends: [Int]) -> [Int] {
    var rows: [Int] = []
    for item in items {
      let row = row(containing: item, ends: ends)
      if rows.last != row { rows.append(row) }
    }
    return rows
  }
}
