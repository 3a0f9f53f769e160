/// A trigger in a sentence: what `ClaimQualifier` reads once, however many candidates share
/// the trigger.
struct TriggerSpot: Hashable {
  var sentence: Int
  var trigger: Range<Int>
}
