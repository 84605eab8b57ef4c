import TimbangCore

/// The SAKIP charts of the annex: component scores against their weights, and capaian against the 100 % line.
public enum SAKIPCharts {
  /// `sakip-components-chart`: each component's weight and score side by side.
  public static func components(_ result: EvaluationResult) -> Chart {
    let top = result.components.map(\.weight).max() ?? 30
    return Chart(
      id: "sakip-components-chart", title: Localized(id: "Nilai komponen terhadap bobot", en: "Component scores against weights"),
      kind: .groupedBars, categories: result.components.map { Localized(stringLiteral: $0.code) },
      series: [
        Chart.Series(name: Localized(id: "Bobot", en: "Weight"), values: result.components.map(\.weight)),
        Chart.Series(name: Localized(id: "Nilai", en: "Score"), values: result.components.map(\.score)),
      ],
      valueRange: 0...(top * 1.1), valuePlaces: 2,
      notes: result.components.map { Localized(id: "\($0.code) \($0.name.id)", en: "\($0.code) \($0.name.en)") })
  }

  /// `capaian-chart`: each indicator's capaian with the 100 % line.
  public static func capaian(_ result: CapaianResult) -> Chart {
    let rows = result.indicators.filter { $0.capaian != nil }
    let top = max(120, (rows.compactMap(\.capaian).max() ?? 100) * 1.1)
    return Chart(
      id: "capaian-chart", title: Localized(id: "Capaian kinerja", en: "Performance achievement"),
      categories: rows.enumerated().map { i, r in Localized(stringLiteral: r.kode ?? "\(i + 1)") },
      series: [Chart.Series(name: Localized(id: "Capaian", en: "Achievement"), values: rows.map(\.capaian))],
      valueRange: 0...top, referenceLines: [Chart.ReferenceLine(100, Localized(stringLiteral: "100%"))],
      valuePlaces: 2, valueSuffix: "%",
      notes: rows.enumerated().map { i, r in Localized(stringLiteral: "\(r.kode ?? "\(i + 1)") \(r.indikator)") })
  }
}
