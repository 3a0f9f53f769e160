/// Reads and validates the lexicon: the seven files of the built-in lexicon, then any analyst
/// files merged over it.
///
/// Every rule is checked at load time and a broken line stops the load with its file and line,
/// because a lexicon error left in place does not fail later: it silently mislabels every
/// article that mentions the name.
public struct LexiconLoader: Sendable {
  /// The entity files of the built-in lexicon, in the order they are read.
  public static let entityFiles = [
    "states.tsv", "organizations.tsv", "weapons.tsv", "people.tsv", "locations.tsv",
  ]
  public static let officeFile = "offices.tsv"
  public static let roleTitleFile = "role-titles.tsv"
  /// The columns every entity file starts with, and the whole header of an analyst file.
  public static let entityColumns = ["id", "type", "label", "aliases", "wikidata"]
  /// Columns an entity file of the built-in lexicon may add.
  public static let optionalColumns = ["capital", "adjectives", "country", "category"]
  public static let officeColumns = ["person", "role", "state", "from", "until"]
  public static let roleTitleColumns = ["title", "role", "state"]

  /// Types are checked against its classes.
  public let ontology: Ontology

  public init(ontology: Ontology) {
    self.ontology = ontology
  }

  /// Reads the seven files of the built-in lexicon from a folder (`ontology/lexicon`).
  public func load(folder: String) throws -> Lexicon {
    func table(_ name: String) throws -> TSVTable {
      try TSVTable(contentsOf: folder + "/" + name)
    }
    return try lexicon(
      entityTables: Self.entityFiles.map(table), officeTable: table(Self.officeFile),
      roleTitleTable: table(Self.roleTitleFile))
  }

  /// Builds the lexicon from parsed tables (pure: tests pass tables made from strings).
  public func lexicon(
    entityTables: [TSVTable], officeTable: TSVTable, roleTitleTable: TSVTable
  ) throws -> Lexicon {
    var entries: [LexiconEntry] = []
    for table in entityTables {
      try requireColumns(Self.entityColumns, optional: Self.optionalColumns, in: table)
      for row in table.rows { entries.append(try entry(of: row, in: table)) }
    }
    let index = try uniqueIndex(of: entries).mapValues { entries[$0].type }
    try checkWikidataUnique(entries)
    for entry in entries {
      if let country = entry.country {
        try requireEntry(country, types: ["State"], in: index, at: entry.location, as: "country")
      }
    }
    let offices = try self.offices(of: officeTable, index: index)
    let titles = try roleTitles(of: roleTitleTable, index: index)
    return Lexicon(entries: entries, offices: offices, roleTitles: titles)
  }

  /// Reads an analyst's extra entries (`newsgraph build --lexicon FILE`).
  public func loadAnalystFile(path: String) throws -> [LexiconEntry] {
    try analystEntries(bytes: InputFile.bytes(atPath: path), file: path)
  }

  /// Parses an analyst file: exactly the header `id type label aliases wikidata`.
  public func analystEntries(bytes: [UInt8], file: String) throws -> [LexiconEntry] {
    let entries = try AnalystFileParser(ontology: ontology).entries(bytes: bytes, file: file)
    try checkUniqueSlugs(entries)
    return entries
  }

