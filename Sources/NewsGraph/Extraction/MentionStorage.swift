/// The reference-counted fields of a `Mention`: its strings, arrays and agreement, kept in one
/// object so that copying a mention (into a candidate list, a sorted result, a resolved
/// document) retains one reference instead of one per string and array.
///
/// Copy on write: `Mention` mutates a storage only while it holds the only reference
/// (`isKnownUniquelyReferenced`), and copies it first otherwise, so a storage shared between
/// mentions, or between threads, is never written.
///
/// For the same reason the fields need no run-time exclusivity check: only a mention that holds
/// the only reference writes them, so no read can overlap a write (a checked read of a class
/// property costs a call to `swift_beginAccess`, and mentions are read everywhere).
final class MentionStorage: @unchecked Sendable {
  @exclusivity(unchecked) var document: String
  @exclusivity(unchecked) var text: String
  @exclusivity(unchecked) var candidates: [String]
  @exclusivity(unchecked) var type: String
  @exclusivity(unchecked) var role: String?
  @exclusivity(unchecked) var roleTitle: String?
  @exclusivity(unchecked) var state: String?
  @exclusivity(unchecked) var agreement: AgreementPhrase?

  init(
    document: String, text: String, candidates: [String], type: String, role: String?,
    roleTitle: String?, state: String?, agreement: AgreementPhrase?
  ) {
    self.document = document
    self.text = text
    self.candidates = candidates
    self.type = type
    self.role = role
    self.roleTitle = roleTitle
    self.state = state
    self.agreement = agreement
  }

  /// A new storage with the same values, for a mention about to change a shared one.
  func copy() -> MentionStorage {
    MentionStorage(
      document: document, text: text, candidates: candidates, type: type, role: role,
      roleTitle: roleTitle, state: state, agreement: agreement)
  }

  /// Whether every field equals the other's (what `Mention`'s `==` compared field by field).
  func hasSameValues(as other: MentionStorage) -> Bool {
    document == other.document && text == other.text && candidates == other.candidates
      && type == other.type && role == other.role && roleTitle == other.roleTitle
      && state == other.state && agreement == other.agreement
  }
}
