import Foundation
import Testing
import TimbangCore
import TimbangKAMI

@Suite("Indeks KAMI instruments")
struct KAMIInstrumentTests {
  struct Structure: Sendable, CustomTestStringConvertible {
    var version: String
    var areas: [String]
    var counts: [Int]
    var maxima: [Int]
    var total: Int
    var minimums: [Double?]
    var validityThresholds: [Int]
    var testDescription: String { version }
  }

  static let structures = [
    Structure(
      version: "4.2", areas: ["TK", "PR", "KK", "PA", "TG"], counts: [22, 16, 29, 38, 26],
      maxima: [126, 72, 159, 168, 120], total: 645, minimums: [16, 20, 24, 24, 14],
      validityThresholds: [48, 36, 64, 88, 68]),
    Structure(
      version: "5.0", areas: ["TK", "PR", "KK", "PA", "TG", "PDP"], counts: [22, 16, 33, 53, 35, 16],
      maxima: [126, 72, 192, 258, 186, 84], total: 918, minimums: [16, 20, 24, 27, 14, nil],
      validityThresholds: [48, 36, 68, 130, 88, 56]),
  ]

  /// The tags in each instrument reproduce the published area maxima exactly (126/72/159/168/120 = 645;
  /// 126/72/192/258/186/84 = 918): full marks are recomputed here from category × 3, not read from the file.
  @Test("question tags reproduce the area maxima", arguments: structures)
  func tagsReproduceMaxima(_ s: Structure) throws {
    let instrument = try Fixtures.instrument(s.version)
    #expect(instrument.areas.map(\.code) == s.areas)
    #expect(instrument.areas.map(\.questions.count) == s.counts)
    let fromTags = instrument.areas.map { $0.questions.reduce(0) { $0 + 3 * $1.category } }
    #expect(fromTags == s.maxima)
    #expect(fromTags.reduce(0, +) == s.total)
    #expect(instrument.areas.map(\.max) == s.maxima)
    #expect(instrument.max == s.total)
    #expect(instrument.areas.map(\.minimum) == s.minimums)
    // Category-3 validity thresholds 2·n₁ + 4·n₂ (kami.md lists the 4.x ones: TK 48, PR 36, KK 64, PA 88, TG 68).
    #expect(instrument.areas.map { instrument.category3Validity.threshold(for: $0) } == s.validityThresholds)
    // Numbered 2.1…, 3.1…, consecutively.
    for (i, area) in instrument.areas.enumerated() {
      #expect(area.questions.map(\.number) == (1...area.questions.count).map { "\(i + 2).\($0)" })
    }
  }

  @Test("answer points: categories 1/2/3 score 0–3, 0–6, 0–9; Tidak Berlaku only in 5.0, as full marks")
  func answerPoints() throws {
    let v4 = try Fixtures.instrument("4.2")
    let v5 = try Fixtures.instrument("5.0")
    for instrument in [v4, v5] {
      #expect(instrument.answers.prefix(4).map { $0.points(category: 1) } == [0, 1, 2, 3])
      #expect(instrument.answers.prefix(4).map { $0.points(category: 2) } == [0, 2, 4, 6])
      #expect(instrument.answers.prefix(4).map { $0.points(category: 3) } == [0, 3, 6, 9])
      #expect(instrument.kse.answers.map(\.points) == [5, 2, 1])
      #expect(instrument.kse.questions.map(\.number) == (1...10).map { "1.\($0)" })
    }
    #expect(!v4.answers.contains { $0.isNotApplicable })
    let tb = try #require(v5.answer(code: "TB"))
    #expect(tb.isNotApplicable && [1, 2, 3].map(tb.points(category:)) == [3, 6, 9])
    let allowed = v5.areaQuestions.filter(\.allowsNotApplicable).map(\.number)
    #expect(allowed == (31...41).map { "5.\($0)" } + (26...32).map { "6.\($0)" })
    #expect(v4.areaQuestions.filter(\.allowsNotApplicable).isEmpty)
  }

  @Test("supplements: 4.x Pihak Ketiga 81, cloud 30, PDP 48; 5.0 Pihak Ketiga only")
  func supplements() throws {
    let v4 = try Fixtures.instrument("4.2")
    let v5 = try Fixtures.instrument("5.0")
    #expect(v4.supplements.map(\.questions.count) == [27, 10, 16])
    #expect(v4.supplements.map(\.max) == [81, 30, 48])
    #expect(v5.supplements.map(\.questions.count) == [27])
    #expect(v5.supplements.map(\.max) == [81])
  }

