import FuzzSupport
import TimbangCore
import TimbangIndex

private let assessment = Fuzz.dataset("Datasets/spbe-assessment-2024.csv")
private let domains = Fuzz.dataset("Datasets/spbe-domains-banjarnegara-2023.csv")
private let pemdi = Fuzz.dataset("Datasets/pemdi-aceh-tengah-2026.csv")

/// An SPBE or Pemdi framework file: loaded and validated; whatever loads must score the bundled assessments and a
/// synthetic one at every level (or reject them with a located error), report sensitivity, simulate, and render.
func fuzzInstrumentIndex(_ bytes: [UInt8]) {
  Fuzz.check {
    let instrument = try IndexInstrument.load(Fuzz.instrumentFile(bytes, kind: "spbe|pemdi"))
    let policies = [
      ScoringPolicy(year: 2023),
      ScoringPolicy(year: 2024, missingAsMinimum: true, pendingExternal: true),
      ScoringPolicy(basisOverride: .rounded, optionalPredicates: true),
    ]
    var inputs: [Assessment] = []
    for file in [assessment, domains, pemdi] {
      Fuzz.check {
        inputs += try AssessmentReader.read(file, fileName: "fuzz.csv", instrument: instrument)
      }
    }
    let count = instrument.indicators.count
    for level in [instrument.values.minimum, instrument.values.maximum] {
      inputs.append(.indicators(Array(repeating: level, count: count)))
    }
    for input in inputs {
      for policy in policies {
        Fuzz.check {
          let result = try IndexScorer.score(input, instrument, policy)
          Fuzz.roundTrip(result.json)
          Fuzz.render(ScoreTables.tables(result))
          let report = SensitivityReport(instrument: instrument, base: result)
          Fuzz.render([AnalysisTables.sensitivity(report, instrument: instrument)])
          let change = try Change.parse(
            "1=+1", instrument: instrument, location: SourceLocation(file: "--set"))
          let simulated = try Simulator.simulate(
            base: input, scenarios: [Scenario(name: "s", changes: [change])],
            instrument: instrument, policy: policy)
          let simulation = SimulationReport(scenarios: simulated)
          Fuzz.roundTrip(simulation.json)
          Fuzz.render([AnalysisTables.simulation(simulation)].compactMap { $0 })
        }
      }
    }
  }
}

Fuzz.main(fuzzInstrumentIndex)
