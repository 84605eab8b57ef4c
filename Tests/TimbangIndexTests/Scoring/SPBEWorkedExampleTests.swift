import Testing
import TimbangCore

@testable import TimbangIndex

/// The worked examples of `shared/spec/spbe.md` ("Worked examples"), each reproducing the printed figure.
@Suite("SPBE worked examples")
struct SPBEWorkedExampleTests {
  /// Levels for all 47 indicators of 59/2020 with `overrides` (indicator number → level), others at `fill`.
  static func levels(_ overrides: [Int: Int], fill: Int = 1) -> Assessment {
    Fixtures.levels((1...47).map { overrides[$0] ?? fill })
  }

  @Test("Example 1 — Regulation Tabel 10: indicators 11–14 at 3, 4, 3, 2 → aspect A2 = 3.00")
  func example1Tabel10() throws {
    let instrument = try Fixtures.spbe59()
    let result = try IndexScorer.score(Self.levels([11: 3, 12: 4, 13: 3, 14: 2]), instrument, ScoringPolicy())
    let a2 = try #require(result.node("A2")?.value)
    #expect(a2 == Rational(3))
    #expect(Fixtures.shown(a2) == "3.00")
  }

  @Test("Example 2 — Regulation Tabel 11: A2 3.00, A3 4.00, A4 3.00 → D2 = 3.40")
  func example2Tabel11() throws {
    let instrument = try Fixtures.spbe59()
    let result = try IndexScorer.score(
      Self.levels([11: 3, 12: 4, 13: 3, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4, 19: 3, 20: 3]), instrument, ScoringPolicy())
    #expect(result.node("A2")?.value == Rational(3))
    #expect(result.node("A3")?.value == Rational(4))
    #expect(result.node("A4")?.value == Rational(3))
    let d2 = try #require(result.node("D2")?.value)
    #expect(d2 == Fixtures.r("3.4"))
    #expect(Fixtures.shown(d2) == "3.40")
  }

  struct DomainCase: Sendable, CustomTestStringConvertible {
    var name: String
    var framework: String
    var domains: [String]
    var year: Int?
    var exact: String
    var shown: String
    var predicate: String
    var testDescription: String { name }
  }

  /// Scores from published (rounded) domains: examples 3, 4 and 7, and the direct figures of example 6.
  static let domainCases: [DomainCase] = [
    .init(
      name: "Example 3 — Regulation Tabel 12: 3.70, 3.40, 3.00, 3.20 → 3.282 → 3.28 Baik", framework: "59",
      domains: ["3.70", "3.40", "3.00", "3.20"], exact: "3.282", shown: "3.28", predicate: "Baik"),
    .init(
      name: "Example 4 — Kab. Banjarnegara 2023: 4.40, 2.70, 1.18, 4.07 → 3.2936 → 3.29 Baik", framework: "59",
      domains: ["4.40", "2.70", "1.18", "4.07"], year: 2023, exact: "3.29355", shown: "3.29", predicate: "Baik"),
    .init(
      name: "Example 6 — Banyuwangi 2024 from rounded domains directly: 4.7647 → 4.76", framework: "59",
      domains: ["5.00", "4.60", "4.18", "5.00"], year: 2024, exact: "4.7647", shown: "4.76", predicate: "Memuaskan"),
    .init(
      name: "Example 6 — Kominfo 2024 from rounded domains directly: 4.74425 → 4.74", framework: "59",
      domains: ["5.00", "5.00", "3.45", "5.00"], year: 2024, exact: "4.74425", shown: "4.74", predicate: "Memuaskan"),
    .init(
      name: "Example 7 — 5/2018 national means 2018: 1.75, 1.74, 2.17 → 1.978 → 1.98", framework: "2018",
      domains: ["1.75", "1.74", "2.17"], year: 2018, exact: "1.9782", shown: "1.98", predicate: "Cukup"),
    .init(
      name: "Example 7 — 5/2018 national means 2020: 2.07, 1.95, 2.48 → 2.2619 → 2.26", framework: "2018",
      domains: ["2.07", "1.95", "2.48"], year: 2020, exact: "2.2619", shown: "2.26", predicate: "Cukup"),
  ]

  @Test("published domains → exact index, printed index and predicate", arguments: domainCases)
  func fromDomains(_ c: DomainCase) throws {
    let instrument = c.framework == "59" ? try Fixtures.spbe59() : try Fixtures.spbe2018()
    let result = try IndexScorer.score(Fixtures.domains(c.domains), instrument, ScoringPolicy(year: c.year))
    #expect(result.index == Fixtures.r(c.exact))
    // The spec prints the exact value to 4 decimals (3.29355 → 3.2936).
    #expect(Fixtures.shown(result.index, places: 4) == Fixtures.shown(Fixtures.r(c.exact), places: 4))
    #expect(Fixtures.shown(result.index) == c.shown)
    #expect(result.predicate?.label == c.predicate)
    #expect(result.fromRoundedDomains)
  }

