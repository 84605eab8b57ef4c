import Testing
import TimbangCore

@testable import TimbangIndex

/// Reading assessments: CSV and JSON, many keys, and located errors for every bad input.
@Suite("Assessment input")
struct AssessmentReaderTests {
  static func csv(_ rows: [String], header: String = "indicator,level") -> [UInt8] {
    Array(([header] + rows).joined(separator: "\n").utf8)
  }

  static func all47(level: Int = 3) -> [String] { (1...47).map { "\($0),\(level)" } }

  @Test("indicator keys: number, I-number and name all read")
  func keys() throws {
    let instrument = try Fixtures.spbe59()
    var rows = Self.all47()
    rows[0] = "I01,4"
    rows[22] = "Penerapan Manajemen Data,5"
    let a = try AssessmentReader.read(Self.csv(rows), fileName: "a.csv", instrument: instrument)
    #expect(a.count == 1)
    let values = try #require(a[0].indicatorValues)
    #expect(values[0] == Rational(4) && values[22] == Rational(5) && values[1] == Rational(3))
  }

  @Test("instansi and year columns give one assessment per key, sorted bytewise")
  func manyKeys() throws {
    let instrument = try Fixtures.spbe59()
    let rows = (1...47).map { "Kab. B,2024,\($0),2" } + (1...47).map { "Kab. A,2024,\($0),3" }
    let a = try AssessmentReader.read(
      Self.csv(rows, header: "instansi,tahun,indikator,nilai"), fileName: "m.csv", instrument: instrument)
    #expect(a.map(\.key.description) == ["Kab. A 2024", "Kab. B 2024"])
  }

  @Test("semicolon files use decimal comma (Pemdi values 1,26)")
  func decimalComma() throws {
    let instrument = try Fixtures.pemdi()
    let rows = (1...20).map { $0 == 3 ? "3;1,26" : "\($0);1" }
    let a = try AssessmentReader.read(
      Self.csv(rows, header: "indicator;value"), fileName: "p.csv", instrument: instrument)
    #expect(a[0].indicatorValues?[2] == Fixtures.r("1.26"))
  }

  @Test("JSON levels and domains")
  func json() throws {
    let instrument = try Fixtures.spbe59()
    let text = #"{"framework": "spbe-permenpanrb-59-2020", "year": 2023, "domains": [4.40, 2.70, 1.18, 4.07]}"#
    let a = try AssessmentReader.read(Array(text.utf8), fileName: "d.json", instrument: instrument)
    #expect(a[0].key.year == 2023)
    #expect(a[0].content == .topTier(["4.40", "2.70", "1.18", "4.07"].map(Fixtures.r)))
    #expect(try AssessmentReader.frameworkHint(Array(text.utf8), fileName: "d.json") == "spbe-permenpanrb-59-2020")
    let levels = #"{"levels": {"1": 3, "I02": 4, "23": 5}}"#
    let b = try AssessmentReader.read(Array(levels.utf8), fileName: "l.json", instrument: instrument)
    #expect(b[0].indicatorValues?[22] == Rational(5))
    #expect(b[0].indicatorValues?[3] == nil)
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    var name: String
    var framework: String
    var text: String
    var location: String
    var message: String
    var testDescription: String { name }
  }

