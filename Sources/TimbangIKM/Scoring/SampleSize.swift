import TimbangCore

/// Krejcie–Morgan sample size, the table PermenPANRB 14/2017 prints for choosing how many respondents to survey.
public enum SampleSize {
  /// The required sample for a population of `population`.
  ///
  /// ```
  /// s = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P))      χ² = 3.841, P = 0.5, d = 0.05
  /// ```
  ///
  /// Regulation: PermenPANRB 14/2017, Lampiran (Tabel Krejcie dan Morgan).
  ///
  /// Rounding: to the nearest integer (Excel `ROUND(s, 0)`); this reproduces all 90 rows of the published table.
  ///
  /// Edge Cases: `N ≤ 0` gives 0; `N = 1` gives 1.
  ///
  /// Example: 10 → 10, 100 → 80, 1000 → 278, 10000 → 370, 1000000 → 384.
  public static func krejcieMorgan(population n: Int) -> Int {
    guard n > 0 else { return 0 }
    let chi2 = 3.841
    let p = 0.5
    let d = 0.05
    let s = chi2 * Double(n) * p * (1 - p) / (d * d * Double(n - 1) + chi2 * p * (1 - p))
    return Int(s.rounded(places: 0))
  }
}