  /// Adds analyst entries after the built-in ones. An entry whose id exists with the same type
  /// adds its label and aliases as aliases and fills an empty Wikidata id; a different type or
  /// a different Wikidata id is an error at the analyst's line. New ids are added as they are.
  ///
  /// The built-in entries and the additions are sorted by id together (the order the lexicon
  /// keeps), so entries that share an id are neighbours and no dictionary of ids is built; the
  /// error reported is the one at the earliest addition, as when merging one by one. The
  /// additions are moved into the lexicon, not copied.
  /// - Complexity: O(b) for b bytes of ids (`Lexicon.radixOrder`), plus the merged names.
  public func merge(_ additions: consuming [LexiconEntry], into lexicon: Lexicon) throws
    -> Lexicon
  {
    let base = lexicon.entries
    let baseCount = base.count
    /// Entries are moved out of here (an entry copied costs a retain per string it holds).
    var additions = additions
    let total = baseCount + additions.count
    let order =
      Lexicon.orderByID(count: total) {
        $0 < baseCount ? base[$0].id : additions[$0 - baseCount].id
      } ?? Array(0..<total)
    var merged: [LexiconEntry] = []
    merged.reserveCapacity(total)
    /// Where each base entry and each new id ends up in `merged` (-1 for an addition merged
    /// into an earlier entry), for checking Wikidata ids in the order entries were added.
    var slot = [Int](repeating: -1, count: total)
    var failure: (position: Int, error: Error)?
    additions.withUnsafeMutableBufferPointer { added in
      func id(_ position: Int) -> String {
        position < baseCount ? base[position].id : added[position - baseCount].id
      }
      var low = 0
      while low < order.count {
        var high = low + 1
        let groupID = id(order[low])
        while high < order.count && id(order[high]) == groupID { high += 1 }
        // The last built-in entry of the id takes the additions, else its first addition.
        var target = low
        for member in low..<high where order[member] < baseCount { target = member }
        var entry: LexiconEntry
        if order[target] < baseCount {
          entry = base[order[target]]
        } else {
          // Moved out, an empty entry left in its place.
          let place = added.baseAddress! + (order[target] - baseCount)
          entry = place.move()
          place.initialize(to: LexiconEntry(id: "", type: "", label: ""))
        }
        for member in low..<high where member != target && order[member] >= baseCount {
          do {
            try mergeEntry(added[order[member] - baseCount], into: &entry)
          } catch {
            if failure.map({ order[member] < $0.position }) ?? true {
              failure = (order[member], error)
            }
            break
          }
        }
        // The target is the last built-in entry of the group, if it has any: the others go
        // first, and the additions merged into one of them are not kept.
        for member in low..<high where member != target && order[member] < baseCount {
          slot[order[member]] = merged.count
          merged.append(base[order[member]])
        }
        slot[order[target]] = merged.count
        merged.append(consume entry)
        low = high
      }
    }
    if let failure { throw failure.error }
    try checkWikidataUnique(count: total) {
      slot[$0] < 0 ? nil : merged[slot[$0]].wikidata
    } entryAt: {
      merged[slot[$0]]
    }
    return Lexicon(
      sortedEntries: merged, offices: lexicon.offices, roleTitles: lexicon.roleTitles)
  }

  /// An analyst's entry of the same id merged into `existing`.
  private func mergeEntry(_ addition: LexiconEntry, into existing: inout LexiconEntry) throws {
    let origin = existing.location.map { " (\($0))" } ?? ""
    guard existing.type == addition.type else {
      throw NewsGraphError(
        .malformedTable(
          "id '\(addition.id)' is a \(existing.type)\(origin), not a \(addition.type)"),
        at: addition.location)
    }
    if let wikidata = addition.wikidata {
      if let current = existing.wikidata, current != wikidata {
        throw NewsGraphError(
          .malformedTable(
            "'\(addition.id)' has Wikidata id \(current)\(origin), not \(wikidata)"),
          at: addition.location)
      }
      existing.wikidata = wikidata
    }
    for name in [addition.label] + addition.aliases
    where name != existing.label && !existing.aliases.contains(name) {
      existing.aliases.append(name)
    }
  }

  // MARK: - Rows

  private func entry(of row: TSVTable.Row, in table: TSVTable) throws -> LexiconEntry {
    let location = table.location(of: row)
    let id = row["id"] ?? ""
    guard Self.isValidID(id) else {
      throw NewsGraphError(
        .malformedTable("id '\(id)' is not a lowercase slug [a-z0-9][a-z0-9._-]*"), at: location)
    }
    let type = row["type"] ?? ""
    guard ontology.entityClass(named: type) != nil else {
      throw NewsGraphError(
        .malformedTable("type '\(type)' of '\(id)' is not a class of the ontology"),
        at: location)
    }
    let label = row["label"] ?? ""
    guard !label.isEmpty else {
      throw NewsGraphError(.malformedTable("'\(id)' has an empty label"), at: location)
    }
    let wikidata = row["wikidata"] ?? ""
    guard wikidata.isEmpty || Self.isValidWikidata(wikidata) else {
      throw NewsGraphError(
        .malformedTable("wikidata '\(wikidata)' of '\(id)' is not an item id Q1, Q2…"),
        at: location)
    }
    func list(_ column: String) throws -> [String] {
      try Self.values(of: row[column] ?? "", column: column, at: location)
    }
    func single(_ column: String) -> String? {
      guard let value = row[column], !value.isEmpty else { return nil }
      return value
    }
    return LexiconEntry(
      id: id, type: type, label: label, aliases: try list("aliases"),
      wikidata: wikidata.isEmpty ? nil : wikidata, country: single("country"),
      category: single("category"), capitals: try list("capital"),
      adjectives: try list("adjectives"), location: location)
  }

