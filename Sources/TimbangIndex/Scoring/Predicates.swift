import TimbangCore

extension IndexInstrument {
  /// The value as published: Excel `ROUND(x, places)` of the exact value, kept exact.
  ///
  /// Rounding: ``excelRound(_:places:)`` on the nearest `Double` (15 significant digits decide ties, so the exact
  /// 4.765 becomes 4.77 and 4.745 becomes 4.75).
  public func published(_ x: Rational) -> Rational {
    let r = excelRound(x.doubleValue, places: places)
    let text = (r.isNegative ? "-" : "") + r.integerDigits + (r.fractionDigits.isEmpty ? "" : "." + r.fractionDigits)
    return Rational.parse(text, maximumPlaces: 12) ?? x
  }

  /// The predicate of `x` on `basis`.
  ///
  /// ```
  /// unrounded: band containing x            (exact comparison with the band bounds)
  /// rounded:   band containing ROUND(x, places)
  /// ```
  ///
  /// Edge Cases: Boven Digoel 2023 (exact 1.7995): rounded → 1.80 → Cukup, unrounded → Kurang. Pacitan 2024 (exact
  /// 3.4985): unrounded → Baik, rounded → 3.50 → Sangat Baik.
  ///
  /// Postconditions: never `nil` for values in the instrument's range (loading proves the bands tile it).
  public func predicate(_ x: Rational, basis: PredicateBasis) -> PredicateBand? {
    switch basis {
    case .unrounded: return bands.band(containing: x)
    case .rounded: return bands.band(containing: published(x))
    }
  }

  /// The least exact value whose predicate on `basis` is at least `threshold`'s band, i.e. the value a plan must
  /// reach: `threshold` itself when unrounded; the smallest value that rounds to `threshold` or above when rounded.
  ///
  /// ```
  /// rounded: p = ⌈threshold × 10^places⌉ / 10^places;   result = p − ½ × 10^-places
  /// ```
  ///
  /// Example: 3.5 on the rounded basis → 3.495; on the unrounded basis → 3.5.
  public func requiredValue(for threshold: Rational, basis: PredicateBasis) -> Rational {
    guard basis == .rounded else { return threshold }
    var scale: Int128 = 1
    for _ in 0..<places { scale *= 10 }
    let p = Rational((threshold * Rational(scale)).ceiling, scale)
    return p - Rational(1, 2 * scale)
  }
}
