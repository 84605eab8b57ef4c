import TimbangCore

/// Applies ``PrecisionEstimator`` to a scored survey: each group on its own means, the total as strata (pooled) or
/// as the mean of independent group estimates (equal roll-up).
struct PrecisionEstimates {
  let instrument: SKMInstrument
  let weighting: Weighting
  let request: PrecisionRequest
  let tallies: [GroupTally]
  let rollup: RollupPolicy

  /// A group's precision from its own second-order tallies.
  func group(_ tally: GroupTally, result: GroupResult) -> Precision? {
    guard let pairs = tally.pairs, let converted = result.converted,
      let v = variance(pairs, tally: tally, result: result)
    else { return nil }
    let population = request.population(of: tally.key)
    return PrecisionEstimator.precision(
      converted: converted, indexVariance: v, factor: instrument.conversionFactor, grade: result.grade,
      finitePopulationCorrection: population.map { max(0, 1 - Double(tally.respondents) / Double($0)) })
  }

  func variance(_ pairs: PairMoments, tally: GroupTally, result: GroupResult) -> Double? {
    PrecisionEstimator.indexVariance(
      pairs, respondents: tally.respondents, weights: weighting.weights, means: result.elements.map(\.nrr),
      answered: result.elements.map(\.answered), population: request.population(of: tally.key))
  }

  /// The total's precision: strata with pooled means (`pooled`), or `Σ var_h / H²` (`equal`).
  func total(_ total: GroupResult, groups: [GroupResult], grouped: Bool) -> Precision? {
    guard let converted = total.converted else { return nil }
    let v: Double?
    if grouped && rollup == .equal {
      let parts = zip(tallies, groups).compactMap { t, g -> Double? in
        guard g.index != nil, let pairs = t.pairs else { return nil }
        return variance(pairs, tally: t, result: g)
      }
      v = parts.isEmpty ? nil : parts.reduce(0, +) / Double(parts.count * parts.count)
    } else {
      let strata = tallies.compactMap { t -> (pairs: PairMoments, respondents: Int, population: Int?)? in
        t.pairs.map { ($0, t.respondents, request.population(of: t.key)) }
      }
      v = PrecisionEstimator.stratifiedVariance(
        groups: strata, weights: weighting.weights, pooledMeans: total.elements.map(\.nrr),
        pooledAnswered: total.elements.map(\.answered))
    }
    guard let v else { return nil }
    return PrecisionEstimator.precision(
      converted: converted, indexVariance: v, factor: instrument.conversionFactor, grade: total.grade,
      finitePopulationCorrection: grouped ? nil : request.population.map { max(0, 1 - Double(total.respondents) / Double($0)) })
  }
}
