#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The dictionaries of rule-driven extraction: named entries, terms of office and news titles.
///
/// A value built once by `LexiconLoader` (which validates it) and then only read, from any
/// number of documents in parallel.
public struct Lexicon: Sendable {
  /// Every entry, sorted by id (code point order).
  public let entries: [LexiconEntry]
  /// Terms of office in file order.
  public let offices: [Office]
  /// Titles in file order.
  public let roleTitles: [RoleTitle]

  private let entryIndex: [String: Int]
  private let officesByPerson: [String: [Int]]
  private let officesByRoleAndState: [RoleKey: [Int]]
  private let titlesByText: [String: [Int]]

  private struct RoleKey: Hashable {
    let role: String
    let state: String
  }

  /// Entries are sorted here; ids must be unique (the loader checks it, the last wins otherwise).
  ///
  /// Only the ids and positions are sorted, so the entries (each holding several strings) are
  /// moved once; entries already in order (the usual case) are kept as they are.
  /// - Complexity: O(n log n) comparisons of ids, O(n) entry copies.
  public init(entries: [LexiconEntry], offices: [Office] = [], roleTitles: [RoleTitle] = []) {
    self.init(sortedEntries: Self.sortedByID(entries), offices: offices, roleTitles: roleTitles)
  }

  /// Entries already in the order `sortedByID` gives (the merge of an analyst file sorts them
  /// itself while it looks for repeated ids).
  init(sortedEntries sorted: [LexiconEntry], offices: [Office], roleTitles: [RoleTitle]) {
    self.entries = sorted
    self.offices = offices
    self.roleTitles = roleTitles
    var index: [String: Int] = [:]
    index.reserveCapacity(sorted.count)
    for position in sorted.indices { index[sorted[position].id] = position }
    entryIndex = index
    var byPerson: [String: [Int]] = [:]
    var byRole: [RoleKey: [Int]] = [:]
    for (position, office) in offices.enumerated() {
      byPerson[office.person, default: []].append(position)
      byRole[RoleKey(role: office.role, state: office.state), default: []].append(position)
    }
    officesByPerson = byPerson
    officesByRoleAndState = byRole
    var byTitle: [String: [Int]] = [:]
    for (position, title) in roleTitles.enumerated() {
      byTitle[title.title.lowercased(), default: []].append(position)
    }
    titlesByText = byTitle
  }

  /// The entries in code point order of their ids; entries with equal ids keep their order.
  ///
  /// The ids are copied once into one byte buffer and compared there with `memcmp` (UTF-8 byte
  /// order is code point order), which keeps the comparisons free of String overhead.
  static func sortedByID(_ entries: [LexiconEntry]) -> [LexiconEntry] {
    guard let order = orderByID(entries) else { return entries }
    return order.map { entries[$0] }
  }

  /// The positions of `entries` in code point order of their ids, equal ids in position order;
  /// nil when the entries are already in that order.
  static func orderByID(_ entries: [LexiconEntry]) -> [Int]? {
    orderByID(count: entries.count) { entries[$0].id }
  }

  /// `orderByID` of `count` ids, given by position.
  static func orderByID(count: Int, id: (Int) -> String) -> [Int]? {
    var bytes: [UInt8] = []
    var starts: [Int] = [0]
    starts.reserveCapacity(count + 1)
    for position in 0..<count {
      bytes.append(contentsOf: id(position).utf8)
      starts.append(bytes.count)
    }
    return bytes.withUnsafeBufferPointer { buffer -> [Int]? in
      func compare(_ left: Int, _ right: Int) -> Int {
        let leftCount = starts[left + 1] - starts[left]
        let rightCount = starts[right + 1] - starts[right]
        let common = Swift.min(leftCount, rightCount)
        if common > 0, let base = buffer.baseAddress {
          let order = memcmp(base + starts[left], base + starts[right], common)
          if order != 0 { return Int(order) }
        }
        return leftCount - rightCount
      }
      var isSorted = true
      for position in (0..<count).dropFirst() where compare(position - 1, position) > 0 {
        isSorted = false
        break
      }
      if isSorted { return nil }
      return radixOrder(of: buffer, starts: starts)
    }
  }

  /// Ranges of fewer strings than this are sorted by insertion.
  static let radixInsertionLimit = 16

