import TimbangCore

/// The Indeks KAMI chart of the annex: a radar of each area's score as a share of its maximum, labelled with the
/// area's maturity level.
public enum KAMICharts {
  /// `kami-radar` for the baseline system.
  public static func areas(_ result: KAMIResult) -> Chart {
    Chart(
      id: "kami-radar", title: Localized(id: "Indeks KAMI per area", en: "Indeks KAMI by area"), kind: .radar,
      categories: result.areas.map { Localized(id: "\($0.code) (\($0.level.description))", en: "\($0.code) (\($0.level.description))") },
      series: [
        Chart.Series(
          name: Localized(id: "% dari maksimum", en: "% of maximum"), values: result.areas.map(\.percent),
          labels: result.areas.map { Localized(stringLiteral: "\($0.score)/\($0.max)") })
      ],
      valueRange: 0...100, valuePlaces: 0, valueSuffix: "%",
      notes: result.areas.map { Localized(id: "\($0.code) \($0.name.id)", en: "\($0.code) \($0.name.en)") })
  }
}
