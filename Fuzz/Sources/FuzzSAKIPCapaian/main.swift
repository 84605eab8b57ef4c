import FuzzSupport
import TimbangCore
import TimbangSAKIP

private let scales: CapaianScales = {
  do {
    return try CapaianScales.load(Fuzz.instrument("capaian-scales"))
  } catch {
    fatalError("fuzz setup: \(error)")
  }
}()
private let efficiency: EfficiencyInstrument = {
  do {
    return try EfficiencyInstrument.load(Fuzz.instrument("efisiensi-kepmendagri-690.900-327-1996"))
  } catch {
    fatalError("fuzz setup: \(error)")
  }
}()

private let policies = [
  CapaianPolicy(),
  CapaianPolicy(scale: "rkpd-5", cap: 120, lowerFormula: .ratio, zeroTarget: .met, language: .en),
  CapaianPolicy(scale: "berhasil-4", cap: 0, zeroTarget: .skip),
]

/// An indicator table (`sakip capaian`): read, scored under several policies, rendered.
func fuzzSAKIPCapaian(_ bytes: [UInt8]) {
  Fuzz.check {
    let table = try IndicatorTable.read(bytes, file: "fuzz.csv")
    for policy in policies {
      Fuzz.check {
        let result = try CapaianScorer.score(
          table, scales: scales, efficiency: efficiency, policy: policy)
        Fuzz.roundTrip(result.json)
        Fuzz.render([CapaianTables.capaian(result), CapaianTables.efisiensi(result)])
      }
    }
  }
}

Fuzz.main(fuzzSAKIPCapaian)