  private func offices(of table: TSVTable, index: [String: String]) throws -> [Office] {
    try requireColumns(Self.officeColumns, optional: [], in: table)
    var offices: [Office] = []
    for row in table.rows {
      let location = table.location(of: row)
      let person = row["person"] ?? ""
      let role = row["role"] ?? ""
      let state = row["state"] ?? ""
      try requireEntry(person, types: ["Person"], in: index, at: location, as: "person")
      try requireEntry(
        state, types: ["State", "Organization"], in: index, at: location, as: "state")
      guard !role.isEmpty else {
        throw NewsGraphError(.malformedTable("the role is empty"), at: location)
      }
      let from = try Self.date(row["from"] ?? "", column: "from", at: location)
      var until: CalendarDate?
      if let text = row["until"], !text.isEmpty {
        until = try Self.date(text, column: "until", at: location)
      }
      if let until, until < from {
        throw NewsGraphError(
          .malformedTable("the term ends (\(until)) before it starts (\(from))"), at: location)
      }
      offices.append(
        Office(
          person: person, role: role, state: state, from: from, until: until,
          location: location))
    }
    return offices
  }

  private func roleTitles(
    of table: TSVTable, index: [String: String]
  ) throws -> [RoleTitle] {
    try requireColumns(Self.roleTitleColumns, optional: [], in: table)
    var titles: [RoleTitle] = []
    for row in table.rows {
      let location = table.location(of: row)
      let title = row["title"] ?? ""
      let role = row["role"] ?? ""
      guard !title.isEmpty, !role.isEmpty else {
        throw NewsGraphError(
          .malformedTable("the title and the role must not be empty"), at: location)
      }
      let state = row["state"] ?? ""
      if !state.isEmpty {
        try requireEntry(
          state, types: ["State", "Organization"], in: index, at: location, as: "state")
      }
      titles.append(
        RoleTitle(title: title.lowercased(), role: role, state: state.isEmpty ? nil : state))
    }
    return titles
  }

  // MARK: - Checks

  private func requireColumns(
    _ required: [String], optional: [String], in table: TSVTable
  ) throws {
    for column in required where !table.hasColumn(column) {
      throw NewsGraphError(
        .malformedTable("the header lacks the column '\(column)'"), at: table.headerLocation)
    }
    for column in table.header where !required.contains(column) && !optional.contains(column) {
      throw NewsGraphError(
        .malformedTable("unknown column '\(column)'"), at: table.headerLocation)
    }
  }

  /// The position of each id; the second definition of an id is an error at its line.
  ///
  /// Positions, not entries, are stored while checking: an entry holds several strings, and
  /// copying 100,000 of them into a dictionary costs more than the check.
  private func uniqueIndex(of entries: [LexiconEntry]) throws -> [String: Int] {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(entries.count)
    for (position, entry) in entries.enumerated() {
      if let first = positions.updateValue(position, forKey: entry.id) {
        let origin = entries[first].location.map { " at \($0)" } ?? ""
        throw NewsGraphError(
          .malformedTable("id '\(entry.id)' is already defined\(origin)"), at: entry.location)
      }
    }
    return positions
  }

  /// `uniqueIndex`'s check for ids that are valid slugs (ASCII, so equal ids are equal bytes):
  /// a `ByteStringSet` of the ids, which costs a fraction of a `[String: Int]` of 100,000 ids
  /// (SipHash, and a dictionary to grow). Its rows are the positions, up to the first repeat.
  private func checkUniqueSlugs(_ entries: [LexiconEntry]) throws {
    var ids = ByteStringSet(capacity: entries.count)
    for position in entries.indices {
      let (first, inserted) = ids.insert(entries[position].id)
      guard inserted else {
        let origin = entries[first].location.map { " at \($0)" } ?? ""
        throw NewsGraphError(
          .malformedTable("id '\(entries[position].id)' is already defined\(origin)"),
          at: entries[position].location)
      }
    }
  }

