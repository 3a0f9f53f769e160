/// Latin letters with diacritics and their ASCII base letters, for ids: "Płatek" and "Platek",
/// "Goïta" and "Goita" give one slug. The table covers Latin-1, Latin Extended-A and -B
/// (generated from the Unicode canonical decompositions, plus letters with no decomposition
/// such as "ł", "ø", "đ", "ı"); "ß", "æ", "œ", "þ" become two letters.
enum LatinFolding {
  static let table: [Unicode.Scalar: String] = {
    let sources: [String] = [
      "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄ",
      "ąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłŃ",
      "ńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎ",
      "ǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚ",
      "țȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ",
    ]
    let targets: [String] = [
      "aaaaaaceeeeiiiinoooooouuuuyaaaaaaceeeeiiiinoooooouuuuyyaaaaa",
      "accccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjkklllllllllln",
      "nnnnnoooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzoouuaa",
      "iioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusst",
      "thhaaeeooooooooyy",
    ]
    var table: [Unicode.Scalar: String] = [
      "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th",
      "ð": "d", "Ð": "d",
    ]
    let from = Array(sources.joined().unicodeScalars)
    let to = Array(targets.joined().unicodeScalars)
    for (source, target) in zip(from, to) { table[source] = String(target) }
    return table
  }()

  /// The ASCII letters for a scalar, nil when it has none.
  static func ascii(_ scalar: Unicode.Scalar) -> String? { table[scalar] }
}
