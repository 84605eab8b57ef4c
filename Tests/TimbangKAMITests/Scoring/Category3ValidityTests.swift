import Testing
import TimbangCore
import TimbangKAMI

@Suite("Category-3 validity")
struct Category3ValidityTests {
  /// 4.x TK: category-1 and -2 answers must reach 48 (2·8 + 4·8); at 47 the six category-3 answers (54 points)
  /// are zeroed everywhere and the result says why.
  @Test("4.x: zeroed exactly when the basics fall below 2·n₁ + 4·n₂", arguments: [(47, false), (48, true), (49, true)])
  func thresholdBoundary(_ basics: Int, _ valid: Bool) throws {
    let instrument = try Fixtures.instrument("4.2")
    let tk = try #require(instrument.areas.first)
    var answers = Fixtures.answers(instrument, kse: 20)
    answers.items.merge(Fixtures.lowered(tk.questions.filter { $0.category < 3 }, to: basics)) { $1 }
    let result = try KAMIScoring.score(answers, instrument: instrument)
    let area = try #require(result.areas.first)
    #expect(area.category3.valid == valid)
    #expect(area.category3.basicPoints == basics)
    #expect(area.category3.threshold == 48)
    #expect(area.score == basics + (valid ? 54 : 0))
    #expect(area.category3Zeroed == (valid ? 0 : 54))
    #expect(area.levelScores.first { $0.level == "IV" }?.score == (valid ? 54 : 0))
    #expect(result.total == result.areas.reduce(0) { $0 + $1.score })
    if !valid {
      #expect(area.category3.reasons.map(\.id) == ["nilai kategori 1 dan 2 = 47, di bawah batas 48"])
    } else {
      #expect(area.category3.reasons.isEmpty)
    }
  }

  /// 5.0 adds: no category-1 answer Tidak Dilakukan or Dalam Perencanaan, at most two Diterapkan Sebagian.
  @Test(
    "5.0: category-1 answers",
    arguments: [
      (["2.1": "1"], false, "jawaban kategori 1 \"Tidak Dilakukan/Dalam Perencanaan\" pada 2.1"),
      (["2.3": "0", "2.4": "0"], false, "jawaban kategori 1 \"Tidak Dilakukan/Dalam Perencanaan\" pada 2.3–2.4"),
      (["2.1": "2", "2.2": "2"], true, ""),
      (
        ["2.1": "2", "2.2": "2", "2.5": "2"], false,
        "3 jawaban kategori 1 \"Dalam Penerapan / Diterapkan Sebagian\" (2.1–2.2, 2.5); paling banyak 2"
      ),
    ])
  func category1Rule(_ changes: [String: String], _ valid: Bool, _ reason: String) throws {
    let instrument = try Fixtures.instrument("5.0")
    var answers = Fixtures.answers(instrument, kse: 20)
    answers.items.merge(changes) { $1 }
    let result = try KAMIScoring.score(answers, instrument: instrument)
    let tk = try #require(result.areas.first)
    // The basics stay far above 48, so only the category-1 rule decides.
    #expect(tk.category3.basicPoints >= 64)
    #expect(tk.category3.valid == valid)
    #expect(tk.category3.reasons.map(\.id) == (valid ? [] : [reason]))
    #expect(tk.category3Zeroed == (valid ? 0 : 54))
    // In 5.0 the gate before level III also needs category 3 valid.
    if !valid {
      #expect(tk.level.label == "II")
      #expect(tk.maturity.note?.id == "level III tidak dinilai: jawaban kategori 3 tidak valid")
    }
  }

  @Test("4.x: the same category-1 answers do not invalidate (sum rule only)")
  func v4HasNoCategory1Rule() throws {
    let instrument = try Fixtures.instrument("4.2")
    var answers = Fixtures.answers(instrument, kse: 20)
    answers.items["2.1"] = "0"
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.areas[0].category3.valid)
    #expect(result.areas[0].score == 123)
  }

  @Test("Tidak Berlaku counts as full marks everywhere (score, validity, maturity)")
  func notApplicableIsFullMarks() throws {
    let instrument = try Fixtures.instrument("5.0")
    let full = try KAMIScoring.score(Fixtures.answers(instrument, kse: 20), instrument: instrument)
    var answers = Fixtures.answers(instrument, kse: 20)
    for q in instrument.areaQuestions where q.allowsNotApplicable { answers.items[q.number] = "TB" }
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.total == 918)
    #expect(result.areas.map(\.score) == full.areas.map(\.score))
    #expect(result.areas.map(\.level) == full.areas.map(\.level))
    #expect(result.areas.allSatisfy { $0.category3.valid })
  }

  @Test("PDP has no category-3 questions: reported valid, nothing zeroed")
  func pdpIsValid() throws {
    let instrument = try Fixtures.instrument("5.0")
    let answers = Fixtures.answers(instrument, kse: 20, areas: ["PDP": 0])
    let result = try KAMIScoring.score(answers, instrument: instrument)
    let pdp = try #require(result.areas.last)
    #expect(pdp.code == "PDP")
    #expect(!pdp.hasCategory3)
    #expect(pdp.category3.valid)
    #expect(pdp.category3Zeroed == 0)
  }
}
