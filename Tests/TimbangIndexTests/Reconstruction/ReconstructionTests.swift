import Testing
import TimbangCore

@testable import TimbangIndex

/// Exact reconstruction from 2-decimal domains (`spbe.md`, "Reconstruction"; worked examples 4 and 6).
@Suite("SPBE reconstruction")
struct ReconstructionTests {
  static func printed(_ values: [String]) -> [PrintedNumber] { values.compactMap { PrintedNumber($0) } }

  @Test("Example 4 — Banjarnegara 2023: D3 = 13/11, D4 ∈ {185, 185.25}/45.5 → true index 3.2920 or 3.2945")
  func banjarnegara() throws {
    let instrument = try Fixtures.spbe59()
    let r = try Reconstructor(instrument).reconstruct(Self.printed(["4.40", "2.70", "1.18", "4.07"]))
    #expect(r.nodes[2].values == [Rational(13, 11)])
    #expect(r.nodes[3].weightedSums == [Rational(185), Fixtures.r("185.25")])
    #expect(r.indexCandidates == [Fixtures.r("3.292"), Fixtures.r("3.2945")])
    #expect(r.indexCandidates.map { Fixtures.shown($0, places: 4) } == ["3.2920", "3.2945"])
    #expect(r.combinations == 2)
    #expect(r.directIndex == Fixtures.r("3.29355"))
    #expect(Fixtures.shown(r.directIndex, places: 4) == "3.2936")
    let check = r.check(
      index: PrintedNumber("3.29"), predicate: "Baik", year: 2023, instrument: instrument)
    #expect(check.isConsistent)
  }

  struct AnnexRow: Sendable, CustomTestStringConvertible {
    var name: String
    var domains: [String]
    var year: Int
    var exact: String
    var printed: String
    var predicate: String
    var testDescription: String { name }
  }

  static let annexRows: [AnnexRow] = [
    .init(
      name: "Banyuwangi 2024: 5.00/4.60/4.18/5.00 → 4.765 → 4.77 Memuaskan", domains: ["5.00", "4.60", "4.18", "5.00"],
      year: 2024, exact: "4.765", printed: "4.77", predicate: "Memuaskan"),
    .init(
      name: "Kominfo 2024: 5.00/5.00/3.45/5.00 → 4.745 → 4.75", domains: ["5.00", "5.00", "3.45", "5.00"], year: 2024,
      exact: "4.745", printed: "4.75", predicate: "Memuaskan"),
    .init(
      name: "Pacitan 2024: 4.70/3.00/2.09/3.94 → 3.4985 → 3.50 Baik (unrounded basis)",
      domains: ["4.70", "3.00", "2.09", "3.94"], year: 2024, exact: "3.4985", printed: "3.50", predicate: "Baik"),
    .init(
      name: "Boven Digoel 2023: 1.90/1.60/1.00/2.17 → 1.7995 → 1.80 Cukup (rounded basis)",
      domains: ["1.90", "1.60", "1.00", "2.17"], year: 2023, exact: "1.7995", printed: "1.80", predicate: "Cukup"),
  ]

  @Test("Example 6 — annex rows reconstruct to a single exact index, printed index and predicate", arguments: annexRows)
  func annexRow(_ row: AnnexRow) throws {
    let instrument = try Fixtures.spbe59()
    let r = try Reconstructor(instrument).reconstruct(Self.printed(row.domains))
    #expect(r.indexCandidates == [Fixtures.r(row.exact)])
    #expect(Fixtures.shown(Fixtures.r(row.exact)) == row.printed)
    let check = r.check(
      index: PrintedNumber(row.printed), predicate: row.predicate, year: row.year, instrument: instrument)
    #expect(check.isConsistent, "\(check.reason)")
    #expect(check.matching == [Fixtures.r(row.exact)])
  }

  @Test("Example 6 — Kota Yogyakarta 2024: 4.00/3.00/1.64/4.31 → 3.50 Sangat Baik")
  func yogyakarta() throws {
    let instrument = try Fixtures.spbe59()
    let r = try Reconstructor(instrument).reconstruct(Self.printed(["4.00", "3.00", "1.64", "4.31"]))
    #expect(!r.indexCandidates.isEmpty)
    #expect(r.indexCandidates.allSatisfy { Fixtures.shown($0) == "3.50" })
    #expect(r.indexCandidates.allSatisfy { $0 >= Fixtures.r("3.5") })
    let check = r.check(index: PrintedNumber("3.50"), predicate: "Sangat Baik", year: 2024, instrument: instrument)
    #expect(check.isConsistent, "\(check.reason)")
  }