  @Test("Example 6 — score --domains adds the reconstruction note (Banyuwangi 4.765 → 4.77, Kominfo 4.745 → 4.75)")
  func reconstructionNote() throws {
    let instrument = try Fixtures.spbe59()
    for (domains, exact, shown) in [
      (["5.00", "4.60", "4.18", "5.00"], "4.765", "4.77"), (["5.00", "5.00", "3.45", "5.00"], "4.745", "4.75"),
    ] {
      let result = try IndexScorer.score(Fixtures.domains(domains), instrument, ScoringPolicy(year: 2024))
      #expect(result.reconstructedIndices == [Fixtures.r(exact)])
      #expect(Fixtures.shown(Fixtures.r(exact)) == shown)
      #expect(result.notes.contains { $0.en.contains("exactly \(exact) → \(shown)") })
    }
    // Banjarnegara's candidates (3.2920, 3.2945) both print 3.29 like the direct index: no note.
    let b = try IndexScorer.score(
      Fixtures.domains(["4.40", "2.70", "1.18", "4.07"]), instrument, ScoringPolicy(year: 2023))
    #expect(b.reconstructedIndices == [Fixtures.r("3.292"), Fixtures.r("3.2945")])
    #expect(!b.notes.contains { $0.en.contains("from whole levels") })
  }

