import TimbangCore

/// A figure as a report printed it: its value and the number of decimals it was printed with (`4.40` → 2).
///
/// Reconstruction and the audit compare at the printed precision, so `4.4` printed with one decimal allows
/// [4.35, 4.45) while `4.40` allows [4.395, 4.405).
public struct PrintedNumber: Sendable, Equatable, CustomStringConvertible {
  /// The exact value of the printed digits.
  public var value: Rational
  public var places: Int

  public init(value: Rational, places: Int) {
    self.value = value
    self.places = places
  }

  /// Reads `"4.40"` (2 places), `"4,40"` with `decimalComma`, or `"5"` (0 places); at least `minimumPlaces`
  /// decimals are assumed (a user typing `4.4` for a two-decimal figure means 4.40).
  public init?(_ text: String, decimalComma: Bool = false, minimumPlaces: Int = 0) {
    var s = text.trimmingWhitespace
    if decimalComma { s = s.replacingOccurrences(of: ",", with: ".") }
    guard !s.contains("/"), let r = Rational.parse(s) else { return nil }
    let places = s.firstIndex(of: ".").map { s.distance(from: $0, to: s.endIndex) - 1 } ?? 0
    self.init(value: r, places: max(places, minimumPlaces))
  }

  /// Every exact value that prints as this figure (Excel `ROUND`, half away from zero):
  /// `[value − h, value + h)` for positive values, `h = 0.5 × 10^-places`.
  public var interval: (lower: Rational, upper: Rational) {
    var scale: Int128 = 1
    for _ in 0..<places { scale *= 10 }
    let h = Rational(1, 2 * scale)
    return (value - h, value + h)
  }

  /// Whether the exact value `x` prints as this figure.
  public func isRounding(of x: Rational) -> Bool {
    excelRound(x.doubleValue, places: places).value == value.doubleValue
  }

  /// `4.40`.
  public var description: String { NumberFormat.plain.string(value.doubleValue, places: places) }
}
