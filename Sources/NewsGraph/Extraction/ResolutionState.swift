/// The mutable state of one `EntityResolver.resolve` run: entities so far, the surname index of
/// persons, the entities of the current document and the report lines.
public struct ResolutionState: Sendable {
  public init() {}

  /// What has been resolved so far: the entities and the merge report (`assignments` empty;
  /// streaming callers keep each document's own).
  public var resolution: EntityResolution {
    EntityResolution(entities: entities, assignments: [], report: MergeReport(lines: lines))
  }

  var entities: [ResolvedEntity] = []
  /// Entity id → position in `entities`.
  var index: [String: Int] = [:]
  /// Lowercased last word of a multi-word person name → person ids, first-seen order.
  var surnames: [String: [String]] = [:]
  /// Per entity (as in `entities`), the number of the last document that mentioned it: an
  /// entity is in the current document when its number is `documentNumber`. One store per
  /// mention instead of hashing its id into a set the next document empties again.
  private var lastDocument: [Int] = []
  /// The number of the current document, from 1 (`startDocument`).
  private var documentNumber = 0
  /// Role → the state of its last mention with a state in the current document.
  var documentRoleStates: [String: String] = [:]
  /// Agreement head noun (and "family " + its family) → the id of its last agreement in the
  /// current document.
  var documentAgreements: [String: String] = [:]
  /// The state the current document mentions most, when one leads (computed once per document).
  var documentMostMentionedState: String?
  var lines: [MergeLine] = []
  /// Per entity, the surface forms already reported, while there are at most `exactFormLimit`
  /// (no two canonically equivalent). Most mentions repeat one of them byte for byte, found by
  /// a byte comparison; a new form is compared with each as `String`s (canonical equivalence),
  /// which costs less than hashing the form into a set of every entity's forms (a non-ASCII
  /// one normalized to NFC for the hash), and growing that set.
  private var reportedForms: [[String]] = []
  static let exactFormLimit = 32
  /// Per entity, whether it has more forms than `exactFormLimit`: then all of them are in
  /// `reported`, and a new one is told apart there.
  private var formsOverflow: [Bool] = []
  /// (entity, surface form) pairs reported, of the entities with `formsOverflow` only.
  private var reported: Set<ReportedForm> = []
  /// Per lexicon entry (by position in `Lexicon.entries`), its entity's position in `entities`
  /// plus one, 0 until looked up: a memo of `index[entry.id]`, which never changes once set
  /// (entities are only appended), so a repeated entry costs no hashing of its id. Sized on first
  /// use; a state is used with one lexicon (its resolver's).
  private var entityOfEntry: [Int] = []

  /// Starts the next document: no entity is in it yet, and its role states and agreements are
  /// forgotten.
  mutating func startDocument() {
    documentNumber += 1
    documentRoleStates = [:]
    documentAgreements = [:]
  }

  /// Whether the entity with this id was mentioned in the current document.
  func isInDocument(_ id: String) -> Bool {
    guard let position = index[id] else { return false }
    return lastDocument[position] == documentNumber
  }

  mutating func drop(_ mention: Mention, _ reason: MergeReason, detail: String) {
    lines.append(
      MergeLine(
        document: mention.document, text: mention.text, entity: nil, reason: reason,
        detail: detail))
  }

  mutating func add(entry: LexiconEntry, alias: String?, mention: Mention, reason: MergeReason) {
    if index[entry.id] == nil {
      insert(
        ResolvedEntity(
          id: entry.id, type: entry.type, label: entry.label, wikidata: entry.wikidata))
      if entry.type == "Person" {
        for name in [entry.label] + entry.aliases { register(name, for: entry.id) }
      }
    }
    count(mention, into: entry.id, alias: alias, reason: reason)
  }

  /// `add(entry:…)` for the entry at this position of `lexicon.entries`, read in place.
  mutating func add(
    entryAt entry: Int, of lexicon: Lexicon, alias: String?, mention: Mention,
    reason: MergeReason
  ) {
    if entityOfEntry.count != lexicon.entries.count {
      entityOfEntry = Array(repeating: 0, count: lexicon.entries.count)
    }
    let position: Int
    if entityOfEntry[entry] > 0 {
      position = entityOfEntry[entry] - 1
    } else if let existing = index[lexicon.entries[entry].id] {
      position = existing
    } else {
      position = entities.count
      let id = lexicon.entries[entry].id
      insert(
        ResolvedEntity(
          id: id, type: lexicon.entries[entry].type, label: lexicon.entries[entry].label,
          wikidata: lexicon.entries[entry].wikidata))
      if lexicon.entries[entry].type == "Person" {
        register(lexicon.entries[entry].label, for: id)
        for alias in lexicon.entries[entry].aliases { register(alias, for: id) }
      }
    }
    entityOfEntry[entry] = position + 1
    count(mention, at: position, alias: alias, reason: reason)
  }

