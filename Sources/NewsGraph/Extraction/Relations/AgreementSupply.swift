/// A package or sum of money sent to a recipient, as `package-supply` reads it.
struct AgreementSupply {
  var suppliers: [String]
  var recipient: String
  /// Byte range of the supply verb (the trigger).
  var verb: Range<Int>
  /// The verb approves or announces the package rather than sending it: the supply is planned.
  var approved = false
  /// Byte range from the verb (or the object) to the recipient.
  var span: Range<Int>
}
