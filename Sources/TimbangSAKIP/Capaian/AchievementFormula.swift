import TimbangCore

/// Capaian kinerja (achievement %) of one indicator.
///
/// ```
/// naik (higher is better)    capaian = realisasi / target × 100
/// turun, standard            capaian = (2·target − realisasi) / target × 100
/// turun, ratio               capaian = target / realisasi × 100
/// range [lower, upper], naik   above: realisasi / upper × 100;  below: realisasi / lower × 100;  inside: 100
/// range [lower, upper], turun  above: (2·upper − realisasi) / upper × 100;  below: (2·lower − realisasi) / lower × 100
///                              (≥ 100);  inside: 100   (ratio: upper / realisasi, lower / realisasi)
/// ```
///
/// Regulation: PermenPANRB 53/2014 and 6/2022 (LKjIP format) for the standard formulas; `shared/spec/sakip.md` §2.
///
/// Rounding: none; categories are decided on the result rounded to 2 decimals by the caller.
///
/// Edge Cases:
/// - A division by zero (target 0; realisasi 0 under `ratio`; a range bound 0 that would divide) is never computed:
///   the result is ``Achievement/undefined(meetsTarget:)`` with whether the realisasi meets the target, so the
///   caller applies `--zero-target`.
/// - Lower-is-better with realisasi above twice the target gives a negative capaian under the standard formula; it
///   is returned as is (never clamped).
///
/// Postconditions: `.value(x)` is finite.
///
/// Example: target 10, realisasi 8 → 80.00 (naik), 120.00 (turun), 125.00 (turun, ratio); target 7, realisasi 6.5,
/// turun → 107.14.
public enum AchievementFormula {
  public enum Achievement: Sendable, Equatable {
    case value(Double)
    /// The formula would divide by zero; `meetsTarget` says whether realisasi is at or beyond the target.
    case undefined(meetsTarget: Bool)
  }

  /// Capaian for a single numeric target.
  public static func single(
    realisasi r: Double, target t: Double, polarity: Polarity, lowerFormula: CapaianPolicy.LowerFormula
  ) -> Achievement {
    switch polarity {
    case .naik:
      return t == 0 ? .undefined(meetsTarget: r >= t) : .value(r / t * 100)
    case .turun:
      if t == 0 { return .undefined(meetsTarget: r <= t) }
      switch lowerFormula {
      case .standard: return .value((2 * t - r) / t * 100)
      case .ratio: return r == 0 ? .undefined(meetsTarget: r <= t) : .value(t / r * 100)
      }
    }
  }

  /// Capaian for a range target `[lower, upper]`.
  public static func range(
    realisasi r: Double, lower: Double, upper: Double, polarity: Polarity, lowerFormula: CapaianPolicy.LowerFormula
  ) -> Achievement {
    if r >= lower && r <= upper { return .value(100) }
    let bound = r > upper ? upper : lower
    switch polarity {
    case .naik:
      return bound == 0 ? .undefined(meetsTarget: r > upper) : .value(r / bound * 100)
    case .turun:
      switch lowerFormula {
      case .standard: return bound == 0 ? .undefined(meetsTarget: r < lower) : .value((2 * bound - r) / bound * 100)
      case .ratio: return r == 0 ? .undefined(meetsTarget: r < lower) : .value(bound / r * 100)
      }
    }
  }
}