  static let bad: [Bad] = [
    .init(
      name: "level above the range", framework: "59", text: "indicator,level\n1,3\n2,6\n", location: "b.csv:3:level",
      message: "\"6\" is outside 1–5"),
    .init(
      name: "level 0 under 59/2020", framework: "59", text: "indicator,level\n1,0\n", location: "b.csv:2:level",
      message: "outside 1–5"),
    .init(
      name: "fractional SPBE level", framework: "59", text: "indicator,level\n1,3.5\n", location: "b.csv:2:level",
      message: "not a whole level"),
    .init(
      name: "unknown indicator", framework: "59", text: "indicator,level\n48,3\n", location: "b.csv:2:indicator",
      message: "unknown indicator \"48\""),
    .init(
      name: "a domain code where an indicator is expected", framework: "59", text: "indicator,level\nD1,3\n",
      location: "b.csv:2:indicator", message: "not an indicator"),
    .init(
      name: "duplicate row", framework: "59", text: "indicator,level\n5,3\n5,4\n", location: "b.csv:3:indicator",
      message: "appears twice (first on line 2)"),
    .init(
      name: "not a number", framework: "59", text: "indicator,level\n5,tiga\n", location: "b.csv:2:level",
      message: "is not a number"),
    .init(
      name: "Pemdi value below 1", framework: "pemdi", text: "indicator,value\n3.4,0.99\n", location: "b.csv:2:value",
      message: "outside 1–5"),
    .init(
      name: "Pemdi value above 5", framework: "pemdi", text: "indicator,value\n3.4,5.01\n", location: "b.csv:2:value",
      message: "outside 1–5"),
    .init(
      name: "5/2018 names are not keys", framework: "2018", text: "indicator,level\nPengadaan,3\n",
      location: "b.csv:2:indicator", message: "unknown indicator"),
    .init(
      name: "no usable columns", framework: "59", text: "a,b\n1,2\n", location: "b.csv:1", message: "expected columns"),
    .init(
      name: "header only", framework: "59", text: "indicator,level\n", location: "b.csv", message: "no assessment data"),
    .init(
      name: "incomplete domains", framework: "59", text: "domain,index\nD1,4.40\n", location: "b.csv",
      message: "missing domain D2, D3, D4"),
    .init(
      name: "JSON level out of range", framework: "59", text: #"{"levels": {"7": 9}}"#, location: "b.csv: $.levels.7",
      message: "outside 1–5"),
    .init(
      name: "JSON framework differs", framework: "59",
      text: #"{"framework": "pemdi-permenpanrb-8-2026", "levels": {}}"#, location: "b.csv: $.framework",
      message: "differs"),
  ]

  @Test("bad input is a located error (exit 65)", arguments: bad)
  func badInput(_ c: Bad) throws {
    let instrument =
      c.framework == "59"
      ? try Fixtures.spbe59() : c.framework == "2018" ? try Fixtures.spbe2018() : try Fixtures.pemdi()
    do {
      _ = try AssessmentReader.read(Array(c.text.utf8), fileName: "b.csv", instrument: instrument)
      Issue.record("expected an error")
    } catch let error as TimbangError {
      guard case .badInput(let location, let message) = error else {
        Issue.record("expected badInput, got \(error)")
        return
      }
      #expect(location.description == c.location)
      #expect(message.en.contains(c.message), "\(message.en)")
      #expect(error.exitCode == 65)
    }
  }

  @Test("a missing indicator is never renormalised away: listed, or filled at the minimum with --missing-as-minimum")
  func missingIndicators() throws {
    let instrument = try Fixtures.spbe59()
    let rows = Self.all47(level: 4).filter { !$0.hasPrefix("3,") && !$0.hasPrefix("17,") }
    let a = try AssessmentReader.read(Self.csv(rows), fileName: "m.csv", instrument: instrument)[0]
    do {
      _ = try IndexScorer.score(a, instrument, ScoringPolicy())
      Issue.record("expected an error")
    } catch TimbangError.badInput(let location, let message) {
      #expect(location.file == "m.csv")
      #expect(message.en.contains("missing indicators 3, 17 (2 of 47)"))
      #expect(message.en.contains("--missing-as-minimum"))
      #expect(message.id.contains("indikator 3, 17 (2 dari 47) tidak ada"))
    }
    let filled = try IndexScorer.score(a, instrument, ScoringPolicy(missingAsMinimum: true))
    #expect(filled.warnings.count == 2)
    // 45 indicators at 4 and two at 1 (weights 1.30 and 2.50): 4 − 3 × 3.80 / 100.
    #expect(filled.index == Rational(4) - Fixtures.r("0.114"))
  }

  @Test("values as fractions (an assessor's 7/6) are exact; other fractions and too many decimals are refused")
  func fractions() {
    #expect(ValueParsing.number("7/6", decimalComma: false) == Rational(7, 6))
    #expect(ValueParsing.number("7/13", decimalComma: false) == nil)
    #expect(ValueParsing.number("1.1234567", decimalComma: false) == nil)
    #expect(ValueParsing.number("1.123456", decimalComma: false) == Fixtures.r("1.123456"))
  }
}
