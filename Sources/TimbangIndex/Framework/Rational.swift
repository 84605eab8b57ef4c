import TimbangCore

/// An exact fraction `numerator / denominator` over 128-bit integers, always in lowest terms with a positive
/// denominator.
///
/// The weighted-hierarchy indices are exact by regulation: weights such as 1.30 and 2.75 and levels such as 4 give
/// index values such as 4.765 that must round half up to 4.77, and Pemdi assessor values such as 7/6 must not be
/// truncated to 1.17 before weighting. Timbang therefore computes these indices on fractions and converts to
/// `Double` only for display (through ``excelRound(_:places:)``) and for JSON.
///
/// ```
/// a/b + c/d = (a·(d/g) + c·(b/g)) / (b/g·d)     g = gcd(b, d)
/// a/b · c/d = ((a/g1)·(c/g2)) / ((b/g2)·(d/g1))  g1 = gcd(a, d), g2 = gcd(c, b)
/// ```
///
/// Rounding: none (exact); ``doubleValue`` is the nearest `Double` for the reduced fraction.
///
/// Edge Cases:
/// - Inputs are bounded where they enter (``parse(_:maximumPlaces:)`` takes at most 6 decimals or a fraction with a
///   denominator of at most 12; instrument weights at most 4 decimals), so every sum and product of an index with
///   at most a few hundred indicators stays far below `Int128.max` (about 1.7e38).
/// - A zero denominator is a programming error (weights are validated to be positive).
///
/// Postconditions: `denominator > 0` and `gcd(|numerator|, denominator) == 1`.
///
/// Example: `Rational(953, 200).doubleValue == 4.765`, `excelRound(Rational(953, 200).doubleValue, places: 2)` is
/// `4.77`.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let numerator: Int128
  public let denominator: Int128

  /// `numerator / denominator`, reduced.
  public init(_ numerator: Int128, _ denominator: Int128 = 1) {
    precondition(denominator != 0, "Rational with a zero denominator")
    let g = Rational.gcd(numerator, denominator)
    let sign: Int128 = denominator < 0 ? -1 : 1
    self.numerator = sign * numerator / g
    self.denominator = sign * denominator / g
  }

  public init(_ value: Int) { self.init(Int128(value), 1) }

  public static let zero = Rational(0)
  public static let one = Rational(1)

  /// Greatest common divisor of the magnitudes (1 when both are zero).
  public static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
    var x = a < 0 ? -a : a
    var y = b < 0 ? -b : b
    while y != 0 { (x, y) = (y, x % y) }
    return x == 0 ? 1 : x
  }

  /// Least common multiple of two positive integers.
  public static func lcm(_ a: Int128, _ b: Int128) -> Int128 { a / gcd(a, b) * b }

  /// The nearest `Double` (numerator and denominator of realistic indices are exact in a `Double`).
  public var doubleValue: Double { Double(numerator) / Double(denominator) }

  public var isInteger: Bool { denominator == 1 }

  /// The largest integer not above the value.
  public var floor: Int128 {
    let q = numerator / denominator
    return (numerator % denominator != 0 && numerator < 0) ? q - 1 : q
  }

  /// The smallest integer not below the value.
  public var ceiling: Int128 {
    let q = numerator / denominator
    return (numerator % denominator != 0 && numerator > 0) ? q + 1 : q
  }

  public static func + (a: Rational, b: Rational) -> Rational {
    let g = gcd(a.denominator, b.denominator)
    return Rational(
      a.numerator * (b.denominator / g) + b.numerator * (a.denominator / g), a.denominator / g * b.denominator)
  }

  public static prefix func - (a: Rational) -> Rational { Rational(-a.numerator, a.denominator) }
  public static func - (a: Rational, b: Rational) -> Rational { a + (-b) }

  public static func * (a: Rational, b: Rational) -> Rational {
    let g1 = gcd(a.numerator, b.denominator)
    let g2 = gcd(b.numerator, a.denominator)
    return Rational((a.numerator / g1) * (b.numerator / g2), (a.denominator / g2) * (b.denominator / g1))
  }

  /// Division; `b` must not be zero.
  public static func / (a: Rational, b: Rational) -> Rational {
    a * Rational(b.denominator, b.numerator)
  }

  public static func += (a: inout Rational, b: Rational) { a = a + b }

  public static func < (a: Rational, b: Rational) -> Bool {
    let g = gcd(a.denominator, b.denominator)
    return a.numerator * (b.denominator / g) < b.numerator * (a.denominator / g)
  }

  /// `7/6`, `4`, `-1/2`.
  public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

  /// The exact value of a `Double` as written in its shortest round-trip decimal form (`1.3` → 13/10), or `nil`
  /// for non-finite values or more than `maximumPlaces` decimals.
  public init?(decimal x: Double, maximumPlaces: Int = 9) {
    guard x.isFinite else { return nil }
    var text = "\(x)"
    if text.contains("e") {
      // Swift writes very small or large values with an exponent; only integers that big are exact anyway.
      guard x == x.rounded(), abs(x) < 1e30 else { return nil }
      text = String(Int128(x))
    }
    guard let r = Rational.parse(text, maximumPlaces: maximumPlaces) else { return nil }
    self = r
  }

  /// Parses `"1.26"`, `"-0.5"`, `"4"`, `"+2"` or a fraction `"7/6"` exactly.
  ///
  /// - Parameters:
  ///   - maximumPlaces: most decimals accepted in a decimal literal (6 for user data).
  ///   - maximumDenominator: largest denominator accepted in a fraction literal (12 for user data).
  /// - Returns: `nil` when `text` is not such a literal, has too many decimals, or its magnitude is 10^12 or more.
  public static func parse(_ text: String, maximumPlaces: Int = 6, maximumDenominator: Int = 12) -> Rational? {
    var s = Substring(text)
    var negative = false
    if s.first == "+" || s.first == "-" {
      negative = s.first == "-"
      s = s.dropFirst()
    }
    guard !s.isEmpty, s.first != "+", s.first != "-" else { return nil }
    if let slash = s.firstIndex(of: "/") {
      guard let n = Int128(String(s[..<slash])), let d = Int128(String(s[s.index(after: slash)...])), d > 0,
        d <= Int128(maximumDenominator), n < 1_000_000_000_000
      else { return nil }
      return Rational(negative ? -n : n, d)
    }
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    let integerPart = parts[0]
    let fractionPart = parts.count == 2 ? parts[1] : ""
    guard !(integerPart.isEmpty && fractionPart.isEmpty), integerPart.count <= 12, fractionPart.count <= maximumPlaces,
      integerPart.allSatisfy({ $0.isASCII && $0.isNumber }), fractionPart.allSatisfy({ $0.isASCII && $0.isNumber }),
      !(parts.count == 2 && fractionPart.isEmpty)
    else { return nil }
    var scale: Int128 = 1
    for _ in 0..<fractionPart.count { scale *= 10 }
    guard let digits = Int128(String(integerPart.isEmpty ? "0" : integerPart) + String(fractionPart)) else {
      return nil
    }
    return Rational(negative ? -digits : digits, scale)
  }
}

extension Rational {
  /// A short decimal rendering for messages (`4.765`, `1.1667`): up to `places` decimals, trailing zeros dropped.
  public func decimalText(places: Int = 4) -> String {
    let r = excelRoundText(places: places)
    guard r.contains(".") else { return r }
    var s = r
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
  }

  private func excelRoundText(places: Int) -> String {
    NumberFormat.plain.string(doubleValue, places: places)
  }
}
