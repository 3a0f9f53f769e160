/// A parsed JSON value. Objects keep their members in document order, as pairs, so that keys
/// differing only by normalization stay apart and output order can follow input order.
public indirect enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case integer(Int64)
  /// An integer literal beyond the 64-bit range, kept as its exact decimal text.
  case bigInteger(String)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key.equalsByScalars(key) }?.value
  }
}
