/// The output names of one table's attribute columns: a reserved column's leftover values and
/// the second of two canonically equal names get the first free `_2`, `_3`, … suffix that no
/// column of the table has. Names compare as `String`s (canonically), as the model keys them.
struct ColumnNaming {
  private var taken: Set<String>
  private var used: Set<String> = []

  init(_ columns: [ForeignColumn]) { taken = Set(columns.map(\.name)) }

  /// A kept column's name, or a free one when an earlier kept name equals it canonically.
  mutating func keep(_ name: String) -> (name: String, isTwin: Bool) {
    if used.contains(name) { return (free(name), true) }
    used.insert(name)
    return (name, false)
  }

  /// The first free `base_N`.
  mutating func free(_ base: String) -> String {
    var counter = 2
    while taken.contains("\(base)_\(counter)") || used.contains("\(base)_\(counter)") {
      counter += 1
    }
    let name = "\(base)_\(counter)"
    used.insert(name)
    return name
  }
}
