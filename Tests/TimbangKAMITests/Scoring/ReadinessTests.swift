import Testing
import TimbangCore
import TimbangKAMI

@Suite("Readiness status and area minimums")
struct ReadinessTests {
  /// An area below its minimum forces Tidak Layak whatever the total, and the result names the area.
  @Test("area minimum overrides the total and names the area")
  func areaMinimum() throws {
    let instrument = try Fixtures.instrument("4.2")
    let answers = Fixtures.answers(instrument, kse: 14, areas: ["PR": 19])
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.total == 645 - 72 + 19)
    #expect(result.readiness.totalBand.label == "Baik")
    #expect(result.status.label == "Tidak Layak")
    #expect(result.readiness.areasBelowMinimum == ["PR"])
    #expect(
      result.readiness.reason.id
        == "Skor area Pengelolaan Risiko (PR) 19 di bawah batas minimum 20: status Tidak Layak berapa pun totalnya")
    #expect(result.readiness.reason.en.contains("Risk management (PR) scored 19, below its minimum 20"))
  }

  @Test("at the minimum the total decides")
  func atMinimum() throws {
    let instrument = try Fixtures.instrument("4.2")
    let result = try KAMIScoring.score(Fixtures.answers(instrument, kse: 14, areas: ["PR": 20]), instrument: instrument)
    #expect(result.status.label == "Baik")
    #expect(result.readiness.areasBelowMinimum.isEmpty)
    #expect(result.readiness.reason.id == "Total 593 berada pada rentang Baik (536–645) untuk kategori SE Rendah")
  }

  @Test("several areas below their minimum are all named; PDP has none")
  func severalBelow() throws {
    let instrument = try Fixtures.instrument("5.0")
    let answers = Fixtures.answers(instrument, kse: 40, areas: ["TK": 10, "PA": 26, "PDP": 0])
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.readiness.areasBelowMinimum == ["TK", "PA"])
    #expect(result.status.label == "Tidak Layak")
  }

  @Test(
    "KSE bands: Rendah 10–15, Tinggi 16–34, Strategis 35–50",
    arguments: [
      (10, "Rendah"), (15, "Rendah"), (16, "Tinggi"), (34, "Tinggi"), (35, "Strategis"), (50, "Strategis"),
    ])
  func kseBands(_ score: Int, _ label: String) throws {
    let instrument = try Fixtures.instrument("5.0")
    let answers = Fixtures.answers(instrument, kse: score)
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.kse.score == score)
    #expect(result.kse.category.label == label)
  }

  @Test("several systems: the highest KSE score is the baseline (first on a tie)")
  func baseline() throws {
    let instrument = try Fixtures.instrument("5.0")
    let results = try [20, 35, 35, 12].map { kse in
      try KAMIScoring.score(Fixtures.answers(instrument, kse: kse), instrument: instrument, file: "s\(kse).csv")
    }
    let assessment = KAMIAssessment(systems: results)
    #expect(assessment.baselineIndex == 1)
    #expect(assessment.baseline.kse.score == 35)
  }

  @Test("maturity range is lowest s/d highest, never an average")
  func maturityRange() throws {
    let instrument = try Fixtures.instrument("4.2")
    let result = try KAMIScoring.score(Fixtures.answers(instrument, kse: 20, areas: ["TK": 20]), instrument: instrument)
    #expect(result.areas.map(\.level.label) == ["I+", "V", "V", "III", "IV"])
    #expect(result.maturityRange(.id) == "I+ s/d V")
    #expect(result.maturityRange(.en) == "I+ to V")
    #expect(result.areas.map(\.level.value) == [1.5, 5, 5, 3, 4])
  }
}
