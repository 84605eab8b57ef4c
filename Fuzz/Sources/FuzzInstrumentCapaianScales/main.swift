import FuzzSupport
import TimbangCore
import TimbangSAKIP

private let indicators = Fuzz.dataset("Datasets/capaian-diskominfo-2023.csv")
private let efficiency: EfficiencyInstrument = {
  do {
    return try EfficiencyInstrument.load(Fuzz.instrument("efisiensi-kepmendagri-690.900-327-1996"))
  } catch {
    fatalError("fuzz setup: \(error)")
  }
}()

/// A capaian scales file: loaded and validated; whatever loads must score the bundled indicator table with each of
/// its category scales (or reject it with a located error), and render.
func fuzzInstrumentCapaianScales(_ bytes: [UInt8]) {
  Fuzz.check {
    let scales = try CapaianScales.load(Fuzz.instrumentFile(bytes, kind: "capaian-scales"))
    let table = try IndicatorTable.read(indicators, file: "fuzz.csv")
    for scale in [nil] + scales.categoryScales.map(\.name) {
      Fuzz.check {
        let result = try CapaianScorer.score(
          table, scales: scales, efficiency: efficiency,
          policy: CapaianPolicy(scale: scale, cap: 120))
        Fuzz.roundTrip(result.json)
        Fuzz.render([CapaianTables.capaian(result), CapaianTables.efisiensi(result)])
      }
    }
  }
}

Fuzz.main(fuzzInstrumentCapaianScales)
