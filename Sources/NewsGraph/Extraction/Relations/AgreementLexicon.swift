/// What the agreement rules look up beyond the resolved mentions: the names of states,
/// organizations and weapons inside an agreement's own span (which the matcher's mentions do not
/// reach when an Agreement mention covers "Russia-Iran deal"), and surnames of office holders
/// for "the Biden administration".
///
/// The case policy is the matcher's: a form with an uppercase letter matches as written, an
/// all-lowercase one in any case.
struct AgreementLexicon: Sendable {
  struct Form: Sendable {
    var id: String
    var type: String
  }

  let automaton: PhraseAutomaton
  let forms: [Form]
  /// Last words of lexicon persons' labels → person ids.
  let personsBySurname: [String: [String]]

  /// The types whose names are looked up (compared, not hashed: it runs for every name of the
  /// lexicon).
  static func isLookedUp(_ type: String) -> Bool {
    type == "State" || type == "Organization" || type == "WeaponSystem"
  }

  init(lexicon: Lexicon) {
    var forms: [Form] = []
    var phrases: [(text: String, payload: Int32, caseSensitive: Bool)] = []
    lexicon.forEachSurfaceForm { text, position, _, type in
      guard Self.isLookedUp(type) else { return }
      phrases.append(
        (
          text: text, payload: Int32(forms.count),
          caseSensitive: SurfaceForm.isCaseSensitive(text)
        ))
      forms.append(Form(id: lexicon.entries[position].id, type: type))
    }
    automaton = PhraseAutomaton(phrases: phrases)
    self.forms = forms
    var surnames: [String: [String]] = [:]
    for person in lexicon.positions(ofType: "Person") {
      if let last = NameWords.lastWord(of: lexicon.entries[person].label) {
        surnames[String(last), default: []].append(lexicon.entries[person].id)
      }
    }
    personsBySurname = surnames
  }

  /// The entities named inside `range` of `bytes`, in text order.
  func entities(in bytes: [UInt8], range: Range<Int>) -> [(form: Form, bytes: Range<Int>)] {
    guard !range.isEmpty else { return [] }
    let matches = bytes.withUnsafeBufferPointer {
      automaton.matches(in: UnsafeBufferPointer(rebasing: $0[range]))
    }
    var result: [(form: Form, bytes: Range<Int>)] = []
    for match in matches {
      guard let payload = automaton.payloads(of: match).first else { continue }
      result.append(
        (forms[Int(payload)], (range.lowerBound + match.start)..<(range.lowerBound + match.end)))
    }
    return result
  }
}
