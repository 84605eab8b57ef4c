import Foundation
import Testing
import TimbangCore

@testable import TimbangIKM

/// `ikm.md`, "Precision — how sure is the grade?".
@Suite("IKM precision")
struct PrecisionTests {
  static func score(_ csv: String, by: [String] = [], population: Int? = nil, rollup: RollupPolicy = .pooled) throws -> SKMResult {
    let instrument = try Fixtures.instrument()
    var scanner = SurveyScanner(instrument: instrument, by: by)
    scanner.precision = true
    let tally = try scanner.scan(text: csv).tally
    return SKMScoring.score(
      tally, instrument: instrument, weighting: try .make(.printed, for: instrument), rollup: rollup,
      precision: PrecisionRequest(population: population))
  }

  /// Example 7 — Banjarnegara 2023 rows: se 0.541, interval 83.04–85.16; with population 500, se 0.519.
  @Test("Example 7: Banjarnegara se 0.541, 95% interval 83.04–85.16; population 500 → se 0.519")
  func banjarnegara() throws {
    let csv = try String(contentsOfFile: Fixtures.dataset("skm-banjarnegara-2023.csv"), encoding: .utf8)
    let p = try #require(try Self.score(csv).total.precision)
    #expect(p.se.rounded(places: 3) == 0.541)
    #expect(p.ciLow.rounded(places: 2) == 83.04 && p.ciHigh.rounded(places: 2) == 85.16)
    let finite = try #require(try Self.score(csv, population: 500).total.precision)
    #expect(finite.se.rounded(places: 3) == 0.519)
    #expect(finite.finitePopulationCorrection == 1 - 39.0 / 500)
  }

  static func generator(seed: UInt64) -> () -> UInt64 {
    var state = seed
    return {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test("with complete answers the standard error is sd(respondent scores)/√n", arguments: [UInt64(1), 2, 3, 4])
  func completeAnswers(seed: UInt64) throws {
    let next = Self.generator(seed: seed)
    var csv = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
    var scores: [Double] = []
    for _ in 0..<(20 + Int(next() % 80)) {
      let row = (0..<9).map { _ in Int(1 + next() % 4) }
      scores.append(row.reduce(0.0) { $0 + 0.111 * Double($1) })
      csv += row.map(String.init).joined(separator: ",") + "\n"
    }
    let n = Double(scores.count)
    let mean = scores.reduce(0, +) / n
    let sd = (scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
    let p = try #require(try Self.score(csv).total.precision)
    #expect(abs(p.se - 25 * sd / n.squareRoot()) < 1e-9)
  }

  @Test("shard tallies merge to the same standard errors as the whole file")
  func shards() throws {
    let instrument = try Fixtures.instrument()
    var scanner = SurveyScanner(instrument: instrument, by: ["unit"])
    scanner.precision = true
    let a = TallyMergeTests.survey(rows: 120, seed: 5)
    let b = TallyMergeTests.survey(rows: 80, seed: 6)
    var merged = try scanner.scan(text: a).tally
    let second = try scanner.scan(text: b).tally
    // Through the tally file, as a user would merge saved shards.
    let text = JSONWriter.string(TallyFile.json(second, instrument: instrument))
    let (read, _) = try TallyFile.read(Array(text.utf8), file: "b.json") { _ in instrument }
    try merged.merge(read, file: "b.json")
    let whole = try scanner.scan(text: a + b.split(separator: "\n", maxSplits: 1)[1]).tally
    let w = try Weighting.make(.printed, for: instrument)
    let m = SKMScoring.score(merged, instrument: instrument, weighting: w, precision: PrecisionRequest())
    let d = SKMScoring.score(whole, instrument: instrument, weighting: w, precision: PrecisionRequest())
    #expect(m.total.precision == d.total.precision)
    #expect(m.groups.map(\.precision) == d.groups.map(\.precision))
    #expect(m.total.precision != nil && m.groups.allSatisfy { $0.precision != nil })
  }

  @Test("a tally without second-order counts merges but says precision is unavailable")
  func unavailable() throws {
    let instrument = try Fixtures.instrument()
    let tally = try SurveyScanner(instrument: instrument).scan(text: "U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n4,4,4,4,4,4,4,4,4\n").tally
    let result = SKMScoring.score(tally, instrument: instrument, weighting: try .make(.printed, for: instrument), precision: PrecisionRequest())
    #expect(result.total.precision == nil)
    #expect(
      result.warnings.contains {
        $0.en.hasPrefix("precision is unavailable") && $0.id.hasPrefix("presisi tidak tersedia")
      })
  }

  @Test("the stratified total of one group equals the simple estimate; equal roll-up is Σ var_h / H²")
  func strata() throws {
    let csv = "unit," + "U1,U2,U3,U4,U5,U6,U7,U8,U9\n" + TallyMergeTests.survey(rows: 90, seed: 11)
      .split(separator: "\n").dropFirst().map { "X," + $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",") }
      .joined(separator: "\n")
    let grouped = try Self.score(csv, by: ["unit"])
    let plain = try Self.score(csv)
    #expect(abs((grouped.total.precision?.se ?? 0) - (plain.total.precision?.se ?? 1)) < 1e-12)
    let two = try Self.score(TallyMergeTests.survey(rows: 150, seed: 12), by: ["unit"], rollup: .equal)
    let ses = two.groups.compactMap { $0.precision?.se }
    let expected = (ses.reduce(0) { $0 + $1 * $1 } / Double(ses.count * ses.count)).squareRoot()
    #expect(abs((two.total.precision?.se ?? 0) - expected) < 1e-12)
  }

  /// Draws many samples from a known population and counts how often the 95% interval covers the true value.
  @Test("the 95% interval covers the true value about 95% of the time (fixed seed)")
  func coverage() throws {
    let next = Self.generator(seed: 2024)
    let weightsOfAnswers: [[UInt64]] = (0..<9).map { _ in [1 + next() % 3, 2 + next() % 4, 5 + next() % 5, 2 + next() % 5] }
    func draw(_ e: Int) -> Int {
      let w = weightsOfAnswers[e]
      var r = next() % w.reduce(0, +)
      for (i, x) in w.enumerated() {
        if r < x { return i + 1 }
        r -= x
      }
      return 4
    }
    let population = (0..<4000).map { _ in (0..<9).map(draw) }
    let trueConverted = (0..<9).reduce(0.0) { acc, e in
      acc + 0.111 * Double(population.reduce(0) { $0 + $1[e] }) / Double(population.count)
    } * 25
    var covered = 0
    let trials = 300
    for _ in 0..<trials {
      var csv = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
      for _ in 0..<60 { csv += population[Int(next() % UInt64(population.count))].map(String.init).joined(separator: ",") + "\n" }
      let p = try #require(try Self.score(csv).total.precision)
      if p.ciLow <= trueConverted && trueConverted <= p.ciHigh { covered += 1 }
    }
    let rate = Double(covered) / Double(trials)
    #expect(rate > 0.90 && rate < 0.99, "coverage \(rate)")
  }

  @Test("grade certainty uses the grade band's bounds")
  func certainty() {
    let band = Band(code: "B", label: "Baik", lower: 76.61, upper: 88.31)
    let p = PrecisionEstimator.precision(converted: 76.61, indexVariance: 0.01 / 625, factor: 25, grade: band)
    #expect(abs((p.gradeCertainty ?? 0) - 0.5) < 1e-6)
    #expect(abs(p.se - 0.1) < 1e-12)
    #expect(abs(p.minimumDetectableChange - 1.959964 * 2.0.squareRoot() * 0.1) < 1e-12)
  }
}
