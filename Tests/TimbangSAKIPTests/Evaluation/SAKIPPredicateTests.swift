import Testing
import TimbangCore
import TimbangSAKIP

@Suite("SAKIP predicate boundaries")
struct SAKIPPredicateTests {
  @Test(
    "lower bounds are exclusive, upper inclusive, D includes 0 (decided on the total rounded to 2 dp)",
    arguments: [
      (90.00, "A"), (90.01, "AA"), (80.00, "BB"), (80.01, "A"), (70.00, "B"), (70.01, "BB"), (60.00, "CC"),
      (60.01, "B"), (50.00, "C"), (50.01, "CC"), (30.00, "D"), (30.01, "C"), (0, "D"), (100, "AA"),
      (89.994, "A"), (90.004, "A"), (90.005, "AA"), (30.004, "D"), (30.005, "C"),
    ] as [(Double, String)])
  func boundaries(total: Double, predicate: String) throws {
    for lke in [try Fixtures.lke88(), try Fixtures.lke12()] {
      #expect(try SAKIPPredicate.classify(total, instrument: lke).code == predicate)
    }
  }

  @Test("labels follow --lang; JSON keeps the Indonesian label")
  func labels() throws {
    let band = try SAKIPPredicate.classify(72.15, instrument: Fixtures.lke88())
    #expect(band.label == "Sangat Baik" && band.label(.en) == "Very good")
  }

  @Test("a total outside 0–100 is an input error, never a predicate", arguments: [-0.01, 100.01, 101, 150, -5])
  func outside(total: Double) throws {
    let error = inputError { _ = try SAKIPPredicate.classify(total, instrument: Fixtures.lke88()) }
    #expect(error?.message.id.contains("di luar rentang 0–100") == true)
    #expect(error?.message.en.contains("is outside 0–100") == true)
  }

  @Test(
    "a worksheet whose components sum exactly to a boundary gets the lower predicate",
    arguments: [
      (["27", "27", "13.5", "22.5"], 90.0, "A"), (["24", "24", "12", "20"], 80.0, "BB"),
      (["21", "21", "10.5", "17.5"], 70.0, "B"), (["18", "18", "9", "15"], 60.0, "CC"),
      (["15", "15", "7.5", "12.5"], 50.0, "C"), (["9", "9", "4.5", "7.5"], 30.0, "D"),
      (["0", "0", "0", "0"], 0.0, "D"),
      (["30", "30", "15", "25"], 100.0, "AA"),
    ] as [([String], Double, String)])
  func worksheetBoundaries(scores: [String], total: Double, predicate: String) throws {
    let result = try Fixtures.score(scores.enumerated().map { ("\($0.offset + 1)", $0.element) })
    #expect(result.total == total)
    #expect(result.predicate.code == predicate)
  }
}
