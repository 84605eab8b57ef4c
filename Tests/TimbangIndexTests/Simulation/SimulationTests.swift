import Testing
import TimbangCore

@testable import TimbangIndex

/// What-if simulation: changes to indicators or published domains, before → after with deltas.
@Suite("Simulation")
struct SimulationTests {
  static func change(_ text: String, _ instrument: IndexInstrument) throws -> Change {
    try Change.parse(text, instrument: instrument, location: SourceLocation(file: "--set"))
  }

  @Test("Banjarnegara 2023 domains with D3=2.50: 3.29355 → 3.51135 (Sangat Baik), delta +0.2178")
  func domainScenario() throws {
    let instrument = try Fixtures.spbe59()
    let results = try Simulator.simulate(
      base: Fixtures.domains(["4.40", "2.70", "1.18", "4.07"]),
      scenarios: [Scenario(name: "D3", changes: [Self.change("D3=2.50", instrument)])], instrument: instrument,
      policy: ScoringPolicy(year: 2023))
    let s = try #require(results.first)
    #expect(s.before.index == Fixtures.r("3.29355"))
    #expect(s.after.index == Fixtures.r("3.51135"))
    #expect(s.indexDelta == Fixtures.r("0.2178"))
    #expect(s.after.predicate?.label == "Sangat Baik")
    #expect(s.delta(tier: 0, node: 2) == Fixtures.r("1.32"))
    #expect(
      s.changes == [
        .init(target: "D3", isIndicator: false, from: Fixtures.r("1.18"), to: Fixtures.r("2.5"), text: "D3=2.50")
      ])
  }

  @Test("indicator changes, absolute and relative, applied in order; aspects and domains move by weight share")
  func indicatorScenario() throws {
    let instrument = try Fixtures.spbe59()
    let base = Fixtures.levels(Array(repeating: 1, count: 47))
    let results = try Simulator.simulate(
      base: base,
      scenarios: [
        Scenario(
          name: "a",
          changes: [
            Self.change("23=3", instrument), Self.change("29=+2", instrument), Self.change("23=+1", instrument),
          ])
      ], instrument: instrument, policy: ScoringPolicy())
    let s = try #require(results.first)
    // 23: 1 → 4 (+3 × 0.015), 29: 1 → 3 (+2 × 0.015) → +0.075.
    #expect(s.indexDelta == Fixtures.r("0.075"))
    #expect(s.after.node("D3")?.value == Rational(1) + Rational(5, 11))
    #expect(s.after.node("A5")?.value == Rational(1) + Fixtures.r("4.5") / Rational(12))
  }

  @Test("out-of-range, fractional and misplaced changes are located input errors")
  func badChanges() throws {
    let instrument = try Fixtures.spbe59()
    let base = Fixtures.levels(Array(repeating: 4, count: 47))
    for text in ["23=6", "23=+2", "23=2.5", "D3=2.50"] {
      #expect(throws: TimbangError.self, "\(text)") {
        try Simulator.simulate(
          base: base, scenarios: [Scenario(name: "x", changes: [Self.change(text, instrument)])],
          instrument: instrument,
          policy: ScoringPolicy())
      }
    }
    #expect(throws: TimbangError.self) { try Self.change("99=3", instrument) }
    #expect(
      throws: TimbangError.usage(
        Localized(
          id: "--set: \"23\" bukan TARGET=VALUE (misalnya 23=3, 29=+2, D3=2.50)",
          en: "--set: \"23\" is not TARGET=VALUE (e.g. 23=3, 29=+2, D3=2.50)"))
    ) {
      try Self.change("23", instrument)
    }
  }

  @Test("Pemdi changes accept codes and decimal values")
  func pemdiScenario() throws {
    let instrument = try Fixtures.pemdi()
    let results = try Simulator.simulate(
      base: PemdiWorkedExampleTests.acehTengah("7/6"),
      scenarios: [
        Scenario(name: "p", changes: [Self.change("7.2=2", instrument), Self.change("I03=+0.5", instrument)])
      ],
      instrument: instrument, policy: ScoringPolicy())
    let s = try #require(results.first)
    // 7.2: 1.30 → 2 (× 15) = 10.5; 2.1: 1.26 → 1.76 (× 5) = 2.5 → +0.13 index.
    #expect(s.indexDelta == Fixtures.r("0.13"))
  }

  @Test("scenarios file: named scenarios keep file order")
  func scenariosFile() throws {
    let instrument = try Fixtures.spbe59()
    let text = "scenario,target,value\nManajemen,21,+1\nAudit,29,3\nManajemen,22,+1\n"
    let list = try Scenario.read(Array(text.utf8), fileName: "s.csv", instrument: instrument)
    #expect(list.map(\.name) == ["Manajemen", "Audit"])
    #expect(list[0].changes.count == 2)
    #expect(throws: TimbangError.self) {
      try Scenario.read(Array("scenario,target,value\nX,21,lots\n".utf8), fileName: "s.csv", instrument: instrument)
    }
  }
}
