import Foundation

/// A number rounded for display: its decimal digits and the `Double` nearest to them.
///
/// Produced only by ``excelRound(_:places:)``; the id-ID/en formatter prints `digits` so that the printed text and
/// `value` can never disagree.
public struct RoundedDecimal: Equatable, Sendable {
  /// `true` for values below zero (a rounded zero is never negative).
  public var isNegative: Bool
  /// Integer part digits, no leading zeros (`"0"` for values below one).
  public var integerDigits: String
  /// Fraction digits, exactly `places` of them (empty when `places <= 0`).
  public var fractionDigits: String
  /// The `Double` closest to the rounded decimal.
  public var value: Double
  /// Whether the input was NaN or infinite (then the digit fields are empty).
  public var isFinite: Bool
}

/// Rounds like Excel's `ROUND(x, places)`: half away from zero, on the decimal value of `x` written with 15
/// significant digits.
///
/// ```
/// d      = x written as ±d.dddddddddddddd × 10^e   (15 significant digits, correctly rounded)
/// result = d rounded half away from zero at 10^-places
/// ```
///
/// Regulation: none; this is the convention of `shared/spec/README.md` ("Numbers and rounding"). Every figure in an
/// Indonesian report was computed in Excel, so this is the only display rounding in Timbang.
///
/// Rounding: this *is* the rounding function; nothing else in the code base rounds for display.
///
/// Edge Cases:
/// - Binary representation never decides a tie: `2.675` (stored as 2.67499999…) rounds to `2.68`, `1.005` to `1.01`,
///   `84.3875` to `84.39`, `4.765` to `4.77`.
/// - Negative ties round away from zero: `-2.5` → `-3`.
/// - A result of zero is never negative (`-0.001` → `0.00`).
/// - `places` may be negative (`ROUND(1234, -2)` = 1200).
/// - NaN and infinities are returned unchanged with `isFinite == false`.
///
/// Postconditions: `result.fractionDigits.count == max(places, 0)`.
///
/// Example: `excelRound(84.3875, places: 2).value == 84.39`.
public func excelRound(_ x: Double, places: Int) -> RoundedDecimal {
  guard x.isFinite else {
    return RoundedDecimal(isNegative: x < 0, integerDigits: "", fractionDigits: "", value: x, isFinite: false)
  }
  if x == 0 {
    return RoundedDecimal(
      isNegative: false, integerDigits: "0", fractionDigits: String(repeating: "0", count: max(places, 0)),
      value: 0, isFinite: true)
  }
  // digits[i] has place value 10^(exponent - i): the value written with at most 15 significant digits.
  let written = fifteenDigits(abs(x))
  var digits = written.digits
  let exponent = written.exponent
  // Index of the last kept digit: place value 10^-places  →  i = exponent + places.
  let keep = exponent + places
  var roundedDigits: [Int]
  var topExponent = exponent
  if keep < -1 {
    roundedDigits = []
  } else if keep == -1 {
    // The first digit is one place below the last kept one.
    roundedDigits = digits[0] >= 5 ? [1] : []
    topExponent = exponent + 1
  } else if keep >= digits.count - 1 {
    roundedDigits = digits
  } else {
    let roundUp = digits[keep + 1] >= 5
    digits = Array(digits[0...keep])
    if roundUp {
      var i = keep
      while i >= 0 {
        if digits[i] == 9 {
          digits[i] = 0
          i -= 1
        } else {
          digits[i] += 1
          break
        }
      }
      if i < 0 {
        digits.insert(1, at: 0)
        topExponent += 1
      }
    }
    roundedDigits = digits
  }
  // Lay the digits out as integer and fraction parts.
  var integer = ""
  var fraction = ""
  let fractionCount = max(places, 0)
  if roundedDigits.allSatisfy({ $0 == 0 }) {
    return RoundedDecimal(
      isNegative: false, integerDigits: "0", fractionDigits: String(repeating: "0", count: fractionCount),
      value: 0, isFinite: true)
  }
  // Place value of roundedDigits[i] is 10^(topExponent - i).
  if topExponent >= 0 {
    for p in stride(from: topExponent, through: 0, by: -1) {
      let i = topExponent - p
      integer.append(i < roundedDigits.count ? Character(String(roundedDigits[i])) : "0")
    }
  } else {
    integer = "0"
  }
  for p in stride(from: -1, through: -fractionCount, by: -1) {
    let i = topExponent - p
    fraction.append(i >= 0 && i < roundedDigits.count ? Character(String(roundedDigits[i])) : "0")
  }
  if places < 0 {
    // Zero the places below 10^-places in the integer part.
    let zeros = min(-places, integer.count)
    integer = String(integer.dropLast(zeros)) + String(repeating: "0", count: zeros)
  }
  let trimmed = integer.drop(while: { $0 == "0" })
  integer = trimmed.isEmpty ? "0" : String(trimmed)
  let literal = (x < 0 ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
  return RoundedDecimal(
    isNegative: x < 0, integerDigits: integer, fractionDigits: fraction, value: Double(literal) ?? x,
    isFinite: true)
}

extension Double {
  /// Excel `ROUND(self, places)` as a `Double`; see ``excelRound(_:places:)``.
  @inlinable public func rounded(places: Int) -> Double { excelRound(self, places: places).value }
}

/// The decimal digits of a positive finite `x` written with 15 significant digits, and the exponent of the first.
///
/// Fast path: Swift's shortest round-trip text is exact; when it has at most 15 significant digits it *is* the
/// 15-digit form (padded with zeros). Otherwise the C library's correctly rounded `%.14e` decides.
func fifteenDigits(_ x: Double) -> (digits: [Int], exponent: Int) {
  var digits: [Int] = []
  digits.reserveCapacity(17)
  var exponent = 0
  var pointSeen = false
  var integerDigits = 0
  var leadingZerosAfterPoint = 0
  var exponentPart = 0
  let text = x.description
  var utf8 = text.utf8.makeIterator()
  while let c = utf8.next() {
    if c == UInt8(ascii: ".") {
      pointSeen = true
    } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
      var rest = ""
      while let d = utf8.next() { rest.unicodeScalars.append(Unicode.Scalar(d)) }
      exponentPart = Int(rest) ?? 0
      break
    } else {
      let d = Int(c) - 48
      if digits.isEmpty && d == 0 {
        if pointSeen { leadingZerosAfterPoint += 1 }
        continue
      }
      digits.append(d)
      if !pointSeen { integerDigits += 1 }
    }
  }
  while digits.count > 1, digits.last == 0 { digits.removeLast() }
  if digits.count <= 15 && !digits.isEmpty {
    exponent = (integerDigits > 0 ? integerDigits - 1 : -(leadingZerosAfterPoint + 1)) + exponentPart
    return (digits, exponent)
  }
  // `%.14e`: d.dddddddddddddde±XX — 15 significant digits, correctly rounded by the C library. vsnprintf, not
  // `String(format:)`, which costs tens of thousands of instructions a call on Linux.
  var buffer = [CChar](repeating: 0, count: 40)
  let length = buffer.withUnsafeMutableBufferPointer { out in
    withVaList([x]) { vsnprintf(out.baseAddress, out.count, "%.14e", $0) }
  }
  let formatted = Array(buffer.prefix(max(0, min(Int(length), buffer.count - 1))).map { UInt8(bitPattern: $0) })
  guard let e = formatted.firstIndex(of: UInt8(ascii: "e")) else { return ([0], 0) }
  var slow = formatted[..<e].filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "-") }.map { Int($0) - 48 }
  while slow.count > 1, slow.last == 0 { slow.removeLast() }
  let exponentText = String(decoding: formatted[(e + 1)...], as: UTF8.self)
  return (slow, Int(exponentText) ?? 0)
}
