import FuzzSupport
import TimbangCore
import TimbangIKM

private let banjarnegara = String(
  decoding: Fuzz.dataset("Datasets/skm-banjarnegara-2023.csv"), as: UTF8.self)
private let units = String(
  decoding: Fuzz.dataset("Datasets/skm-synthetic-units.csv"), as: UTF8.self)

/// An SKM instrument file: loaded and validated; whatever loads must then score the bundled surveys (or reject
/// them with a located error) under every weighting policy, and render.
func fuzzInstrumentSKM(_ bytes: [UInt8]) {
  Fuzz.check {
    let instrument = try SKMInstrument.load(Fuzz.instrumentFile(bytes, kind: "skm"))
    for (text, by) in [(banjarnegara, [String]()), (units, ["unit"])] {
      Fuzz.check {
        let scan = try SurveyScanner(instrument: instrument, by: by, invalid: .missing).scan(
          text: text)
        for policy in WeightPolicy.allCases where policy != .custom {
          Fuzz.check {
            let weighting = try Weighting.make(policy, for: instrument, customWeights: nil)
            for rollup in RollupPolicy.allCases {
              let result = SKMScoring.score(
                scan.tally, instrument: instrument, weighting: weighting, rollup: rollup,
                roundIndex: 3, inputs: ["x"],
                rowsRead: scan.rowsRead)
              Fuzz.roundTrip(result.json)
              Fuzz.render(SKMTables.all(result, instrument: instrument))
              _ = TallyFile.json(scan.tally, instrument: instrument)
            }
          }
        }
      }
    }
  }
}

Fuzz.main(fuzzInstrumentSKM)
