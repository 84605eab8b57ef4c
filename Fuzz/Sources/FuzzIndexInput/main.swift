import FuzzSupport
import TimbangCore
import TimbangIndex

private let instruments: [IndexInstrument] = [
  "spbe-permenpanrb-59-2020", "spbe-permenpanrb-5-2018", "pemdi-permenpanrb-8-2026",
].map { id in
  do {
    return try IndexInstrument.load(Fuzz.instrument(id))
  } catch {
    fatalError("fuzz setup: \(error)")
  }
}

/// SPBE / Pemdi inputs (`spbe|pemdi score`, `--scenarios`, `--costs`): the same bytes read as an assessment (CSV or
/// JSON), a scenarios file and a costs file for every framework; what reads must score, simulate and render.
func fuzzIndexInput(_ bytes: [UInt8]) {
  Fuzz.check { _ = try AssessmentReader.frameworkHint(bytes, fileName: "fuzz.csv") }
  for instrument in instruments {
    Fuzz.check {
      let assessments = try AssessmentReader.read(
        bytes, fileName: "fuzz.csv", instrument: instrument)
      for assessment in assessments {
        for policy in [
          ScoringPolicy(), ScoringPolicy(year: 2024, missingAsMinimum: true, pendingExternal: true),
        ] {
          Fuzz.check {
            let result = try IndexScorer.score(assessment, instrument, policy)
            Fuzz.roundTrip(result.json)
            Fuzz.render(ScoreTables.tables(result))
          }
        }
      }
    }
    Fuzz.check {
      let scenarios = try Scenario.read(bytes, fileName: "fuzz.csv", instrument: instrument)
      let base = Assessment.indicators(
        Array(repeating: instrument.values.minimum, count: instrument.indicators.count))
      let results = try Simulator.simulate(
        base: base, scenarios: scenarios, instrument: instrument, policy: ScoringPolicy())
      let report = SimulationReport(scenarios: results)
      Fuzz.roundTrip(report.json)
      Fuzz.render(
        [AnalysisTables.simulation(report)].compactMap { $0 }
          + results.map(AnalysisTables.simulationDetail))
    }
    Fuzz.check { _ = try CostTable.read(bytes, fileName: "fuzz.csv", instrument: instrument) }
  }
}

Fuzz.main(fuzzIndexInput)
