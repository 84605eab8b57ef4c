import Testing
import TimbangCore
import TimbangSAKIP

/// The worked examples of `shared/spec/sakip.md` §1 ("Worked examples" 1–4 and the rescaling example).
@Suite("SAKIP evaluation: worked examples")
struct EvaluationWorkedExampleTests {
  struct ComponentCase: CustomTestStringConvertible, Sendable {
    var name: String
    var instrument: String
    var scores: [String]
    var total: Double
    var predicate: String
    var testDescription: String { name }
  }

  @Test(
    "published component scores give the printed total and predicate",
    arguments: [
      ComponentCase(
        name: "1. Kab. Belitung 2022, Inspektorat: 21.60 + 22.50 + 10.05 + 18.00 = 72.15 BB",
        instrument: "sakip-permenpanrb-88-2021", scores: ["21.60", "22.50", "10.05", "18.00"], total: 72.15,
        predicate: "BB"),
      ComponentCase(
        name: "1. Kab. Belitung 2022, self-assessment: 24.00 + 23.10 + 12.00 + 20.00 = 79.10 BB",
        instrument: "sakip-permenpanrb-88-2021", scores: ["24.00", "23.10", "12.00", "20.00"], total: 79.10,
        predicate: "BB"),
      ComponentCase(
        name: "2. Kab. Banjarnegara 2022: 20.70 + 20.10 + 11.10 + 17.50 = 69.40 B",
        instrument: "sakip-permenpanrb-88-2021", scores: ["20.70", "20.10", "11.10", "17.50"], total: 69.40,
        predicate: "B"),
      ComponentCase(
        name: "3. Prov. Kaltim 2019 (12/2015): 20.14 + 10.94 + 10.87 + 2.21 + 11.00 = 55.16 CC (printed 55.15)",
        instrument: "sakip-permenpanrb-12-2015", scores: ["20.14", "10.94", "10.87", "2.21", "11.00"], total: 55.16,
        predicate: "CC"),
      ComponentCase(
        name: "3. Prov. Kaltim 2018 (12/2015): 20.38 + 11.88 + 10.07 + 5.12 + 9.38 = 56.83 CC",
        instrument: "sakip-permenpanrb-12-2015", scores: ["20.38", "11.88", "10.07", "5.12", "9.38"], total: 56.83,
        predicate: "CC"),
    ])
  func componentScores(_ c: ComponentCase) throws {
    let pairs = c.scores.enumerated().map { ("\($0.offset + 1)", $0.element) }
    let result = try Fixtures.score(pairs, instrument: Fixtures.sakip(c.instrument))
    #expect(result.total.rounded(places: 2) == c.total)
    #expect(result.predicate.code == c.predicate)
    #expect(!result.rescaled && result.warnings.isEmpty)
    #expect(result.components.map { $0.score?.rounded(places: 2) } == c.scores.map { Double($0) })
  }

  @Test("3. Kaltim 2019: the components sum to 55.16, not the printed 55.15")
  func kaltimPrinted() throws {
    let result = try Fixtures.score(
      [("1", "20.14"), ("2", "10.94"), ("3", "10.87"), ("4", "2.21"), ("5", "11.00")], instrument: Fixtures.lke12())
    #expect(result.total.rounded(places: 2) != 55.15)
    #expect(NumberFormat.id.string(result.total, places: 2) == "55,16")
  }

  struct GradeCase: CustomTestStringConvertible, Sendable {
    var name: String
    var grades: [String]
    var components: [Double]
    var total: Double
    var predicate: String
    var testDescription: String { name }
  }

