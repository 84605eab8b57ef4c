import Testing
import TimbangCore

@testable import TimbangIKM

/// The worked examples of `shared/spec/ikm.md`, each reproducing the printed figure to the printed precision.
@Suite("IKM worked examples (ikm.md)")
struct WorkedExampleTests {
  /// Example 1 — Kab. Belitung, Diskominfo, 2023: published NRR (3 dp) → 95.04, A, Sangat Baik with `printed`;
  /// `exact` gives 95.13.
  @Test(
    "Example 1: Belitung 2023 NRR → 95.04 (printed) / 95.13 (exact)",
    arguments: [(WeightPolicy.printed, 95.0382, 95.04), (.exact, 95.13, 95.13)])
  func belitung(policy: WeightPolicy, converted: Double, printed: Double) throws {
    let instrument = try Fixtures.instrument()
    let nrr: [Double?] = [3.833, 3.927, 3.990, 4.000, 3.710, 3.659, 3.669, 3.682, 3.778]
    let result = SKMScoring.fromMeans(nrr, instrument: instrument, weighting: try .make(policy, for: instrument))
    let c = try #require(result.converted)
    #expect(c.rounded(places: 2) == printed)
    if policy == .printed { #expect(c.rounded(places: 4) == converted) }
    #expect(result.grade?.code == "A")
    #expect(result.grade?.label == "Sangat Baik")
    #expect(try #require(result.index).rounded(places: 1) == 3.8)
  }

  static let banjarnegaraSums = [122, 120, 118, 151, 117, 156, 154, 130, 118]

  /// Example 2 — Kab. Banjarnegara 2023 published sums over 39 respondents → IKM 3.376, converted 84.388, B.
  @Test("Example 2: Banjarnegara 2023 published sums → 84.388 (printed), 84.472934 (exact)")
  func banjarnegaraPublishedSums() throws {
    let instrument = try Fixtures.instrument()
    let tally = Fixtures.group(sums: Self.banjarnegaraSums, answered: 39)
    #expect(tally.elements.map { $0.sum(scaleMin: 1) } == Self.banjarnegaraSums)
    let printed = SKMScoring.score(tally, keyNames: [], instrument: instrument, weighting: try .make(.printed, for: instrument))
    #expect(try #require(printed.converted).rounded(places: 3) == 84.388)
    #expect(try #require(printed.converted).rounded(places: 6) == 84.388462)
    #expect(try #require(printed.index).rounded(places: 3) == 3.376)
    #expect(printed.grade?.code == "B")
    #expect(printed.elements.map { $0.nrr!.rounded(places: 3) }.first == 3.128)
    #expect(printed.elements.map { $0.weightedNrr!.rounded(places: 3) } == [0.347, 0.342, 0.336, 0.430, 0.333, 0.444, 0.438, 0.370, 0.336])
    let exact = SKMScoring.score(tally, keyNames: [], instrument: instrument, weighting: try .make(.exact, for: instrument))
    #expect(try #require(exact.converted).rounded(places: 6) == 84.472934)
    // The report's prose "3,379" is the exact-weight index.
    #expect(try #require(exact.index).rounded(places: 3) == 3.379)
  }

  /// Example 3 — the same report's respondent table, scored honestly: U8 sums to 126 (not 130) → 84.104, B.
  @Test("Example 3: Banjarnegara 2023 respondent rows → 84.104, U8 sum 126")
  func banjarnegaraRows() throws {
    let instrument = try Fixtures.instrument()
    let scan = try SurveyScanner(instrument: instrument).scan(path: Fixtures.dataset("skm-banjarnegara-2023.csv"))
    let result = SKMScoring.score(scan.tally, instrument: instrument, weighting: try .make(.printed, for: instrument))
    #expect(result.total.respondents == 39)
    #expect(result.total.elements.map(\.sum) == [122, 120, 118, 151, 117, 156, 154, 126, 118])
    #expect(try #require(result.total.converted).rounded(places: 3) == 84.104)
    #expect(result.total.grade?.code == "B")
  }

  /// Example 4 — a public worked example with 29 respondents: exact 91.475, printed 91.384, 0.11 weights 90.560.
  @Test(
    "Example 4: 29 respondents → 91.475 exact, 91.384 printed, 90.560 with 0.11",
    arguments: [("exact", 91.475), ("printed", 91.384), ("0.11", 90.560)])
  func twentyNine(weights: String, expected: Double) throws {
    let instrument = try Fixtures.instrument()
    let tally = Fixtures.group(sums: [105, 101, 100, 116, 102, 105, 106, 105, 115], answered: 29)
    let weighting: Weighting
    switch weights {
    case "exact": weighting = try .make(.exact, for: instrument)
    case "printed": weighting = try .make(.printed, for: instrument)
    default: weighting = Weighting(policy: .custom, weights: Array(repeating: 0.11, count: 9))
    }
    let result = SKMScoring.score(tally, keyNames: [], instrument: instrument, weighting: weighting)
    #expect(try #require(result.converted).rounded(places: 3) == expected)
  }

  /// Example 5 — edges: all 4 → 99.90 printed / 100.00 exact; all 1 → 24.975, grade D with a warning.
  @Test(
    "Example 5: all answers 4 or 1",
    arguments: [(4, WeightPolicy.printed, 99.9, "A"), (4, .exact, 100.0, "A"), (1, .printed, 24.975, "D")])
  func uniformAnswers(answer: Int, policy: WeightPolicy, expected: Double, grade: String) throws {
    let instrument = try Fixtures.instrument()
    let row = Array(repeating: String(answer), count: 9).joined(separator: ",")
    let csv = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n" + Array(repeating: row, count: 10).joined(separator: "\n")
    let scan = try SurveyScanner(instrument: instrument).scan(text: csv)
    let result = SKMScoring.score(scan.tally, instrument: instrument, weighting: try .make(policy, for: instrument))
    #expect(try #require(result.total.converted).rounded(places: 3) == expected)
    #expect(result.total.grade?.code == grade)
    let low = result.warnings.contains { $0.en.contains("below 25.00") && $0.id.contains("di bawah 25,00") }
    #expect(low == (answer == 1))
  }

  /// Example 5 — band edges decided on the converted value rounded to 2 dp.
  @Test(
    "Example 5: band edges",
    arguments: [
      (88.305, "A"), (88.3049, "B"), (88.31, "A"), (76.605, "B"), (76.6049, "C"), (65.0, "C"), (64.995, "C"),
      (64.994, "D"), (24.975, "D"), (100.0, "A"), (0.0, "D"),
    ])
  func bandEdges(converted: Double, grade: String) throws {
    let instrument = try Fixtures.instrument()
    #expect(instrument.bands.classify(converted, publishedAt: 2)?.code == grade)
  }

  /// Example 6 — KepMenPAN 25/2004: a form that rounded the index to 3 dp before × 25 printed 3.059 → 76.475;
  /// unrounded gives 76.467. (NRR vector constructed to give that survey's index 3.0587.)
  @Test("Example 6: KepMenPAN 25/2004 --round-index 3 → 76.475; unrounded 76.467")
  func kepmenpan() throws {
    let instrument = try Fixtures.instrument("skm-kepmenpan-25-2004")
    #expect(instrument.elements.count == 14)
    let nrr: [Double?] = Array(repeating: 3.07714, count: 14)
    let weighting = try Weighting.make(.printed, for: instrument)
    #expect(weighting.weights == Array(repeating: 0.071, count: 14))
    let rounded = SKMScoring.fromMeans(nrr, instrument: instrument, weighting: weighting, roundIndex: 3)
    #expect(rounded.index == 3.059)
    #expect(try #require(rounded.converted).rounded(places: 3) == 76.475)
    let unrounded = SKMScoring.fromMeans(nrr, instrument: instrument, weighting: weighting)
    #expect(try #require(unrounded.converted).rounded(places: 3) == 76.467)
    #expect(unrounded.grade?.code == "B")
  }

  @Test(
    "KepMenPAN 25/2004 bands on the converted value",
    arguments: [(81.26, "A"), (81.255, "A"), (81.254, "B"), (62.51, "B"), (62.50, "C"), (43.76, "C"), (43.75, "D")])
  func kepmenpanBands(converted: Double, grade: String) throws {
    let instrument = try Fixtures.instrument("skm-kepmenpan-25-2004")
    #expect(instrument.bands.classify(converted, publishedAt: 2)?.code == grade)
  }
}
