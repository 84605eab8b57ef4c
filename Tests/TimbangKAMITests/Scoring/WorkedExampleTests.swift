import Testing
import TimbangCore
import TimbangKAMI

/// The worked examples of `shared/spec/kami.md`, each reproduced to the printed precision.
@Suite("Indeks KAMI worked examples (kami.md)")
struct WorkedExampleTests {
  /// Example 1 — 4.1 paper: KSE 17 (Tinggi); TK 75, PR 30, KK 31, PA 37, TG 38 → total 211, Tidak Layak;
  /// supplements 32/81, 6/30, 13/48 → 40 %, 20 %, 27 % (printed without decimals).
  @Test("example 1: 4.1 paper, 211 Tidak Layak, supplements 40/20/27%")
  func example1Paper41() throws {
    let instrument = try Fixtures.instrument("4.2")
    let answers = Fixtures.answers(
      instrument, kse: 17, areas: ["TK": 75, "PR": 30, "KK": 31, "PA": 37, "TG": 38],
      supplements: ["S1": 32, "S2": 6, "S3": 13])
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.kse.score == 17)
    #expect(result.kse.category.label == "Tinggi")
    #expect(result.areas.map(\.score) == [75, 30, 31, 37, 38])
    #expect(result.total == 211)
    #expect(result.status.label == "Tidak Layak")
    #expect(result.readiness.areasBelowMinimum.isEmpty)
    #expect(
      result.supplements.map(\.name.id) == ["Pihak Ketiga", "Layanan Infrastruktur Awan", "Pelindungan Data Pribadi"])
    #expect(result.supplements.map { "\($0.score)/\($0.max)" } == ["32/81", "6/30", "13/48"])
    #expect(result.supplements.map { $0.percent.rounded(places: 0) } == [40, 20, 27])
    #expect(result.supplements.map { $0.percent.rounded(places: 2) } == [39.51, 20, 27.08])
  }

  struct StatusCase: Sendable, CustomTestStringConvertible {
    var kse: Int
    var category: String
    var status: String
    var testDescription: String { "KSE \(kse) → \(status)" }
  }

  /// Example 2 — 5.0 official dashboard: TK 48, PR 36, KK 68, PA 130, TG 118, PDP 72 → total 472; KSE 35 →
  /// Tidak Layak, KSE 20 → Pemenuhan Kerangka Kerja Dasar, KSE 15 → Cukup Baik.
  @Test(
    "example 2: 5.0 dashboard, total 472 under three categories",
    arguments: [
      StatusCase(kse: 35, category: "Strategis", status: "Tidak Layak"),
      StatusCase(kse: 20, category: "Tinggi", status: "Pemenuhan Kerangka Kerja Dasar"),
      StatusCase(kse: 15, category: "Rendah", status: "Cukup Baik"),
    ])
  func example2Dashboard50(_ c: StatusCase) throws {
    let instrument = try Fixtures.instrument("5.0")
    let answers = Fixtures.answers(
      instrument, kse: c.kse, areas: ["TK": 48, "PR": 36, "KK": 68, "PA": 130, "TG": 118, "PDP": 72])
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.areas.map(\.score) == [48, 36, 68, 130, 118, 72])
    #expect(result.total == 472)
    #expect(result.max == 918)
    #expect(result.kse.score == c.kse)
    #expect(result.kse.category.label == c.category)
    #expect(result.status.label == c.status)
  }

  /// Example 3 — 5.0: KSE 14 (Rendah), total 913 → Baik.
  @Test("example 3: 5.0, KSE 14 Rendah, total 913 Baik")
  func example3Baik() throws {
    let instrument = try Fixtures.instrument("5.0")
    let answers = Fixtures.answers(instrument, kse: 14, areas: ["PDP": 79])
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.kse.category.label == "Rendah")
    #expect(result.total == 913)
    #expect(result.status.label == "Baik")
  }

  /// Example 4 — Kab. Belitung 2023: 413 of 645 → 64.03 %; Pemenuhan Kerangka Kerja Dasar under Tinggi or
  /// Strategis, Cukup Baik under Rendah.
  @Test(
    "example 4: Belitung 2023, 413/645 = 64.03%",
    arguments: [
      StatusCase(kse: 14, category: "Rendah", status: "Cukup Baik"),
      StatusCase(kse: 28, category: "Tinggi", status: "Pemenuhan Kerangka Kerja Dasar"),
      StatusCase(kse: 40, category: "Strategis", status: "Pemenuhan Kerangka Kerja Dasar"),
    ])
  func example4Belitung(_ c: StatusCase) throws {
    let instrument = try Fixtures.instrument("4.2")
    // The report gives only the total; any split above the area minimums gives the same status.
    let answers = Fixtures.answers(instrument, kse: c.kse, areas: ["TK": 100, "PR": 50, "KK": 100, "PA": 90, "TG": 73])
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.total == 413)
    #expect(result.percent.rounded(places: 2) == 64.03)
    #expect(NumberFormat.id.string(result.percent, places: 2, suffix: "%") == "64,03%")
    #expect(result.kse.category.label == c.category)
    #expect(result.status.label == c.status)
    // The same from the status function alone.
    let outcome = try ReadinessStatus.classify(
      total: 413, category: c.category, areas: [], readiness: instrument.readiness)
    #expect(outcome.status.label == c.status)
  }

  struct Edge: Sendable, CustomTestStringConvertible {
    var total: Double
    var status: String
    var testDescription: String { "\(Int(total)) → \(status)" }
  }

  /// Example 5 — band edges, 4.x Tinggi.
  @Test(
    "example 5: 4.x Tinggi band edges",
    arguments: [
      Edge(total: 272, status: "Tidak Layak"), Edge(total: 273, status: "Pemenuhan Kerangka Kerja Dasar"),
      Edge(total: 455, status: "Pemenuhan Kerangka Kerja Dasar"), Edge(total: 456, status: "Cukup Baik"),
      Edge(total: 583, status: "Cukup Baik"), Edge(total: 584, status: "Baik"),
    ])
  func example5TinggiEdges(_ e: Edge) throws {
    let instrument = try Fixtures.instrument("4.2")
    let outcome = try ReadinessStatus.classify(
      total: e.total, category: "Tinggi", areas: [], readiness: instrument.readiness)
    #expect(outcome.status.label == e.status)
  }

  struct MaturityCase: Sendable, CustomTestStringConvertible {
    var levels: [String: Int]
    var expected: String
    var testDescription: String {
      ["II", "III", "IV"].compactMap { l in levels[l].map { "s_\(l) = \($0)" } }.joined(separator: ", ")
        + " → \(expected)"
    }
  }

  /// Example 6 — maturity, 4.x TK: `s_II = 43` → II (43 < 43.2, III not evaluated); `s_II = 44, s_III = 8` → II+;
  /// `s_II = 54, s_III = 18, s_IV = 54` → IV; `s_II = 51, s_III = 18, s_IV = 54` → III+ (IV needs full marks on
  /// every II and III question). The unstated level scores are set as high as possible, so a test would fail if
  /// the cascade went on past a failed gate.
  static let maturityCases = [
    MaturityCase(levels: ["II": 43, "III": 18, "IV": 54], expected: "II"),
    MaturityCase(levels: ["II": 44, "III": 8, "IV": 54], expected: "II+"),
    MaturityCase(levels: ["II": 54, "III": 18, "IV": 54], expected: "IV"),
    MaturityCase(levels: ["II": 51, "III": 18, "IV": 54], expected: "III+"),
  ]

  @Test("example 6: 4.x TK maturity cascade, from answers", arguments: maturityCases)
  func example6MaturityFromAnswers(_ c: MaturityCase) throws {
    let instrument = try Fixtures.instrument("4.2")
    let answers = try Fixtures.answers(instrument, area: "TK", levels: c.levels)
    let result = try KAMIScoring.score(answers, instrument: instrument)
    let tk = try #require(result.areas.first)
    for score in tk.levelScores where c.levels[score.level] != nil {
      #expect(score.score == c.levels[score.level], "s_\(score.level)")
    }
    #expect(tk.category3.valid)
    #expect(tk.level.label == c.expected)
  }

  @Test("example 6: 4.x TK maturity cascade, from level scores", arguments: maturityCases)
  func example6MaturityCascade(_ c: MaturityCase) throws {
    let instrument = try Fixtures.instrument("4.2")
    let tk = try #require(instrument.areas.first)
    let maxima = ["II": 54, "III": 18, "IV": 54]
    let full = Set(maxima.filter { c.levels[$0.key] == $0.value }.map(\.key))
    let outcome = MaturityCascade.evaluate(
      stages: tk.maturity, levels: instrument.levels, scores: c.levels.mapValues(Double.init), fullMarkLevels: full,
      category3Valid: true)
    #expect(outcome.level.label == c.expected)
  }
}
