/// A sum of money written in news text ("$275mn", "£2.3bn", "USD 1.2 billion", "50 million
/// euros"), read on UTF-8 bytes.
///
/// `amount` is in units of the currency (the ontology's `amount` column is an `xsd:double`:
/// "$275mn" is 275000000, "$1.7tn" is 1.7e12); `currency` is the ISO 4217 code.
///
/// Ranges ("$2bn-$3bn", "$2-3bn", "$2bn to $3bn") keep the lower bound as `amount` and the upper
/// one in `upperAmount`: a graph attribute holds one number, and the lower bound is what the
/// text commits to (the relation can say "at least"). A lower bound written without a
/// multiplier borrows the upper one's ("$2-3bn" is 2e9 to 3e9).
///
/// Written forms:
/// - a currency sign or prefix before the number: `$` (USD), `US$`, `C$` (CAD), `A$` (AUD),
///   `£` (GBP), `€` (EUR), `¥` (JPY), `₴` (UAH), `₽` (RUB), `₹` (INR), or an ISO code followed
///   by a space ("USD 1.2 billion");
/// - or a currency word or code after the number and multiplier ("1.5 billion dollars",
///   "50 million euros", "10bn hryvnias", "3 billion USD");
/// - a number with optional thousands commas and decimals ("1,200", "2.3");
/// - a multiplier glued or after a space: k/thousand, m/mn/mln/million, b/bn/bln/billion,
///   tn/trn/trillion.
/// A bare number without a currency is not money.
public struct MoneyAmount: Sendable, Equatable {
  public var amount: Double
  /// ISO 4217 code.
  public var currency: String
  /// UTF-8 byte range of the whole written amount (both bounds of a range) in the parsed bytes.
  public var bytes: Range<Int>
  /// The upper bound of a range; nil for a single amount.
  public var upperAmount: Double?

  public init(amount: Double, currency: String, bytes: Range<Int>, upperAmount: Double? = nil) {
    self.amount = amount
    self.currency = currency
    self.bytes = bytes
    self.upperAmount = upperAmount
  }

  /// Every amount in `text`, in text order; byte offsets are into `text.utf8`.
  public static func amounts(in text: String) -> [MoneyAmount] {
    let bytes = Array(text.utf8)
    return amounts(in: bytes, range: 0..<bytes.count)
  }

  /// Every amount that starts and ends inside `range` of `bytes`, in text order.
  /// - Complexity: O(n) in the length of the range.
  public static func amounts(in bytes: [UInt8], range: Range<Int>) -> [MoneyAmount] {
    // Every amount holds a number: a range without a digit (a third of news sentences) holds
    // none, and is passed over without trying a sign at every capital.
    let hasDigit = bytes.withUnsafeBufferPointer { buffer in
      buffer[range].contains { $0 &- 0x30 < 10 }
    }
    guard hasDigit else { return [] }
    let scanner = MoneyScanner(bytes: bytes, range: range)
    var result: [MoneyAmount] = []
    var position = range.lowerBound
    while position < range.upperBound {
      let byte = bytes[position]
      guard MoneyScanner.mayStartAmount(byte) else {
        position += 1
        continue
      }
      // A capital starts an amount only as a sign ("US$", "C$", "A$") or an ISO code ("USD "):
      // the next byte is then "$" or a capital. A capitalized word ("Russia") is ruled out
      // here, without trying every sign and code at it. Likewise 0xC2 starts one only as "£"
      // or "¥" (C2 A3, C2 A5), and 0xE2 only as "€", "₴", "₽" or "₹" (E2 82 …), not as a
      // curly quote or a dash (E2 80 …).
      if byte &- 0x41 < 26 || byte >= 0x80 {
        let next = position + 1 < range.upperBound ? bytes[position + 1] : 0
        let mayStart: Bool
        switch byte {
        case 0xC2: mayStart = next == 0xA3 || next == 0xA5
        case 0xE2: mayStart = next == 0x82
        default: mayStart = next == UInt8(ascii: "$") || next &- 0x41 < 26
        }
        if !mayStart {
          position += 1
          continue
        }
      }
      if let found = scanner.amount(at: position) {
        result.append(found)
        position = found.bytes.upperBound
      } else {
        position += 1
      }
    }
    return result
  }
}
