import Foundation
import TimbangCore

/// How precise an IKM is: standard error, 95 % interval, the probability the true value lies in the reported grade's
/// band, and the smallest change between two such surveys that would be significant.
public struct Precision: Equatable, Sendable {
  /// Standard error of the converted value (25–100 scale).
  public var se: Double
  public var ciLow: Double
  public var ciHigh: Double
  /// P(true converted value lies in the reported grade's band), normal approximation.
  public var gradeCertainty: Double?
  /// `1.959964 · √2 · se`: the smallest difference from an equally precise survey that is significant at 95 %.
  public var minimumDetectableChange: Double
  /// Finite-population correction applied (`1 − n/N`), when a population was given.
  public var finitePopulationCorrection: Double?
}

/// Linearization variance of the IKM under available-case data (`shared/spec/ikm.md`, "Precision").
public enum PrecisionEstimator {
  public static let z95 = 1.959964

  /// Σ_r z_r² and Σ_r z_r over one group's respondents, with z_r centred on `means` and scaled by `answered` (the
  /// pooled figures for a stratified total, the group's own for a group).
  ///
  /// ```
  /// z_r = Σ_i w_i · a_ri · (x_ri − m_i) / n_i
  /// Σ z_r² = Σ_i Σ_j w_i w_j / (n_i n_j) · Σ_r a_ri a_rj (x_ri − m_i)(x_rj − m_j)
  /// ```
  static func moments(_ pairs: PairMoments, weights: [Double], means: [Double], answered: [Double]) -> (sumSq: Double, sum: Double) {
    let k = pairs.k
    var sumSq = 0.0
    var sum = 0.0
    for i in 0..<k where answered[i] > 0 {
      let ci = weights[i] / answered[i]
      sum += ci * pairs.centredSum(i, means: means)
      for j in 0..<k where answered[j] > 0 {
        sumSq += ci * weights[j] / answered[j] * pairs.centredCrossProduct(i, j, means: means)
      }
    }
    return (sumSq, sum)
  }

  /// Variance of one group's index (1–4 scale): `n/(n−1) · Σ z_r²`, times `(1 − n/N)` with a population.
  ///
  /// Edge Cases: fewer than two respondents, or an element without answers → `nil`.
  /// Postconditions: with complete answers equals `sd(respondent scores)² / n`.
  /// Example: Banjarnegara 2023 rows, printed weights → se(converted) 0.541; with N = 500, 0.519.
  public static func indexVariance(
    _ pairs: PairMoments, respondents n: Int, weights: [Double], means: [Double?], answered: [Int], population: Int?
  ) -> Double? {
    guard n > 1, means.allSatisfy({ $0 != nil }) else { return nil }
    let m = means.map { $0 ?? 0 }
    let (sumSq, _) = moments(pairs, weights: weights, means: m, answered: answered.map(Double.init))
    var v = Double(n) / Double(n - 1) * sumSq
    if let population, population > 0 { v *= max(0, 1 - Double(n) / Double(population)) }
    return v
  }

  /// Variance of a pooled total with the groups as strata: `Σ_h n_h/(n_h−1) · Σ_{r∈h} (z_r − z̄_h)²`, z from the
  /// pooled means and answered counts; each stratum's term is multiplied by its `(1 − n_h/N_h)` when known.
  public static func stratifiedVariance(
    groups: [(pairs: PairMoments, respondents: Int, population: Int?)], weights: [Double], pooledMeans: [Double?],
    pooledAnswered: [Int]
  ) -> Double? {
    guard pooledMeans.allSatisfy({ $0 != nil }) else { return nil }
    let m = pooledMeans.map { $0 ?? 0 }
    let answered = pooledAnswered.map(Double.init)
    var v = 0.0
    for g in groups where g.respondents > 1 {
      let (sumSq, sum) = moments(g.pairs, weights: weights, means: m, answered: answered)
      let nh = Double(g.respondents)
      var term = nh / (nh - 1) * (sumSq - sum * sum / nh)
      if let population = g.population, population > 0 { term *= max(0, 1 - nh / Double(population)) }
      v += term
    }
    return v
  }

  /// Standard normal CDF.
  public static func phi(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

  /// Precision of a converted value from the variance of its index.
  public static func precision(
    converted: Double, indexVariance: Double, factor: Double, grade: Band?, finitePopulationCorrection: Double? = nil
  ) -> Precision {
    let se = factor * indexVariance.squareRoot()
    var certainty: Double? = nil
    if let grade {
      if se == 0 {
        certainty = 1
      } else {
        let upper = grade.upper.map { phi(($0 - converted) / se) } ?? 1
        let lower = grade.lower.map { phi(($0 - converted) / se) } ?? 0
        certainty = upper - lower
      }
    }
    return Precision(
      se: se, ciLow: converted - z95 * se, ciHigh: converted + z95 * se, gradeCertainty: certainty,
      minimumDetectableChange: z95 * 2.0.squareRoot() * se, finitePopulationCorrection: finitePopulationCorrection)
  }
}
