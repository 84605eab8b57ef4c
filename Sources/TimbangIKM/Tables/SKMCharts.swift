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

  /// `skm-precision`: each group's (and the total's) converted value with its 95 % interval as markers, over the
  /// grade bands; `nil` without precision.
  public static func precision(_ result: SKMResult, instrument: SKMInstrument) -> Chart? {
    let rows = (result.groups + [result.total]).filter { $0.precision != nil && $0.converted != nil }
    guard !rows.isEmpty else { return nil }
    let low = rows.compactMap { $0.precision?.ciLow }.min() ?? 25
    let lower = max(0, (low / 5).rounded(.down) * 5 - 5)
    let range = lower...(Double(instrument.scale.max) * instrument.conversionFactor)
    return Chart(
      id: "skm-precision", title: Localized(id: "IKM unit pelayanan dengan selang 95%", en: "Converted index with 95% interval"),
      categories: rows.map { $0.key.isEmpty ? Localized(id: "Total", en: "Total") : Localized(stringLiteral: $0.keyLabel) },
      series: [
        Chart.Series(name: Localized(id: "IKM unit pelayanan", en: "Converted"), values: rows.map(\.converted)),
        Chart.Series(name: Localized(id: "Batas bawah 95%", en: "95% lower"), values: rows.map { $0.precision?.ciLow }, style: .marker),
        Chart.Series(name: Localized(id: "Batas atas 95%", en: "95% upper"), values: rows.map { $0.precision?.ciHigh }, style: .marker),
      ],
      valueRange: range, bands: Chart.Band.from(instrument.bands, range: range), valuePlaces: 2)
  }
}
