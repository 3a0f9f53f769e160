/// A small graph of facts from the seed articles, written by hand, that `newsgraph demo`
/// exports until extraction exists. Its provenance spans point into the files in `seeds/`.
public enum DemonstrationGraph {
  public static func make() throws -> KnowledgeGraph {
    let entities = [
      Entity(
        id: "united-kingdom", type: "State", label: "United Kingdom",
        aliases: ["Britain", "the UK", "London", "British"], wikidata: "Q145"),
      Entity(
        id: "russia", type: "State", label: "Russia", aliases: ["Moscow", "the Kremlin", "Russian"],
        wikidata: "Q159"),
      Entity(id: "iran", type: "State", label: "Iran", aliases: ["Tehran", "Iranian"], wikidata: "Q794"),
      Entity(
        id: "ukraine", type: "State", label: "Ukraine", aliases: ["Kyiv", "Kiev", "Ukrainian"],
        wikidata: "Q212"),
      Entity(
        id: "united-states", type: "State", label: "United States",
        aliases: ["US", "Washington"], wikidata: "Q30"),
      Entity(id: "nato", type: "Organization", label: "NATO", aliases: ["the alliance"], wikidata: "Q7184"),
      Entity(id: "ben-wallace", type: "Person", label: "Ben Wallace", aliases: ["Wallace", "Mr Wallace"]),
      Entity(id: "john-kirby", type: "Person", label: "John Kirby", aliases: ["Kirby"]),
      Entity(
        id: "shahed-136", type: "WeaponSystem", label: "Shahed-136",
        aliases: ["Shahed drones", "kamikaze drones", "Geran-2"], attributes: ["country": .string("iran")]),
      Entity(id: "anti-tank-missile", type: "WeaponSystem", label: "anti-tank missile"),
      Entity(id: "su-35", type: "WeaponSystem", label: "Su-35", attributes: ["country": .string("russia")]),
    ]
    let document0 = "000_436b093d3de44444.txt"
    let document2 = "002_71ee3d9be39746e4.txt"
    let document3 = "003_218ca8e7fb6f78b1.txt"
    let relations = [
      Relation(
        id: "r-iran-supplies-russia-shahed", source: "iran", target: "russia", type: "supplies",
        attributes: [
          "weapon": .string("shahed-136"), "quantity": .integer(300),
          "quantity_qualifier": .string("more than"), "status": .string("delivered"),
          "modality": .string("asserted"), "confidence": .double(0.9),
          "attributed_to": .string("ben-wallace"), "reporting_verb": .string("said"),
          "rule": .string("demo"),
        ],
        provenance: [
          Provenance(
            document: document0, sentence: 3, start: 511, end: 727,
            evidence:
              "Speaking to MPs, Wallace said: “In exchange for supplying more than 300 kamikaze drones, Russia now wants to provide advanced military components to Iran, undermining both the Middle East and international security.”"
          )
        ]),
      Relation(
        id: "r-russia-supplies-iran-su-35", source: "russia", target: "iran", type: "supplies",
        attributes: [
          "weapon": .string("su-35"), "modality": .string("planned"), "confidence": .double(0.6),
          "attributed_to": .string("john-kirby"), "reporting_verb": .string("said"),
          "rule": .string("demo"),
        ],
        provenance: [
          Provenance(
            document: document2, sentence: 21, start: 2114, end: 2318,
            evidence:
              "Kirby also cited reports that Iranian pilots have received training in Russia on how to fly Su-35 fighter jets, which he said was a possible precursor to Moscow providing the aircraft next year to Tehran."
          )
        ]),
      Relation(
        id: "r-uk-supplies-ukraine-anti-tank", source: "united-kingdom", target: "ukraine",
        type: "supplies",
        attributes: [
          "weapon": .string("anti-tank-missile"), "quantity": .integer(2000),
          "status": .string("delivered"), "modality": .string("asserted"),
          "confidence": .double(0.9), "rule": .string("demo"),
        ],
        provenance: [
          Provenance(
            document: document3, sentence: 17, start: 2499, end: 2650,
            evidence:
              "The UK has already supplied 2,000 anti-tank missiles, body armor, helmets and combat boots to Ukraine and Mr Johnson has indicated he could go further."
          )
        ]),
      Relation(
        id: "r-wallace-holds-role-uk", source: "ben-wallace", target: "united-kingdom",
        type: "holdsRole",
        attributes: [
          "role": .string("defence secretary"), "modality": .string("asserted"),
          "confidence": .double(0.95), "rule": .string("demo"),
          "valid_from": .date(CalendarDate(year: 2019, month: 7, day: 24)!),
          "valid_until": .date(CalendarDate(year: 2023, month: 8, day: 31)!),
        ]),
    ]
    return try KnowledgeGraph(name: "newsgraph-demo", entities: entities, relations: relations)
  }
}
