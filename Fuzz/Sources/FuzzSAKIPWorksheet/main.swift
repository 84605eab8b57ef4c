import FuzzSupport
import TimbangCore
import TimbangSAKIP

private let instruments: [SAKIPInstrument] = [
  "sakip-permenpanrb-88-2021", "sakip-permenpanrb-12-2015",
].map { id in
  do {
    return try SAKIPInstrument.load(Fuzz.instrument(id))
  } catch {
    fatalError("fuzz setup: \(error)")
  }
}

/// A SAKIP evaluation worksheet (`sakip score`, CSV or JSON): read, scored against both instruments under every
/// policy, rendered.
func fuzzSAKIPWorksheet(_ bytes: [UInt8]) {
  for language in [Language.id, .en] {
    Fuzz.check {
      let input = try WorksheetReader.read(bytes, file: "fuzz.csv")
      for instrument in instruments {
        for method in EvaluationPolicy.Method.allCases {
          for unanswered in EvaluationPolicy.Unanswered.allCases {
            Fuzz.check {
              let result = try EvaluationScorer.score(
                input, instrument: instrument,
                policy: EvaluationPolicy(method: method, unanswered: unanswered, language: language)
              )
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
}

Fuzz.main(fuzzSAKIPWorksheet)
