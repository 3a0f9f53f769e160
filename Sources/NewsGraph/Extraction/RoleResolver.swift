/// Resolves a role mention ("the defence secretary") to the person holding that office on the
/// article's date, using `Lexicon.holders(role:of:on:)`.
public enum RoleResolver {
  /// The holder's person id when exactly one person held the mention's role for its state (or
  /// `defaultState` when the mention names none) on `articleDate`; nil otherwise.
  public static func holder(
    of mention: Mention, articleDate: CalendarDate, defaultState: String?, lexicon: Lexicon
  ) -> String? {
    guard let role = mention.role, let state = mention.state ?? defaultState else { return nil }
    let holders = lexicon.holders(role: role, of: state, on: articleDate)
    return holders.count == 1 ? holders[0] : nil
  }
}
