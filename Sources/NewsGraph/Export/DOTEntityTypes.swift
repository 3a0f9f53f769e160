/// The distinct entity types of a graph and each entity row's type among them, found in one
/// pass over the type column's bytes: the DOT writer draws a node by its type's class and the
/// legend lists the types present, and neither should look a type name up per row.
struct DOTEntityTypes: Sendable {
  /// The distinct types, in order of first appearance.
  let names: [String]
  /// `index[row]` is the position of entity `row`'s type in `names`.
  let index: [Int32]

  /// - Complexity: O(n) in the column's bytes (one hash per row).
  init(_ types: TextColumn) {
    var names: [String] = []
    var firstRows: [Int] = []
    var index: [Int32] = []
    index.reserveCapacity(types.count)
    var byHash: [UInt64: [Int32]] = [:]
    types.withAllBytes { all in
      for row in 0..<types.count {
        let lower = types.start(of: row)
        let bytes = UnsafeBufferPointer(rebasing: all[lower..<types.ends[row]])
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let known = byHash[hash]?.first { candidate in
          let other = firstRows[Int(candidate)]
          return types.byteCount(other) == bytes.count
            && bytes.indices.allSatisfy { all[types.start(of: other) + $0] == bytes[$0] }
        }
        if let known {
          index.append(known)
        } else {
          let position = Int32(names.count)
          names.append(String(decoding: bytes, as: UTF8.self))
          firstRows.append(row)
          byHash[hash, default: []].append(position)
          index.append(position)
        }
      }
    }
    self.names = names
    self.index = index
  }
}
