/// The notes of one import, some counted per kind so that a file with many of one thing gives
/// one note.
struct ImportNotes {
  let location: InputLocation
  private(set) var diagnostics: [Diagnostic] = []

  init(location: InputLocation) { self.location = location }

  mutating func note(_ message: String) {
    diagnostics.append(Diagnostic(.note, message, at: location))
  }
}
