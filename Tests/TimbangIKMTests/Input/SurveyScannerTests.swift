import Testing
import TimbangCore

@testable import TimbangIKM

@Suite("Survey scanning")
struct SurveyScannerTests {
  let header = "unit,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"

  @Test(
    "answer spellings",
    arguments: [
      ("4", 4), ("d", 4), ("D", 4), ("Sangat Puas", 4), ("sangat baik", 4), ("Sangat sesuai", 4), ("Tidak Puas", 1),
      ("a", 1), ("Kurang", 2), ("Kurang Puas", 2), ("Baik", 3), ("Puas", 3), ("Sesuai", 3), (" 3 ", 3), ("3.0", 3),
    ])
  func spellings(answer: String, score: Int) throws {
    let instrument = try Fixtures.instrument()
    let decoder = AnswerDecoder(instrument: instrument)
    #expect(decoder.decode(ArraySlice(answer.utf8), element: 0) == .score(score))
  }

  @Test("element labels score per element: U4 Gratis is 4, U8 Tidak ada is 1")
  func elementLabels() throws {
    let decoder = AnswerDecoder(instrument: try Fixtures.instrument())
    #expect(decoder.decode(ArraySlice("Gratis".utf8), element: 3) == .score(4))
    #expect(decoder.decode(ArraySlice("Tidak ada".utf8), element: 7) == .score(1))
    #expect(decoder.decode(ArraySlice("Gratis".utf8), element: 0) == .invalid)
    #expect(decoder.decode(ArraySlice("5".utf8), element: 0) == .invalid)
    #expect(decoder.decode(ArraySlice("".utf8), element: 0) == .blank)
  }

  @Test("an answer outside 1–4 stops with file:line:column")
  func outOfRange() throws {
    let scanner = SurveyScanner(instrument: try Fixtures.instrument())
    let csv = header + "A,3,3,3,3,3,3,3,3,3\nA,3,3,5,3,3,3,3,3,3\n"
    #expect(
      throws: TimbangError.badInput(
        SourceLocation(file: "r.csv", line: 3, column: "U3"),
        Localized(id: "jawaban \"5\" di luar rentang 1–4", en: "answer \"5\" is outside 1–4"))
    ) {
      try scanner.scan(text: csv, fileName: "r.csv")
    }
  }

  @Test("--invalid missing counts invalid cells apart and lists them")
  func invalidAsMissing() throws {
    let instrument = try Fixtures.instrument()
    let scanner = SurveyScanner(instrument: instrument, invalid: .missing)
    let scan = try scanner.scan(text: header + "A,3,3,5,3,3,3,3,3,3\nA,4,4,4,4,4,4,4,4,4\n", fileName: "r.csv")
    let u3 = try #require(scan.tally.groups[[]]).elements[2]
    #expect(u3.counts == [0, 0, 0, 1] && u3.invalid == 1)
    #expect(scan.invalidCells.map(\.description) == ["r.csv:2:U3: \"5\" is not a valid answer (counted as missing)"])
  }

  @Test("blank answers lower only their element's denominator; all-blank rows are skipped")
  func blanks() throws {
    let instrument = try Fixtures.instrument()
    let scan = try SurveyScanner(instrument: instrument).scan(text: header + "A,4,,4,4,4,4,4,4,4\nA,2,2,2,2,2,2,2,2,2\nA,,,,,,,,,\n")
    let group = try #require(scan.tally.groups[[]])
    #expect(group.respondents == 2)
    #expect(group.elements[1].answered == 1 && group.elements[1].missing == 1)
    let result = SKMScoring.score(scan.tally, instrument: instrument, weighting: try .make(.exact, for: instrument))
    #expect(result.total.elements[1].nrr == 2)
    #expect(result.total.elements[0].nrr == 3)
  }

  @Test("--missing listwise drops respondents with any blank")
  func listwise() throws {
    let instrument = try Fixtures.instrument()
    let scan = try SurveyScanner(instrument: instrument, missing: .listwise)
      .scan(text: header + "A,4,,4,4,4,4,4,4,4\nA,2,2,2,2,2,2,2,2,2\n")
    #expect(scan.tally.groups[[]]?.respondents == 1)
    #expect(scan.tally.listwiseDropped == 1)
  }

  @Test(
    "repeated header and column-number rows are invalid rows",
    arguments: [("unit,U1,U2,U3,U4,U5,U6,U7,U8,U9", "repeats the header"), ("1,2,3,4,5,6,7,8,9,10", "column numbers")])
  func invalidRows(row: String, reason: String) throws {
    let scanner = SurveyScanner(instrument: try Fixtures.instrument())
    #expect {
      try scanner.scan(text: header + "A,3,3,3,3,3,3,3,3,3\n" + row + "\n", fileName: "r.csv")
    } throws: { "\($0)".contains("r.csv:3:") && "\($0)".contains(reason) }
    let lenient = SurveyScanner(instrument: try Fixtures.instrument(), invalid: .missing)
    let scan = try lenient.scan(text: header + "A,3,3,3,3,3,3,3,3,3\n" + row + "\n", fileName: "r.csv")
    #expect(scan.tally.groups[["A"]] == nil && scan.tally.groups[[]]?.respondents == 1 && scan.skippedRows.count == 1)
  }

  @Test("--by groups rows; an unknown --by column is an error")
  func grouping() throws {
    let instrument = try Fixtures.instrument()
    let scan = try SurveyScanner(instrument: instrument, by: ["unit"])
      .scan(text: header + "B,3,3,3,3,3,3,3,3,3\nA,4,4,4,4,4,4,4,4,4\nB,1,1,1,1,1,1,1,1,1\n")
    #expect(scan.tally.sortedGroups.map(\.key) == [["A"], ["B"]])
    #expect(scan.tally.groups[["B"]]?.respondents == 2)
    #expect(throws: TimbangError.self) {
      try SurveyScanner(instrument: instrument, by: ["periode"]).scan(text: header + "B,3,3,3,3,3,3,3,3,3\n")
    }
  }

  @Test("the ;-separated Indonesian Excel variant scores exactly like the comma file")
  func excelVariant() throws {
    let instrument = try Fixtures.instrument()
    let scanner = SurveyScanner(instrument: instrument, by: ["unit"])
    let comma = try scanner.scan(path: Fixtures.dataset("skm-synthetic-units.csv"))
    let excel = try scanner.scan(path: Fixtures.dataset("skm-synthetic-units-excel-id.csv"))
    #expect(comma.tally == excel.tally)
    #expect(comma.tally.groups.count == 3)
    #expect(comma.binding.elementColumns[7] == 16 && comma.binding.elementColumns[8] == 15)
  }
}
