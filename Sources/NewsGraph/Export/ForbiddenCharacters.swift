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
      while offset < all.count,
        let found = XMLText.firstForbidden(in: UnsafeBufferPointer(rebasing: all[offset...]))
      {
        let byte = offset + found
        let row = Self.row(containing: byte, ends: column.ends)
        rows.append(row)
        offset = column.ends[row]
      }
      return rows
    }
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
