import FuzzSupport
import TimbangCore
import TimbangSAKIP

private let worksheets = [
  "sakip-banjarnegara-2022.csv", "sakip-belitung-2021.csv", "sakip-belitung-2022.csv",
  "sakip-kaltim-2019.csv",
  "sakip-lke-diskominfo-2023.csv",
].map { Fuzz.dataset("Datasets/" + $0) }

/// A SAKIP evaluation instrument (LKE): loaded and validated; whatever loads must score the bundled worksheets under
/// every policy (or reject them with a located error), and render.
func fuzzInstrumentSAKIP(_ bytes: [UInt8]) {
  Fuzz.check {
    let instrument = try SAKIPInstrument.load(Fuzz.instrumentFile(bytes, kind: "sakip"))
    for worksheet in worksheets {
      for method in EvaluationPolicy.Method.allCases {
        for unanswered in EvaluationPolicy.Unanswered.allCases {
          Fuzz.check {
            let input = try WorksheetReader.read(worksheet, file: "fuzz.csv")
            let result = try EvaluationScorer.score(
              input, instrument: instrument,
              policy: EvaluationPolicy(method: method, unanswered: unanswered))
            Fuzz.roundTrip(result.json)
            Fuzz.render([
              EvaluationTables.components(result), EvaluationTables.subcomponents(result),
            ])
          }
        }
      }
    }
  }
}

Fuzz.main(fuzzInstrumentSAKIP)