  @Test("maturity thresholds are data, as in kami.md")
  func thresholds() throws {
    let v4 = try Fixtures.instrument("4.2")
    let tk = try #require(v4.areas.first)
    #expect(tk.maturity.map(\.level) == ["II", "III", "IV"])
    #expect(tk.maturity.map(\.minimum) == [12, 8, 24])
    #expect(tk.maturity.map(\.pass) == [36, 14, 54])
    #expect(tk.maturity.map(\.gate) == [nil, 43.2, 16])
    #expect(tk.maturity[2].passRequiresFullMarks == ["II", "III"])
    let v5 = try Fixtures.instrument("5.0")
    let pa = try #require(v5.areas.first { $0.code == "PA" })
    #expect(pa.maturity.map(\.pass) == [88, 118])
    #expect(pa.maturity[1].gate == 88.8)
    #expect(pa.maturity[1].gateRequiresCategory3Validity == true)
    #expect(v4.areas.allSatisfy { $0.maturity.allSatisfy { $0.gateRequiresCategory3Validity != true } })
  }

  /// Broken copies of the 4.2 file, each rejected with the JSON path of the problem.
  static let mutations: [(String, @Sendable (inout KAMIInstrument) -> Void, String)] = [
    ("area max", { $0.areas[0].max = 125 }, "$.areas[0].max"),
    ("total max", { $0.max = 644 }, "$.max"),
    ("tag changes the maximum", { $0.areas[1].questions[0].category = 2 }, "$.areas[1].max"),
    ("duplicate number", { $0.areas[0].questions[1].number = "2.1" }, "$.areas[0].questions[1].number"),
    ("unknown level", { $0.areas[0].questions[0].level = "VI" }, "$.areas[0].questions[0].level"),
    ("unreachable pass", { $0.areas[0].maturity[0].pass = 55 }, "$.areas[0].maturity[0].pass"),
    ("stage order", { $0.areas[0].maturity.swapAt(1, 2) }, "$.areas[0].maturity[1].level"),
    ("missing gate", { $0.areas[0].maturity[1].gate = nil }, "$.areas[0].maturity[1]"),
    ("no V stage for a V question", { $0.areas[1].maturity.removeLast() }, "$.areas[1].questions[14].level"),
    ("readiness gap", { $0.readiness.byCategory[1].bands.bands[1].lower = 274 }, "$.readiness.byCategory[1].bands"),
    ("missing readiness table", { $0.readiness.byCategory.removeLast() }, "$.readiness.byCategory"),
    ("KSE band gap", { $0.kse.bands.bands[0].upper = 15 }, "$.kse.bands"),
    (
      "Tidak Berlaku without an answer for it", { $0.areas[0].questions[0].notApplicable = true },
      "$.areas[0].questions[0].notApplicable"
    ),
    (
      "unknown forbidden answer",
      {
        $0.category3Validity.category1 = .init(forbiddenAnswers: ["X"], limitedAnswer: nil, maxLimited: nil)
      }, "$.category3Validity.category1.forbiddenAnswers[0]"
    ),
    ("supplement max", { $0.supplements[0].max = 80 }, "$.supplements[0].max"),
    ("ambiguous label", { $0.answers[1].aliases = ["Tidak Dilakukan"] }, "$.answers[1]"),
  ]

  @Test("validation names the JSON path of the first problem", arguments: mutations.indices)
  func validation(_ index: Int) throws {
    let (name, mutate, path) = Self.mutations[index]
    var instrument = try Fixtures.instrument("4.2")
    mutate(&instrument)
    #expect(throws: (any Error).self, "\(name)") { try instrument.validate(file: "x.json") }
    do {
      try instrument.validate(file: "x.json")
    } catch let error as TimbangError {
      guard case .badInstrument(let location, _) = error else {
        Issue.record("\(name): \(error)")
        return
      }
      #expect(location.jsonPath == path, "\(name): \(error)")
    }
  }

  @Test("a file that is not JSON of the right shape names the path")
  func decodeErrors() throws {
    let bytes = Array(
      #"{"schemaVersion": 1, "id": "x", "kind": "kami", "title": "t", "source": "s", "version": "1", "provenance": "p", "max": "many"}"#
        .utf8)
    #expect(throws: TimbangError.self) { try KAMIInstrument.decode(bytes, file: "x.json") }
  }
}
