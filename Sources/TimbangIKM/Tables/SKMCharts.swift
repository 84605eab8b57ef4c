import TimbangCore

/// The IKM chart of the annex: each element's NRR as a bar over the instrument's grade bands.
public enum SKMCharts {
  /// `skm-elements`: NRR per element on the answer scale, with the grade bands converted back to it (÷ 25).
  public static func elements(_ group: GroupResult, instrument: SKMInstrument) -> Chart {
    let range = Double(instrument.scale.min)...Double(instrument.scale.max)
    return Chart(
      id: "skm-elements",
      title: Localized(
        id: "Nilai rata-rata per unsur" + (group.key.isEmpty ? "" : " — \(group.keyLabel)"),
        en: "Mean score per element" + (group.key.isEmpty ? "" : " — \(group.keyLabel)")),
      categories: group.elements.map { Localized(stringLiteral: $0.code) },
      series: [Chart.Series(name: Localized(id: "NRR", en: "Mean"), values: group.elements.map(\.nrr))],
      valueRange: range, bands: Chart.Band.from(instrument.bands, scale: instrument.conversionFactor, range: range),
      referenceLines: group.index.map { [Chart.ReferenceLine($0, Localized(id: "IKM", en: "Index"))] } ?? [],
      valuePlaces: 3,
      notes: group.elements.map { Localized(stringLiteral: "\($0.code) \($0.name)") })
  }
}
