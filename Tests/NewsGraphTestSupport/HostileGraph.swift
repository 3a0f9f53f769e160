import NewsGraph

/// A small graph built in code out of every string and number that has broken a graph
/// format or one of its readers (see ../shared/FORMATS.md). Writers are tested on it, byte
/// for byte against goldens and through the real tools.
public enum HostileGraph {
  /// `é` as one scalar, and as `e` + U+0301: canonically equivalent, different code points.
  public static let cafeNFC = "Caf\u{E9}"
  public static let cafeNFD = "Cafe\u{301}"

  public static let markup = "Tom & Jerry <b>\"quoted\" 'single'</b> ]]> back\\slash"
  public static let trailingBackslash = "ends with a backslash\\"
  public static let lines = "line one\nline two\r\nline three\rline four\ttabbed"
  public static let punctuation = "#hash %percent :colon; {braces} |pipe| ^caret `tick` \\N \\G \\L"
  public static let scripts = "🙂 emoji, עברית RTL, العربية, 中文 CJK, Ελληνικά, Ўкраїна"
  public static let forbidden = "bell\u{7} null\u{0} escape\u{1B} nonchar\u{FFFE}\u{FFFF} end"

  /// Over 100 kB, mixing escapes and multi-byte characters so a split inside one shows.
  public static let long: String = {
    let unit = "ab&<\"é日🙂\\\n "
    return String(repeating: unit, count: 110_000 / unit.utf8.count + 1)
  }()

  public static func make() throws -> KnowledgeGraph {
    let entities = [
      Entity(
        id: "markup", type: "Person", label: markup, aliases: ["Tom|Jerry", "\"TJ\"", trailingBackslash],
        wikidata: "Q42",
        attributes: [
          "date of birth": .date(CalendarDate(year: 1940, month: 2, day: 10)!),
          "weight": .double(-0.0), "mentions": .integer(3), "confirmed": .boolean(true),
          "mixed": .integer(7),
        ]),
      Entity(
        id: "cafe-nfc", type: "Organization", label: cafeNFC, aliases: [cafeNFD],
        attributes: [
          "weight": .double(.nan), "mentions": .integer(9_007_199_254_740_993),
          "confirmed": .boolean(false), "mixed": .string("seven"), "note": .string(lines),
        ]),
      Entity(
        id: "cafe-nfd", type: "Organization", label: cafeNFD,
        attributes: [
          "weight": .double(.infinity), "mentions": .integer(Int64.max),
          "note": .string(punctuation),
        ]),
      Entity(
        id: "node", type: "State", label: "node", aliases: ["Edge", "strict", "graph"],
        wikidata: "Q145",
        attributes: ["weight": .double(-.infinity), "mentions": .integer(Int64.min)]),
      Entity(id: "Edge", type: "WeaponSystem", label: "Edge", attributes: ["weight": .double(5e-300)]),
      Entity(id: "strict", type: "Agreement", label: "strict", attributes: ["note": .string(scripts)]),
      Entity(id: "long", type: "Ship", label: long, attributes: ["note": .string(trailingBackslash)]),
      Entity(id: "controls", type: "Person", label: forbidden),
    ]
    let evidence = Provenance(
      document: "doc & <one>.txt", sentence: 2, start: 10, end: 42, evidence: markup + " " + scripts)
    let relations = [
      Relation(
        id: "supply-1", source: "node", target: "markup", type: "supplies",
        attributes: [
          "weapon": .string("Edge"), "quantity": .integer(300),
          "quantity_qualifier": .string("more than"), "amount": .double(2.3e9),
          "currency": .string("GBP"), "modality": .string("asserted"),
          "confidence": .double(0.9), "attributed_to": .string("markup"),
          "reporting_verb": .string("said"), "rule": .string("test:supply"),
          "weight": .double(.nan),
        ],
        provenance: [
          evidence,
          Provenance(document: "a.txt", sentence: 0, start: 0, end: 5, evidence: lines),
        ]),
      Relation(
        id: "supply-2", source: "node", target: "markup", type: "supplies",
        attributes: [
          "modality": .string("denied"), "confidence": .double(0.5), "weight": .double(1),
        ],
        provenance: [evidence]),
      Relation(
        id: "loop", source: "cafe-nfc", target: "cafe-nfc", type: "meets",
        attributes: ["note": .string(long), "weight": .double(-0.0)]),
      Relation(
        id: "odd-relation", source: "cafe-nfd", target: "strict", type: "funds money to",
        attributes: ["note": .string(forbidden)]),
      Relation(
        id: "role", source: "markup", target: "node", type: "holdsRole",
        attributes: [
          "role": .string("defence secretary"),
          "valid_from": .date(CalendarDate(year: 2019, month: 7, day: 24)!),
        ]),
    ]
    return try KnowledgeGraph(
      name: "hostile <graph> & \"friends\"", entities: entities, relations: relations,
      attributes: ["source": .string(punctuation)])
  }
}