  mutating func add(
    slug id: String, type: String, label: String, alias: String, mention: Mention,
    reason: MergeReason = .slug
  ) {
    if index[id] == nil {
      insert(ResolvedEntity(id: id, type: type, label: label))
      if type == "Person" { register(label, for: id) }
    }
    count(mention, into: id, alias: alias, reason: reason)
  }

  mutating func merge(
    into id: String, alias: String, mention: Mention, reason: MergeReason = .surname
  ) {
    count(mention, into: id, alias: alias, reason: reason)
  }

  /// The person whose fuller name ends with `surname`: the only one in the current document, else
  /// the only one seen at all.
  func fullName(withSurname surname: String) -> String? {
    let people = surnames[surname] ?? []
    let here = people.filter { isInDocument($0) }
    if here.count == 1 { return here[0] }
    if here.isEmpty, people.count == 1 { return people[0] }
    return nil
  }

  private mutating func insert(_ entity: ResolvedEntity) {
    index[entity.id] = entities.count
    entities.append(entity)
    lastDocument.append(0)
    reportedForms.append([])
    formsOverflow.append(false)
  }

  private mutating func register(_ name: String, for id: String) {
    guard let last = Self.surnameKey(of: name) else { return }
    // One look-up of the key, not two.
    Self.appendOnce(id, to: &surnames[last, default: []])
  }

  private static func appendOnce(_ id: String, to ids: inout [String]) {
    if !ids.contains(id) { ids.append(id) }
  }

  /// The lowercased last word of a name of two words or more (split at spaces), nil for one
  /// word: the `surnames` key.
  static func surnameKey(of name: String) -> String? {
    guard let last = NameWords.lastWord(of: name),
      name.utf8[..<last.startIndex].contains(where: { $0 != UInt8(ascii: " ") })
    else { return nil }
    return last.lowercased()
  }

  private mutating func count(
    _ mention: Mention, into id: String, alias: String?, reason: MergeReason
  ) {
    guard let position = index[id] else { return }
    count(mention, at: position, alias: alias, reason: reason)
  }

  /// Counts the mention for the entity at this position of `entities`.
  private mutating func count(
    _ mention: Mention, at position: Int, alias: String?, reason: MergeReason
  ) {
    // In place: copying the entity out and back would copy its aliases and documents arrays on
    // every mention.
    entities[position].mentions += 1
    // Documents are resolved one after the other, so only the last one can be this one.
    if entities[position].documents.last != mention.document {
      entities[position].documents.append(mention.document)
    }
    if let alias, !alias.isEmpty, alias != entities[position].label,
      !entities[position].aliases.contains(alias),
      "the " + alias.lowercased() != entities[position].label.lowercased()
    {
      entities[position].aliases.append(alias)
    }
    lastDocument[position] = documentNumber
    if reportedForms[position].contains(where: { $0.equalsByScalars(mention.text) }) { return }
    guard isNewForm(mention.text, of: position) else { return }
    lines.append(
      MergeLine(
        document: mention.document, text: mention.text, entity: entities[position].id,
        reason: reason))
  }

  /// Whether `text` is a surface form not yet reported for the entity at `position` (none
  /// canonically equivalent to it); if so, it is recorded as reported.
  private mutating func isNewForm(_ text: String, of position: Int) -> Bool {
    let id = entities[position].id
    if formsOverflow[position] {
      return reported.insert(ReportedForm(entity: id, text: text)).inserted
    }
    if reportedForms[position].contains(text) { return false }
    if reportedForms[position].count < Self.exactFormLimit {
      reportedForms[position].append(text)
      return true
    }
    formsOverflow[position] = true
    for form in reportedForms[position] { reported.insert(ReportedForm(entity: id, text: form)) }
    reported.insert(ReportedForm(entity: id, text: text))
    return true
  }
}