  @Test(
    "each published component is reachable with sub-component grades",
    arguments: [
      GradeCase(
        name: "1. Kab. Belitung 2022: BB/B/B 21.60, BB/BB/B 22.50, B/CC/B 10.05, BB/B/B 18.00 → 72.15 BB",
        grades: ["BB", "B", "B", "BB", "BB", "B", "B", "CC", "B", "BB", "B", "B"],
        components: [21.60, 22.50, 10.05, 18.00],
        total: 72.15, predicate: "BB"),
      GradeCase(
        name: "1. Kab. Belitung 2022 self-assessment: 24.00, A/BB/B 23.10, 12.00, 20.00 → 79.10 BB",
        grades: ["BB", "BB", "BB", "A", "BB", "B", "BB", "BB", "BB", "BB", "BB", "BB"],
        components: [24.00, 23.10, 12.00, 20.00], total: 79.10, predicate: "BB"),
      GradeCase(
        name: "2. Kab. Banjarnegara 2022: BB/CC/B 20.70, B/CC/B 20.10, A/B/B 11.10, B/B/B 17.50 → 69.40 B",
        grades: ["BB", "CC", "B", "B", "CC", "B", "A", "B", "B", "B", "B", "B"],
        components: [20.70, 20.10, 11.10, 17.50],
        total: 69.40, predicate: "B"),
    ])
  func grades(_ c: GradeCase) throws {
    let codes = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"]
    let result = try Fixtures.score(Array(zip(codes, c.grades)))
    #expect(result.components.map { $0.score?.rounded(places: 2) } == c.components)
    #expect(result.total.rounded(places: 2) == c.total)
    #expect(result.predicate.code == c.predicate)
    #expect(result.components.flatMap(\.subcomponents).map(\.grade) == c.grades)
  }

  @Test("1. Belitung Perencanaan 21.60 = BB/B/B = 4.8 + 6.3 + 10.5; Pelaporan 10.05 = B/CC/B = 2.1 + 2.7 + 5.25")
  func subcomponentScores() throws {
    let result = try Fixtures.score([
      ("1.1", "BB"), ("1.2", "B"), ("1.3", "B"), ("2", "22.50"), ("3.1", "B"), ("3.2", "CC"), ("3.3", "B"),
      ("4", "18.00"),
    ])
    #expect(result.components[0].subcomponents.map { $0.score?.rounded(places: 2) } == [4.8, 6.3, 10.5])
    #expect(result.components[2].subcomponents.map { $0.score?.rounded(places: 2) } == [2.1, 2.7, 5.25])
    #expect(result.total.rounded(places: 2) == 72.15)
  }

  @Test("4. criterion values: 1.1 with 6 Y and 1 T → 6 × 6/7 = 5.142857 (5.14, never 5.16)")
  func criterionValues() throws {
    let result = try Fixtures.score(
      Fixtures.answers("1.1", "YYYTYYY") + [("1.2", "B"), ("1.3", "B")] + Fixtures.otherComponents)
    let sub = try #require(result.components[0].subcomponents.first)
    let score = try #require(sub.score)
    #expect(abs(score - 36.0 / 7.0) < 1e-12)
    #expect(NumberFormat.en.string(score, places: 6) == "5.142857")
    #expect(score.rounded(places: 2) == 5.14)
    // Rounding each criterion first (6/7 = 0.857… → 0.86, six of them = 5.16) is the error the spec warns about.
    #expect(score.rounded(places: 2) != 5.16)
    #expect(sub.source == .criteria && sub.criteria?.answered == 7 && sub.criteria?.count == 7)
  }

  @Test("rescaling: 12/2015 with Evaluasi Internal not assessed: 71.30 / 90 × 100 = 79.22 (a report printed 79.23)")
  func rescaling() throws {
    let result = try Fixtures.score(
      [("1", "23.50"), ("2", "18.28"), ("3", "11.02"), ("4", "-"), ("5", "18.50")], instrument: Fixtures.lke12())
    #expect(result.rescaled)
    #expect(result.assessedWeight == 90)
    #expect(result.assessedSum.rounded(places: 2) == 71.30)
    #expect(result.total.rounded(places: 2) == 79.22)
    #expect(result.total.rounded(places: 2) != 79.23)
    #expect(result.predicate.code == "BB")
    #expect(result.components[3].score == nil && !result.components[3].assessed)
    #expect(result.warnings.count == 1 && result.warnings[0].contains("79,22"))
  }
}
