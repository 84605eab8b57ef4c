import Testing
import TimbangCore

@testable import TimbangIKM

@Suite("Tallies are exact and mergeable")
struct TallyMergeTests {
  /// A deterministic random survey (splitmix64) with blanks, text answers and three units.
  static func survey(rows: Int, seed: UInt64) -> String {
    var random = SplitMix64(seed: seed)
    func next() -> UInt64 { random.next() }
    let labels = ["Tidak Puas", "Kurang", "Baik", "Sangat Baik"]
    var out = "unit,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
    for _ in 0..<rows {
      var cells = ["Unit \(next() % 3)"]
      for _ in 0..<9 {
        let r = next() % 20
        cells.append(r == 0 ? "" : r < 4 ? labels[Int(next() % 4)] : String(1 + next() % 4))
      }
      out += cells.joined(separator: ",") + "\n"
    }
    return out
  }

  @Test("scoring two files equals scoring their concatenation", arguments: [UInt64(1), 2, 3])
  func concatenation(seed: UInt64) throws {
    let instrument = try Fixtures.instrument()
    let scanner = SurveyScanner(instrument: instrument, by: ["unit"])
    let a = Self.survey(rows: 150, seed: seed)
    let b = Self.survey(rows: 90, seed: seed + 100)
    var merged = try scanner.scan(text: a).tally
    try merged.merge(try scanner.scan(text: b).tally, file: "b")
    let whole = try scanner.scan(text: a + b.split(separator: "\n", maxSplits: 1)[1]).tally
    #expect(merged == whole)
    let weighting = try Weighting.make(.printed, for: instrument)
    #expect(
      SKMScoring.score(merged, instrument: instrument, weighting: weighting)
        == SKMScoring.score(whole, instrument: instrument, weighting: weighting))
  }

  @Test("a saved tally read back merges to the direct result")
  func roundTrip() throws {
    let instrument = try Fixtures.instrument()
    let scan = try SurveyScanner(instrument: instrument, by: ["unit"]).scan(text: Self.survey(rows: 200, seed: 9))
    let text = JSONWriter.string(TallyFile.json(scan.tally, instrument: instrument))
    let (read, _) = try TallyFile.read(Array(text.utf8), file: "t.json") { _ in instrument }
    #expect(read == scan.tally)
  }

  @Test("tallies of different instruments or groupings refuse to merge")
  func mismatch() throws {
    var a = SKMTally(instrument: "skm-permenpanrb-14-2017", by: ["unit"])
    #expect(throws: TimbangError.self) { try a.merge(SKMTally(instrument: "skm-kepmenpan-25-2004", by: ["unit"]), file: "b") }
    #expect(throws: TimbangError.self) { try a.merge(SKMTally(instrument: "skm-permenpanrb-14-2017", by: ["periode"]), file: "b") }
  }

  @Test("--rollup equal averages the groups' NRR")
  func equalRollup() throws {
    let instrument = try Fixtures.instrument()
    let csv = "unit,U1,U2,U3,U4,U5,U6,U7,U8,U9\nA,4,4,4,4,4,4,4,4,4\nB,2,2,2,2,2,2,2,2,2\nB,2,2,2,2,2,2,2,2,2\nB,2,2,2,2,2,2,2,2,2\n"
    let tally = try SurveyScanner(instrument: instrument, by: ["unit"]).scan(text: csv).tally
    let weighting = try Weighting.make(.exact, for: instrument)
    let pooled = SKMScoring.score(tally, instrument: instrument, weighting: weighting, rollup: .pooled)
    let equal = SKMScoring.score(tally, instrument: instrument, weighting: weighting, rollup: .equal)
    #expect(try #require(pooled.total.index).rounded(places: 9) == 2.5)
    #expect(try #require(equal.total.index).rounded(places: 9) == 3.0)
  }
}