  @Test(
    "Example 5 — all 47 at level 1 → 1.00 Kurang; all at 5 → 5.00 Memuaskan",
    arguments: [(1, "1.00", "Kurang"), (5, "5.00", "Memuaskan")])
  func example5Uniform(level: Int, shown: String, predicate: String) throws {
    let instrument = try Fixtures.spbe59()
    let result = try IndexScorer.score(Fixtures.levels(Array(repeating: level, count: 47)), instrument, ScoringPolicy())
    #expect(result.index == Rational(level))
    #expect(Fixtures.shown(result.index) == shown)
    #expect(result.predicate?.label == predicate)
    for tier in result.tiers { for node in tier.nodes { #expect(node.value == Rational(level)) } }
  }

  @Test("Example 6 — Banyuwangi and Kominfo exact indices print half up (4.765 → 4.77, 4.745 → 4.75)")
  func halfUpDisplay() throws {
    #expect(Fixtures.shown(Fixtures.r("4.765")) == "4.77")
    #expect(Fixtures.shown(Fixtures.r("4.745")) == "4.75")
    // The same figures reached by computing from whole levels.
    let instrument = try Fixtures.spbe59()
    // Banyuwangi 2024 from whole levels: D1 all 5; D2 = 46/10 (indicators 11–14 at 4, 15–20 at 5);
    // D3 = 46/11 (21–29 at 4, 30–31 at 5); D4 all 5.
    var levels = Array(repeating: 5, count: 47)
    for i in [11, 12, 13, 14] { levels[i - 1] = 4 }
    for i in 21...29 { levels[i - 1] = 4 }
    let result = try IndexScorer.score(Fixtures.levels(levels), instrument, ScoringPolicy(year: 2024))
    #expect(result.node("D2")?.value == Fixtures.r("4.6"))
    #expect(result.node("D3")?.value == Rational(46, 11))
    #expect(result.index == Fixtures.r("4.765"))
    #expect(Fixtures.shown(result.index) == "4.77")
  }

  struct BasisCase: Sendable, CustomTestStringConvertible {
    var name: String
    var exact: String
    var year: Int?
    var override: PredicateBasis?
    var basis: PredicateBasis
    var predicate: String
    var testDescription: String { name }
  }

  static let basisCases: [BasisCase] = [
    .init(
      name: "Boven Digoel 2023: exact 1.7995 → 1.80 Cukup (rounded basis)", exact: "1.7995", year: 2023,
      basis: .rounded, predicate: "Cukup"),
    .init(
      name: "Boven Digoel on the unrounded basis would be Kurang", exact: "1.7995", year: 2024, basis: .unrounded,
      predicate: "Kurang"),
    .init(
      name: "Pacitan 2024: exact 3.4985 → 3.50 Baik (unrounded basis)", exact: "3.4985", year: 2024, basis: .unrounded,
      predicate: "Baik"),
    .init(
      name: "Pacitan on the rounded basis (2023 rule) would be Sangat Baik", exact: "3.4985", year: 2023,
      basis: .rounded, predicate: "Sangat Baik"),
    .init(name: "no year: default unrounded", exact: "3.4985", year: nil, basis: .unrounded, predicate: "Baik"),
    .init(
      name: "year without an entry (2022): default unrounded", exact: "1.7995", year: 2022, basis: .unrounded,
      predicate: "Kurang"),
    .init(
      name: "--predicate-basis rounded overrides 2024", exact: "3.4985", year: 2024, override: .rounded,
      basis: .rounded, predicate: "Sangat Baik"),
  ]

  @Test("predicate basis by evaluation year (Example 6: Boven Digoel 2023, Pacitan 2024)", arguments: basisCases)
  func predicateBasis(_ c: BasisCase) throws {
    let instrument = try Fixtures.spbe59()
    let (basis, _) = instrument.predicateBasis.resolve(year: c.year, override: c.override)
    #expect(basis == c.basis)
    #expect(instrument.predicate(Fixtures.r(c.exact), basis: basis)?.label == c.predicate)
  }

  @Test(
    "SPBE band edges on both bases",
    arguments: [
      ("1.7999", PredicateBasis.unrounded, "Kurang"), ("1.8", .unrounded, "Cukup"), ("2.5999", .unrounded, "Cukup"),
      ("2.6", .unrounded, "Baik"), ("3.4999", .unrounded, "Baik"), ("3.5", .unrounded, "Sangat Baik"),
      ("4.1999", .unrounded, "Sangat Baik"), ("4.2", .unrounded, "Memuaskan"), ("5", .unrounded, "Memuaskan"),
      ("1", .unrounded, "Kurang"), ("0", .unrounded, "Kurang"), ("1.795", .rounded, "Cukup"),
      ("1.7949", .rounded, "Kurang"),
      ("4.195", .rounded, "Memuaskan"), ("4.1949", .rounded, "Sangat Baik"), ("2.595", .rounded, "Baik"),
    ])
  func spbeBandEdges(value: String, basis: PredicateBasis, predicate: String) throws {
    let instrument = try Fixtures.spbe2018()  // levels 0–5: covers 0
    #expect(instrument.predicate(Fixtures.r(value), basis: basis)?.label == predicate)
  }

  @Test("the index equals Σ level × weight / 100 and a domain is the weighted mean of its indicators")
  func equivalentForms() throws {
    let instrument = try Fixtures.spbe59()
    var rng = SplitMix64(seed: 59_2020)
    for _ in 0..<20 {
      let levels = (0..<47).map { _ in rng.int(1...5) }
      let result = try IndexScorer.score(Fixtures.levels(levels), instrument, ScoringPolicy())
      var direct = Rational.zero
      for (i, indicator) in instrument.indicators.enumerated() { direct += indicator.weight * Rational(levels[i]) }
      #expect(result.index == direct / Rational(100))
      var viaDomains = Rational.zero
      for node in result.tiers[0].nodes { viaDomains += node.weight * (node.value ?? .zero) }
      #expect(result.index == viaDomains / Rational(100))
    }
  }

  @Test(
    "sensitivity gains per level (spec: 1–10 +0.013 and +0.10 D1; 21–31 +0.015 and +0.0909 D3; 32–41 +0.0275; 42–47 +0.030)"
  )
  func sensitivityGains() throws {
    let instrument = try Fixtures.spbe59()
    let base = try IndexScorer.score(Fixtures.levels(Array(repeating: 2, count: 47)), instrument, ScoringPolicy())
    let report = SensitivityReport(instrument: instrument, base: base)
    func row(_ n: Int) -> SensitivityReport.Row { report.rows[n - 1] }
    for n in 1...10 {
      #expect(row(n).indexGainPerLevel == Fixtures.r("0.013"))
      #expect(row(n).nodeGains[0].code == "D1" && row(n).nodeGains[0].gain == Fixtures.r("0.1"))
    }
    for n in 21...31 {
      #expect(row(n).indexGainPerLevel == Fixtures.r("0.015"))
      #expect(row(n).nodeGains[0].gain == Rational(1, 11))
      #expect(Fixtures.shown(row(n).nodeGains[0].gain, places: 4) == "0.0909")
    }
    for n in 32...41 { #expect(row(n).indexGainPerLevel == Fixtures.r("0.0275")) }
    for n in 42...47 { #expect(row(n).indexGainPerLevel == Fixtures.r("0.03")) }
    #expect(row(23).headroom == 3 && row(23).level == 2 && row(23).nextLevel == 3)
  }
}
