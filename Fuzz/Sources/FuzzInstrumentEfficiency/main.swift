import FuzzSupport
import TimbangCore
import TimbangSAKIP

private let indicators = Fuzz.dataset("Datasets/capaian-diskominfo-2023.csv")
private let budgets = Array(
  """
  sasaran,indikator,satuan,target,realisasi,anggaran,realisasiAnggaran
  s,a,%,100,87.29,100,87.29
  s,b,%,100,120,100,100
  s,c,%,100,0,100,0
  s,d,%,100,100,100,150

  """.utf8)
private let scales: CapaianScales = {
  do {
    return try CapaianScales.load(Fuzz.instrument("capaian-scales"))
  } catch {
    fatalError("fuzz setup: \(error)")
  }
}()

/// A budget-efficiency instrument: loaded and validated; whatever loads must classify the bundled indicator table
/// and a table of edge budgets (or reject them with a located error), and render.
func fuzzInstrumentEfficiency(_ bytes: [UInt8]) {
  Fuzz.check {
    let efficiency = try EfficiencyInstrument.load(Fuzz.instrumentFile(bytes, kind: "efisiensi"))
    for file in [indicators, budgets] {
      Fuzz.check {
        let table = try IndicatorTable.read(file, file: "fuzz.csv")
        let result = try CapaianScorer.score(table, scales: scales, efficiency: efficiency)
        Fuzz.roundTrip(result.json)
        Fuzz.render([CapaianTables.capaian(result), CapaianTables.efisiensi(result)])
      }
    }
  }
}

Fuzz.main(fuzzInstrumentEfficiency)
