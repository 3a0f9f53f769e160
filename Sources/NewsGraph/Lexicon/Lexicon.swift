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
    let sorted = Self.sortedByID(entries)
    self.entries = sorted
    self.offices = offices
    self.roleTitles = roleTitles
    var index: [String: Int] = [:]
    index.reserveCapacity(sorted.count)
    for (position, entry) in sorted.enumerated() { index[entry.id] = position }
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
    var bytes: [UInt8] = []
    var starts: [Int] = [0]
    starts.reserveCapacity(entries.count + 1)
    for entry in entries {
      bytes.append(contentsOf: entry.id.utf8)
      starts.append(bytes.count)
    }
    let order = bytes.withUnsafeBufferPointer { buffer -> [Int]? in
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
      for position in entries.indices.dropFirst() where compare(position - 1, position) > 0 {
        isSorted = false
        break
      }
      if isSorted { return nil }
      return entries.indices.sorted { left, right in
        let comparison = compare(left, right)
        return comparison != 0 ? comparison < 0 : left < right
      }
    }
    guard let order else { return entries }
    return order.map { entries[$0] }
  }

  /// The entry with this id.
  public func entry(id: String) -> LexiconEntry? {
    entryIndex[id].map { entries[$0] }
  }

  /// Every name of every entry, in entry order, then label, aliases, capitals, adjectives.
  /// A string shared by two entries appears once for each.
  public var surfaceForms: [SurfaceForm] {
    var forms: [SurfaceForm] = []
    for entry in entries {
      forms.append(SurfaceForm(text: entry.label, entryID: entry.id, kind: .label))
      for alias in entry.aliases {
        forms.append(SurfaceForm(text: alias, entryID: entry.id, kind: .alias))
      }
      for capital in entry.capitals {
        forms.append(SurfaceForm(text: capital, entryID: entry.id, kind: .capital))
      }
      for adjective in entry.adjectives {
        forms.append(SurfaceForm(text: adjective, entryID: entry.id, kind: .adjective))
      }
    }
    return forms
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