  /// The positions of the strings `bytes[starts[p]..<starts[p + 1]]` in byte order, equal
  /// strings in position order.
  ///
  /// A most-significant-byte radix sort: each range of strings that share their first `depth`
  /// bytes skips the further bytes they all share, then is split by the next byte with a stable
  /// counting pass (a string that ends comes first). Ids that share long prefixes
  /// ("bench-person-0…") cost a look at each byte, not a `memcmp` and a closure call for each
  /// of the n log n comparisons of a comparison sort.
  /// - Complexity: O(b + 257 r) for b bytes and r ranges of more than `radixInsertionLimit`.
  static func radixOrder(of bytes: UnsafeBufferPointer<UInt8>, starts: [Int]) -> [Int] {
    let count = starts.count - 1
    var order = Array(0..<count)
    var scratch = [Int](repeating: 0, count: count)
    var tally = [Int](repeating: 0, count: 258)
    var stack: [(low: Int, high: Int, depth: Int)] = [(0, count, 0)]
    /// 0 when the string ends before `depth`, else its byte there plus one.
    func bucket(_ string: Int, _ depth: Int) -> Int {
      let position = starts[string] + depth
      return position < starts[string + 1] ? Int(bytes[position]) + 1 : 0
    }
    /// Whether `left` sorts after `right`, both known to share their first `depth` bytes.
    func isAfter(_ left: Int, _ right: Int, from depth: Int) -> Bool {
      var offset = depth
      while true {
        let a = bucket(left, offset)
        let b = bucket(right, offset)
        if a != b { return a > b }
        if a == 0 { return false }
        offset += 1
      }
    }
    while let (low, high, startDepth) = stack.popLast() {
      if high - low < 2 { continue }
      // Skip the bytes every string of the range shares (ids share long prefixes).
      var depth = startDepth
      var shared = Int.max
      let first = order[low]
      for position in (low + 1)..<high where shared > 0 {
        let string = order[position]
        var length = 0
        while length < shared && bucket(string, depth + length) != 0
          && bucket(string, depth + length) == bucket(first, depth + length)
        {
          length += 1
        }
        shared = length
      }
      depth += shared
      if high - low <= radixInsertionLimit {
        for position in (low + 1)..<high {
          let string = order[position]
          var slot = position
          while slot > low && isAfter(order[slot - 1], string, from: depth) {
            order[slot] = order[slot - 1]
            slot -= 1
          }
          order[slot] = string
        }
        continue
      }
      for index in tally.indices { tally[index] = 0 }
      for position in low..<high { tally[bucket(order[position], depth) + 1] += 1 }
      for index in 1..<tally.count { tally[index] += tally[index - 1] }
      for position in low..<high {
        let string = order[position]
        let key = bucket(string, depth)
        scratch[tally[key]] = string
        tally[key] += 1
      }
      for position in low..<high { order[position] = scratch[position - low] }
      // `tally[key]` is now the end of bucket `key`; bucket 0 holds equal strings, in order.
      for key in 1..<257 {
        let start = tally[key - 1]
        if tally[key] - start > 1 { stack.append((low + start, low + tally[key], depth + 1)) }
      }
    }
    return order
  }

  /// The positions of the entries of one type, in order.
  ///
  /// The rules that index the lexicon at start-up read the fields they need at these positions:
  /// a `for entry in entries` loop copies every entry, a retain and a release per string it
  /// holds, for 100,000 entries per rule.
  func positions(ofType type: String) -> [Int] {
    entries.indices.filter { entries[$0].type == type }
  }

  /// The entry with this id.
  public func entry(id: String) -> LexiconEntry? {
    entryIndex[id].map { entries[$0] }
  }

  /// The position in `entries` of the entry `entry(id:)` gives, without copying the entry (a
  /// retain and a release per string it holds): read its fields in place.
  public func position(ofEntry id: String) -> Int? {
    entryIndex[id]
  }

  /// Every name of every entry, in entry order, then label, aliases, capitals, adjectives.
  /// A string shared by two entries appears once for each.
  public var surfaceForms: [SurfaceForm] {
    var forms: [SurfaceForm] = []
    forEachSurfaceForm { text, entry, kind, _ in
      forms.append(SurfaceForm(text: text, entryID: entries[entry].id, kind: kind))
    }
    return forms
  }

  /// Calls `body` with every name of every entry in the order of `surfaceForms`, with the
  /// entry's position in `entries` and the type `entry(id:)` gives for its id: the matcher's
  /// compile reads it from there instead of looking the id up for each of 200,000 names.
  func forEachSurfaceForm(_ body: (String, Int, SurfaceForm.Kind, String) -> Void) {
    var position = 0
    while position < entries.count {
      // Entries sharing an id are neighbours; `entry(id:)` gives the last of them.
      var last = position
      while last + 1 < entries.count && entries[last + 1].id == entries[position].id {
        last += 1
      }
      let type = entries[last].type
      // Fields are read in place: copying an entry costs a retain and a release per string.
      for member in position...last {
        body(entries[member].label, member, .label, type)
        for alias in entries[member].aliases { body(alias, member, .alias, type) }
        for capital in entries[member].capitals { body(capital, member, .capital, type) }
        for adjective in entries[member].adjectives {
          body(adjective, member, .adjective, type)
        }
      }
      position = last + 1
    }
  }

  /// Ids of the people who held a role for a state (or body) that day, sorted; both the first
  /// and the last day of a term count.
  public func holders(role: String, of state: String, on date: CalendarDate) -> [String] {
    let terms = officesByRoleAndState[RoleKey(role: role, state: state)] ?? []
    var people: [String] = []
    for position in terms where offices[position].isHeld(on: date) {
      people.append(offices[position].person)
    }
    return Array(Set(people)).sorted { $0.precedesByScalars($1) }
  }

  /// The roles a news title means, in file order; matched case-insensitively.
  public func roles(title: String) -> [RoleTitle] {
    (titlesByText[title.lowercased()] ?? []).map { roleTitles[$0] }
  }

  /// Every term of office of a person, in file order.
  public func offices(of person: String) -> [Office] {
    (officesByPerson[person] ?? []).map { offices[$0] }
  }
}
