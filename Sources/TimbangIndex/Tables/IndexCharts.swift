import TimbangCore

/// Annex charts (`annex.md`, "SVG charts"): domain (Pemdi: aspect) bars over the predicate bands, and before/after
/// bars for simulations and plans. Pure functions of the results; the reports module draws them.
public enum IndexCharts {
  /// The instrument's predicate bands as chart backgrounds over 0…maximum.
  static func bands(_ instrument: IndexInstrument) -> [Chart.Band] {
    let top = instrument.values.maximum.doubleValue
    return instrument.bands.compactMap { b in
      let lower = max(b.lower?.doubleValue ?? 0, 0)
      let upper = min(b.upper?.doubleValue ?? top, top)
      guard lower < upper else { return nil }
      return Chart.Band(lower: lower, upper: upper, label: b.localized)
    }.sorted { $0.lower < $1.lower }
  }

  static func range(_ instrument: IndexInstrument) -> ClosedRange<Double> {
    min(0, instrument.values.minimum.doubleValue)...instrument.values.maximum.doubleValue
  }

  static func categories(_ result: IndexResult, tier: Int) -> [Localized] {
    result.tiers[tier].nodes.map { Localized(id: "\($0.code) \($0.name.id)", en: "\($0.code) \($0.name.en)") }
      + [result.indexName]
  }

  static func values(_ result: IndexResult, tier: Int) -> [Double?] {
    result.tiers[tier].nodes.map { $0.value?.doubleValue } + [result.index.doubleValue]
  }

  /// One bar chart per tier with known values, each with the index as the last bar.
  public static func score(_ result: IndexResult, instrument: IndexInstrument) -> [Chart] {
    result.tiers.indices.filter { t in result.tiers[t].nodes.contains { $0.value != nil } }.map { t in
      let tier = result.tiers[t]
      return Chart(
        id: "\(result.kind)-\(tier.key)",
        title: Localized(
          id: "\(result.indexName.id) per \(tier.label.id.lowercased())",
          en: "\(result.indexName.en) by \(tier.label.en.lowercased())"),
        kind: .bars, categories: categories(result, tier: t),
        series: [.init(name: Localized(id: "Indeks", en: "Index"), values: values(result, tier: t))],
        valueRange: range(instrument), bands: bands(instrument), valuePlaces: result.places,
        axisTitle: Localized(id: "Indeks", en: "Index"))
    }
  }

  /// Base and every scenario side by side over the top tier and the index.
  public static func simulation(_ report: SimulationReport, instrument: IndexInstrument) -> [Chart] {
    guard let first = report.scenarios.first else { return [] }
    let series =
      [Chart.Series(name: Localized(id: "Kondisi awal", en: "Base"), values: values(first.before, tier: 0))]
      + report.scenarios.map { Chart.Series(name: Localized($0.name), values: values($0.after, tier: 0)) }
    return [
      Chart(
        id: "\(instrument.kind)-simulation",
        title: Localized(id: "Simulasi \(instrument.indexName.id)", en: "\(instrument.indexName.en) simulation"),
        kind: .groupedBars, categories: categories(first.before, tier: 0), series: series,
        valueRange: range(instrument),
        bands: bands(instrument), valuePlaces: instrument.places, axisTitle: Localized(id: "Indeks", en: "Index"))
    ]
  }

  /// Before and after the plan over the top tier and the index.
  public static func plan(_ plan: PlanResult, instrument: IndexInstrument) -> [Chart] {
    guard let after = plan.after else { return [] }
    return [
      Chart(
        id: "\(instrument.kind)-plan",
        title: Localized(
          id: "Rencana kenaikan \(instrument.indexName.id)", en: "\(instrument.indexName.en) improvement plan"),
        kind: .groupedBars, categories: categories(plan.before, tier: 0),
        series: [
          .init(name: Localized(id: "Sebelum", en: "Before"), values: values(plan.before, tier: 0)),
          .init(name: Localized(id: "Sesudah", en: "After"), values: values(after, tier: 0)),
        ], valueRange: range(instrument), bands: bands(instrument),
        referenceLines: [.init(plan.requiredIndex.doubleValue, Localized(id: "Target", en: "Target"))],
        valuePlaces: instrument.places, axisTitle: Localized(id: "Indeks", en: "Index"))
    ]
  }
}
