/// What one person mention says about an office: who, which role, the state if written, the
/// byte span of title and name, and the trigger (the title or the role mention).
struct HoldsRoleFinding {
  var person: String
  var role: String
  var state: String?
  var span: Range<Int>
  var trigger: Range<Int>
  var rule: String
  var confidence: Double
}
