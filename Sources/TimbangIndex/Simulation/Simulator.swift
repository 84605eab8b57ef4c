import TimbangCore

/// Applies what-if scenarios to a base assessment and reports before → after for every node, the index and the
/// predicates, with deltas.
///
/// ```
/// indicator change:  v'_i = value (set) or v_i + step (add);  index' = Σ w_i v'_i / total
/// node change:       d'_n = value or d_n + step (only for top-tier data: published domains/aspects)
/// delta = after − before  (index and every node)
/// ```
///
/// Regulation: none beyond the index formula (``IndexScorer``).
///
/// Rounding: exact; display as the scorer.
///
/// Edge Cases:
/// - A result outside the value range, or a fractional SPBE level, is an input error located at the change.
/// - Changing a domain or aspect needs top-tier base data (with indicator data, change the indicators); only the
///   top tier can be changed (lower tiers are unknown in published data).
/// - Changes apply in order, so `23=3` then `23=+1` gives 4.
///
/// Postconditions: `before` is the same result for every scenario.
///
/// Example: Banjarnegara 2023 domains, `D3=2.50` → index 3.2936 + 16.5 × (2.50 − 1.18)/100 = 3.5114 → 3.51
/// Sangat Baik (delta +0.2178).
public enum Simulator {
  public static func simulate(
    base: Assessment, scenarios: [Scenario], instrument: IndexInstrument, policy: ScoringPolicy
  ) throws -> [SimulationResult] {
    let before = try IndexScorer.score(base, instrument, policy)
    switch base.content {
    case .indicators:
      let values = before.indicators.map(\.value)
      return try scenarios.map { scenario in
        var after = values
        var applied: [SimulationResult.AppliedChange] = []
        for change in scenario.changes {
          guard case .indicator(let i) = change.target else {
            throw TimbangError.badInput(
              change.location,
              Localized(
                id: "\(change.text): \(nodeName(change.target, instrument, .id)) hanya dapat diubah bila data dasar "
                  + "memuat \(instrument.topTier.key) yang dipublikasikan (--domains); dengan data indikator, ubah "
                  + "indikatornya",
                en: "\(change.text): \(nodeName(change.target, instrument, .en)) can be set only when the base holds "
                  + "published \(instrument.topTier.key) (--domains); with indicator data, change its indicators"))
          }
          let from = after[i]
          let to = try apply(change, to: from, scale: instrument.values, instrument: instrument)
          after[i] = to
          applied.append(
            .init(target: instrument.indicators[i].code, isIndicator: true, from: from, to: to, text: change.text))
        }
        let result = IndexScorer.evaluate(
          after, instrument, policy, key: base.key,
          filled: before.indicators.map(\.filled), warnings: before.warnings)
        return SimulationResult(name: scenario.name, changes: applied, before: before, after: result)
      }
    case .topTier(let values):
      return try scenarios.map { scenario in
        var after = values
        var applied: [SimulationResult.AppliedChange] = []
        for change in scenario.changes {
          guard case .node(0, let n) = change.target else {
            throw TimbangError.badInput(
              change.location,
              Localized(
                id: "\(change.text): data dasar hanya memuat \(instrument.topTier.key) yang dipublikasikan; ubah salah "
                  + "satu dari " + instrument.topTier.nodes.map(\.code).joined(separator: ", "),
                en: "\(change.text): the base holds only published \(instrument.topTier.key); set one of "
                  + instrument.topTier.nodes.map(\.code).joined(separator: ", ")))
          }
          let from = after[n]
          let to = try apply(change, to: from, scale: AssessmentReader.nodeScale(instrument), instrument: instrument)
          after[n] = to
          applied.append(
            .init(target: instrument.topTier.nodes[n].code, isIndicator: false, from: from, to: to, text: change.text))
        }
        let result = try IndexScorer.evaluateTopTier(after, instrument, policy, key: base.key, source: base.source)
        return SimulationResult(name: scenario.name, changes: applied, before: before, after: result)
      }
    }
  }

  static func apply(
    _ change: Change, to value: Rational, scale: IndexInstrument.ValueScale, instrument: IndexInstrument
  ) throws -> Rational {
    let result: Rational
    var isStep = false
    switch change.operation {
    case .set(let x): result = x
    case .add(let step):
      result = value + step
      isStep = true
    }
    if scale.wholeLevels && !result.isInteger {
      throw TimbangError.badInput(
        change.location,
        Localized(
          id: "\(change.text): tingkat berupa bilangan bulat \(scale.rangeText)",
          en: "\(change.text): levels are whole numbers \(scale.rangeText)"))
    }
    guard scale.contains(result) else {
      throw TimbangError.badInput(
        change.location,
        Localized(
          id: "\(change.text): \(result.decimalText()) di luar rentang \(scale.rangeText)"
            + (isStep ? " (dari \(value.decimalText()))" : ""),
          en: "\(change.text): \(result.decimalText()) is outside \(scale.rangeText)"
            + (isStep ? " (from \(value.decimalText()))" : "")))
    }
    return result
  }

  static func nodeName(_ target: IndicatorResolver.Target, _ instrument: IndexInstrument, _ language: Language)
    -> String
  {
    if case .node(let t, let n) = target {
      return "\(instrument.tiers[t].label.text(language).lowercased()) \(instrument.tiers[t].nodes[n].code)"
    }
    return language == .id ? "target ini" : "this target"
  }
}

/// One scenario's outcome: the changes as applied, and the scores before and after.
public struct SimulationResult: Sendable {
  public struct AppliedChange: Sendable, Equatable {
    /// Indicator or node code.
    public var target: String
    public var isIndicator: Bool
    public var from: Rational
    public var to: Rational
    public var text: String
  }

  public var name: String
  public var changes: [AppliedChange]
  public var before: IndexResult
  public var after: IndexResult

  public var indexDelta: Rational { after.index - before.index }

  /// `after − before` for node `code` of tier `tier` (nil when unknown).
  public func delta(tier: Int, node: Int) -> Rational? {
    guard let a = after.tiers[tier].nodes[node].value, let b = before.tiers[tier].nodes[node].value else { return nil }
    return a - b
  }
}

/// All scenarios of one simulation run.
public struct SimulationReport: Sendable, JSONRepresentable {
  public var scenarios: [SimulationResult]

  public init(scenarios: [SimulationResult]) { self.scenarios = scenarios }

  /// `{"scenarios": [{"name", "changes": […], "before": {…}, "after": {…}, "delta": {"index": …, "domains": {…}}}]}`.
  public var json: JSONValue {
    .object([
      (
        "scenarios",
        .array(
          scenarios.map { s in
            var delta: [(String, JSONValue)] = [("index", .number(s.indexDelta.doubleValue))]
            for (t, tier) in s.after.tiers.enumerated() {
              let pairs = tier.nodes.indices.compactMap { n -> (String, JSONValue)? in
                guard let d = s.delta(tier: t, node: n) else { return nil }
                return (tier.nodes[n].code, .number(d.doubleValue))
              }
              if !pairs.isEmpty { delta.append((tier.key, .object(pairs))) }
            }
            return .object([
              ("name", .string(s.name)),
              (
                "changes",
                .array(
                  s.changes.map {
                    .object([
                      ("target", .string($0.target)), ("kind", .string($0.isIndicator ? "indicator" : "node")),
                      ("from", .number($0.from.doubleValue)), ("to", .number($0.to.doubleValue)),
                    ])
                  })
              ),
              ("before", s.before.json), ("after", s.after.json), ("delta", .object(delta)),
            ])
          })
      )
    ])
  }
}
