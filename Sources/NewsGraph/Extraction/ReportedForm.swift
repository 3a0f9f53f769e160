/// An (entity, surface form) pair of the merge report, hashed without allocating an array.
struct ReportedForm: Hashable, Sendable {
  var entity: String
  var text: String
}