  @Test(
    "a predicate that does not follow on the year's basis is a finding (Pacitan as Sangat Baik in 2024; Boven Digoel as Kurang in 2023)"
  )
  func predicateFindings() throws {
    let instrument = try Fixtures.spbe59()
    let pacitan = try Reconstructor(instrument).reconstruct(Self.printed(["4.70", "3.00", "2.09", "3.94"]))
    let wrong = pacitan.check(
      index: PrintedNumber("3.50"), predicate: "Sangat Baik", year: 2024, instrument: instrument)
    #expect(wrong.findings.map(\.kind) == [.predicateMismatch])
    #expect(wrong.reason.contains("it would on the rounded basis"))
    let boven = try Reconstructor(instrument).reconstruct(Self.printed(["1.90", "1.60", "1.00", "2.17"]))
    #expect(
      !boven.check(index: PrintedNumber("1.80"), predicate: "Kurang", year: 2023, instrument: instrument).isConsistent)
    #expect(
      boven.check(index: PrintedNumber("1.80"), predicate: "Kurang", year: 2024, instrument: instrument).isConsistent)
  }

  @Test("a printed domain no whole levels can produce is an inconsistency naming the nearest values")
  func unreachableDomain() throws {
    let instrument = try Fixtures.spbe59()
    // D3 = S/11: 4.19 would need S ∈ [46.035, 46.145): impossible (46/11 = 4.18, 47/11 = 4.27).
    let r = try Reconstructor(instrument).reconstruct(Self.printed(["5.00", "4.60", "4.19", "5.00"]))
    #expect(r.unreachableNodes == [2])
    #expect(r.indexCandidates.isEmpty)
    #expect(r.nodes[2].nearestBelow == Rational(46, 11))
    #expect(r.nodes[2].nearestAbove == Rational(47, 11))
    let check = r.check(index: PrintedNumber("4.77"), predicate: "Memuaskan", year: 2024, instrument: instrument)
    #expect(check.findings.map(\.kind) == [.unreachableNode("D3")])
    #expect(check.reason.contains("D3 4.19 cannot come from whole levels"))
  }

  @Test("a printed index that is not the rounding of any consistent exact index is a finding")
  func wrongIndex() throws {
    let instrument = try Fixtures.spbe59()
    let r = try Reconstructor(instrument).reconstruct(Self.printed(["5.00", "4.60", "4.18", "5.00"]))
    let check = r.check(index: PrintedNumber("4.76"), predicate: "Memuaskan", year: 2024, instrument: instrument)
    #expect(check.findings.map(\.kind) == [.indexNotRounding])
  }

  @Test("reconstruction agrees with brute force over random whole levels")
  func randomRoundTrip() throws {
    let instrument = try Fixtures.spbe59()
    let reconstructor = try Reconstructor(instrument)
    var rng = SplitMix64(seed: 20_240_531)
    for _ in 0..<40 {
      let levels = (0..<47).map { _ in rng.int(1...5) }
      let result = try IndexScorer.score(Fixtures.levels(levels), instrument, ScoringPolicy())
      let printed = result.tiers[0].nodes.map {
        PrintedNumber(value: instrument.published($0.value ?? .zero), places: 2)
      }
      let r = reconstructor.reconstruct(printed)
      #expect(r.indexCandidates.contains(result.index))
      // Every candidate's domains print as the printed domains (spot-check bounds).
      #expect(r.unreachableNodes.isEmpty)
    }
  }

  @Test("5/2018 reconstructs with levels 0–5; Pemdi (decimal values) cannot be reconstructed")
  func otherFrameworks() throws {
    let old = try Fixtures.spbe2018()
    let r = try Reconstructor(old).reconstruct(Self.printed(["0.00", "5.00", "2.00"]))
    #expect(r.indexCandidates == [Fixtures.r("2.5")])
    #expect(throws: TimbangError.self) { try Reconstructor(Fixtures.pemdi()) }
  }
}
