#if canImport(Glibc)
  import Glibc
#endif

/// One `nodes`, `edges` or `links` array while `NodeLinkJSONScanner` reads it: the columns, a
/// guess of the next member's column, and the diagnostics counted per column and issue.
struct NodeLinkTableReading {
  let domain: AttributeDomain
  /// The member that holds the list (`nodes`, `edges`, `links`), for diagnostics.
  let list: String
  var table = ForeignTable()
  /// The id members' names, then each column's, back to back (one buffer: comparing a name
  /// costs no reference counting).
  private var nameBytes: [UInt8] = []
  /// Where each name ends in `nameBytes`: the id members' first, then the columns'.
  private var nameEnds: [Int] = []
  /// The member index of each column's first member in the current row.
  var firstMember: [Int] = []
  /// The row and issue of a `null` or big integer whose note a repeated member may cancel.
  private var pendingRow: [Int] = []
  private var pendingIssue: [NodeLinkReports.Issue] = []
  /// The positions of the previous element's members: rows of one file nearly always list the
  /// same members in the same order, so the guess saves a hash lookup per value.
  var order: [Int] = []
  private var tallies: [TallyKey: Tally] = [:]
  /// The id members (`id`; `source`, `target`, `key`), whose positions are `-1 - slot`; slot
  /// 0 of an edge is unused.
  private let structural: [[UInt8]]

  private struct TallyKey: Hashable {
    let issue: NodeLinkReports.Issue
    let position: Int
  }

  private struct Tally {
    var count = 0
    var firstRow = -1
    var phase = 0
    var sequence = 0
  }

  init(domain: AttributeDomain, list: String) {
    self.domain = domain
    self.list = list
    structural =
      domain == .node
      ? [Array("id".utf8)] : [[], Array("source".utf8), Array("target".utf8), Array("key".utf8)]
    for name in structural {
      nameBytes += name
      nameEnds.append(nameBytes.count)
    }
  }

  /// The column of a member name (negative for an id member), added when new.
  @inline(__always)
  mutating func position(of name: UnsafeBufferPointer<UInt8>, member: Int) -> Int {
    if member < order.count {
      let guess = order[member]
      let slot = guess < 0 ? -1 - guess : structural.count + guess
      let lower = slot == 0 ? 0 : nameEnds[slot - 1]
      let upper = nameEnds[slot]
      if upper - lower == name.count
        && nameBytes.withUnsafeBufferPointer({
          name.isEmpty || memcmp($0.baseAddress! + lower, name.baseAddress!, name.count) == 0
        })
      {
        return guess
      }
    }
    let found = lookUp(name)
    if member < order.count { order[member] = found } else { order.append(found) }
    return found
  }

  /// A member the guess missed (an optional member shifts the rest of the row): a scan of the
  /// names, which for the dozen columns of a usual file beats hashing the name into an array.
  private mutating func lookUp(_ name: UnsafeBufferPointer<UInt8>) -> Int {
    let known = nameEnds.count
    if known <= 64 {
      let found: Int? = nameBytes.withUnsafeBufferPointer { all in
        var lower = 0
        for slot in 0..<known {
          let upper = nameEnds[slot]
          if upper - lower == name.count
            && (name.isEmpty
              || memcmp(all.baseAddress! + lower, name.baseAddress!, name.count) == 0)
            && !(slot == 0 && domain == .edge)
          {
            return slot < structural.count ? -1 - slot : slot - structural.count
          }
          lower = upper
        }
        return nil
      }
      if let found { return found }
    } else {
      for (slot, bytes) in structural.enumerated() where !bytes.isEmpty && bytes.elementsEqual(name)
      {
        return -1 - slot
      }
    }
    let position = table.column(named: name)
    if position == firstMember.count {
      nameBytes.append(contentsOf: name)
      nameEnds.append(nameBytes.count)
      firstMember.append(0)
      pendingRow.append(-1)
      pendingIssue.append(.null)
    }
    return position
  }

  /// Counts one occurrence of an issue; `phase` 0 (repeats) sorts before 1 (values) in a row.
  mutating func tally(
    _ issue: NodeLinkReports.Issue, _ position: Int, row: Int, sequence: Int, phase: Int
  ) {
    let key = TallyKey(issue: issue, position: position)
    var tally = tallies[key] ?? Tally()
    if tally.count == 0 {
      tally.firstRow = row
      tally.phase = phase
      tally.sequence = sequence
    }
    tally.count += 1
    tallies[key] = tally
  }

  /// Counts a value's issue that a later repeat of the member in the same row would cancel.
  mutating func pend(_ issue: NodeLinkReports.Issue, _ position: Int, row: Int) {
    tally(issue, position, row: row, sequence: firstMember[position], phase: 1)
    pendingRow[position] = row
    pendingIssue[position] = issue
  }

  mutating func cancelPending(_ position: Int, row: Int) {
    guard pendingRow[position] == row else { return }
    pendingRow[position] = -1
    let key = TallyKey(issue: pendingIssue[position], position: position)
    tallies[key]?.count -= 1
  }

  /// Turns the strings of declared date columns into dates (`date_attributes`).
  /// Appends what another reading of a later part of the same list read (see
  /// `ForeignTable.append(contentsOf:)`); false, changing nothing, when that part has anything
  /// to report (a repeated member, a null…), whose wording depends on the whole list.
  mutating func append(_ other: NodeLinkTableReading) -> Bool {
    guard other.tallies.values.allSatisfy({ $0.count == 0 }) else { return false }
    return table.append(contentsOf: other.table)
  }

  mutating func applyDates(_ declared: Set<ScalarKey>) {
    guard !declared.isEmpty else { return }
    for position in table.columns.indices
    where declared.contains(ScalarKey(table.columns[position].name)) {
      let old = table.columns[position]
      var new = ForeignColumn(name: old.name)
      for row in 0..<old.count {
        guard let value = old.value(at: row) else { continue }
        if case .string(let text) = value {
          if let date = CalendarDate(iso: text) {
            new.append(.date(date), row: row)
            continue
          }
          tally(.notADate, position, row: row, sequence: position, phase: 1)
        }
        new.append(value, row: row)
      }
      table.setColumn(position, new)
    }
  }

  /// The counted issues as reports, in the order the tree reader meets them.
  func reports() -> NodeLinkReports {
    var result = NodeLinkReports()
    let entries = tallies.filter { $0.value.count > 0 }.sorted { a, b in
      let x = a.value
      let y = b.value
      if x.firstRow != y.firstRow { return x.firstRow < y.firstRow }
      if x.phase != y.phase { return x.phase < y.phase }
      if x.sequence != y.sequence { return x.sequence < y.sequence }
      return a.key.issue.rawValue < b.key.issue.rawValue
    }
    for (key, tally) in entries {
      let column =
        key.position < 0
        ? String(decoding: structural[-1 - key.position], as: UTF8.self)
        : table.columns[key.position].name
      result.report(
        key.issue, domain, column, element(tally.firstRow, key.issue), count: tally.count)
    }
    return result
  }

  /// How the tree reader names an element in a diagnostic.
  private func element(_ row: Int, _ issue: NodeLinkReports.Issue) -> String {
    if domain == .node {
      return issue == .duplicate ? "nodes[\(row)]" : "node '\(table.ids[row])'"
    }
    let plain = "\(list)[\(row)]"
    guard issue != .duplicate, table.hasID[row] else { return plain }
    return plain + " (key '\(table.ids[row])')"
  }
}