  /// Two entries with one Wikidata id would merge in every graph that joins on it.
  private func checkWikidataUnique(_ entries: [LexiconEntry]) throws {
    try checkWikidataUnique(count: entries.count) {
      entries[$0].wikidata
    } entryAt: {
      entries[$0]
    }
  }

  /// The check over `count` positions, in order: `wikidataAt` gives an entry's Wikidata id
  /// (nil for a position to skip), `entryAt` the entry, read only to report a conflict (an
  /// entry copied costs a retain and a release per string it holds).
  private func checkWikidataUnique(
    count: Int, wikidataAt: (Int) -> String?, entryAt: (Int) -> LexiconEntry
  ) throws {
    var owners: [String: Int] = [:]
    owners.reserveCapacity(count)
    for position in 0..<count {
      guard let wikidata = wikidataAt(position) else { continue }
      if let owner = owners[wikidata] {
        let entry = entryAt(position)
        let first = entryAt(owner)
        let origin = first.location.map { " (\($0))" } ?? ""
        throw NewsGraphError(
          .malformedTable(
            "Wikidata id \(wikidata) of '\(entry.id)' is already that of '\(first.id)'\(origin)"),
          at: entry.location)
      }
      owners[wikidata] = position
    }
  }

  private func requireEntry(
    _ id: String, types: [String], in index: [String: String], at location: InputLocation?,
    as column: String
  ) throws {
    guard let type = index[id] else {
      throw NewsGraphError(
        .malformedTable("\(column) '\(id)' is not an id of the lexicon"), at: location)
    }
    guard types.contains(type) else {
      throw NewsGraphError(
        .malformedTable(
          "\(column) '\(id)' is a \(type), expected \(types.joined(separator: " or "))"),
        at: location)
    }
  }

  // MARK: - Fields

  /// `[a-z0-9][a-z0-9._-]*`: safe as a graph id in every export format (`StableID`).
  static func isValidID(_ id: String) -> Bool {
    isValidID(utf8: id.utf8)
  }

  /// `isValidID` on the id's UTF-8 bytes (the analyst file parser reads them in place).
  static func isValidID<Bytes: Collection>(utf8 bytes: Bytes) -> Bool
  where Bytes.Element == UInt8 {
    guard let first = bytes.first, isLowerOrDigit(first) else { return false }
    return bytes.allSatisfy {
      isLowerOrDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_")
        || $0 == UInt8(ascii: "-")
    }
  }

  /// `Q[1-9][0-9]*`.
  static func isValidWikidata(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2, bytes[0] == UInt8(ascii: "Q"),
      (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[1])
    else { return false }
    return bytes.dropFirst(2).allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
  }

  private static func isLowerOrDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// A `|`-separated field; an empty value (`a||b`, a trailing `|`) is an error, not skipped.
  static func values(of field: String, column: String, at location: InputLocation) throws
    -> [String]
  {
    guard !field.isEmpty else { return [] }
    return try field.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
      .map { part in
        var lower = part.startIndex
        var upper = part.endIndex
        while lower < upper && part[lower] == UInt8(ascii: " ") { lower = part.index(after: lower) }
        while upper > lower && part[part.index(before: upper)] == UInt8(ascii: " ") {
          upper = part.index(before: upper)
        }
        guard lower < upper else {
          throw NewsGraphError(
            .malformedTable("the column '\(column)' holds an empty value between '|'"),
            at: location)
        }
        return String(decoding: part[lower..<upper], as: UTF8.self)
      }
  }

  private static func date(_ text: String, column: String, at location: InputLocation) throws
    -> CalendarDate
  {
    guard let date = CalendarDate(iso: text) else {
      throw NewsGraphError(
        .malformedTable("\(column) '\(text)' is not a date YYYY-MM-DD"), at: location)
    }
    return date
  }
}
