/// One term of office: a person held a generic role for a state or body between two dates.
public struct Office: Sendable, Equatable {
  /// A person entry id.
  public var person: String
  /// A generic role (`head of government`, `defence minister`…), never a national title.
  public var role: String
  /// The state id, or an organization id for NATO, EU and UN roles.
  public var state: String
  /// First day in office.
  public var from: CalendarDate
  /// The day the term ended (normally the successor's first day); nil while in office.
  public var until: CalendarDate?
  public var location: InputLocation?

  public init(
    person: String, role: String, state: String, from: CalendarDate, until: CalendarDate?,
    location: InputLocation? = nil
  ) {
    self.person = person
    self.role = role
    self.state = state
    self.from = from
    self.until = until
    self.location = location
  }

  /// Whether the person held the office that day; both ends count, so on a handover day the
  /// outgoing and the incoming holder are both in office.
  public func isHeld(on date: CalendarDate) -> Bool {
    from <= date && (until.map { date <= $0 } ?? true)
  }
}
