import Testing
import TimbangCore
import TimbangSAKIP

@Suite("SAKIP evaluation: inputs, methods and errors")
struct EvaluationInputTests {
  // MARK: Grade method

  struct ShareCase: CustomTestStringConvertible, Sendable {
    var sub: String
    var answers: String
    var flags: [(String, String)]
    var grade: String
    var testDescription: String {
      "\(sub) \(answers) \(flags.map { "\($0.0)=\($0.1)" }.joined(separator: " ")) → \(grade)"
    }
  }

  @Test(
    "grade method: p = 100 → BB (A/AA with the flags); 75 < p < 100 → B; 50 < p ≤ 75 → CC; 25 < p ≤ 50 → C; 0 < p ≤ 25 → D; 0 → E",
    arguments: [
      ShareCase(sub: "1.1", answers: "YYYYYYY", flags: [], grade: "BB"),
      ShareCase(sub: "1.1", answers: "YYYYYYY", flags: [("maintained1y", "Y")], grade: "A"),
      ShareCase(sub: "1.1", answers: "YYYYYYY", flags: [("maintained5y", "Y")], grade: "AA"),
      ShareCase(sub: "1.1", answers: "YYYYYYY", flags: [("maintained1y", "Y"), ("maintained5y", "Y")], grade: "AA"),
      ShareCase(sub: "1.1", answers: "YYYYYYY", flags: [("maintained1y", "T")], grade: "BB"),
      ShareCase(sub: "1.1", answers: "YYYYYYT", flags: [], grade: "B"),
      ShareCase(sub: "1.1", answers: "YYYYYTT", flags: [], grade: "CC"),
      ShareCase(sub: "1.1", answers: "YYYTTTT", flags: [], grade: "C"),
      ShareCase(sub: "1.1", answers: "YTTTTTT", flags: [], grade: "D"),
      ShareCase(sub: "1.1", answers: "TTTTTTT", flags: [], grade: "E"),
      ShareCase(sub: "1.3", answers: "YYYYYYTT", flags: [], grade: "CC"),  // p = 75 exactly
      ShareCase(sub: "1.3", answers: "YYYYTTTT", flags: [], grade: "C"),  // p = 50 exactly
      ShareCase(sub: "1.3", answers: "YYTTTTTT", flags: [], grade: "D"),  // p = 25 exactly
      ShareCase(sub: "1.2", answers: "YYYYYYYYYY", flags: [("appreciated", "Y")], grade: "A"),
      ShareCase(sub: "1.2", answers: "YYYYYYYYYY", flags: [("nationalModel", "Ya")], grade: "AA"),
    ])
  func gradeMethod(_ c: ShareCase) throws {
    let others = ["1.1", "1.2", "1.3"].filter { $0 != c.sub }.map { ($0, "B") }
    let flags = c.flags.map { ("\(c.sub).\($0.0)", $0.1) }
    let result = try Fixtures.score(
      Fixtures.answers(c.sub, c.answers) + flags + others + Fixtures.otherComponents,
      policy: EvaluationPolicy(method: .grade))
    let sub = try #require(result.components[0].subcomponents.first { $0.code == c.sub })
    #expect(sub.grade == c.grade)
    let percent = try Fixtures.lke88().grade(c.grade)?.percent ?? -1
    #expect(sub.score == sub.weight * percent / 100)
  }

  @Test("grade method ignores flags (with a warning) unless every criterion is met")
  func flagsIgnored() throws {
    let result = try Fixtures.score(
      Fixtures.answers("1.1", "YYYYYYT") + [("1.1.maintained5y", "Y"), ("1.2", "B"), ("1.3", "B")]
        + Fixtures.otherComponents, policy: EvaluationPolicy(method: .grade))
    #expect(result.components[0].subcomponents[0].grade == "B")
    #expect(result.warnings.count == 1 && result.warnings[0].contains("1.1.maintained5y"))
  }

  @Test("grade method needs Y/T answers: A–E is a located error")
  func gradeMethodLetters() throws {
    let error = inputError {
      _ = try Fixtures.score(
        Fixtures.answers("1.1", "YYYBYYY") + [("1.2", "B"), ("1.3", "B")] + Fixtures.otherComponents,
        policy: EvaluationPolicy(method: .grade, language: .en))
    }
    #expect(error?.location.line == 5)
    #expect(error?.message.en.contains("--method value") == true)
  }

  @Test("value method: A–E answers are 1, 0.75, 0.5, 0.25, 0")
  func letterValues() throws {
    let result = try Fixtures.score(
      Fixtures.answers("2.1", "ABC") + [("2.2", "B"), ("2.3", "B"), ("1", "20"), ("3", "10"), ("4", "15")])
    #expect(result.components[1].subcomponents[0].score == 6 * 2.25 / 3)
    let e = try Fixtures.score(
      Fixtures.answers("2.1", "DEY") + [("2.2", "B"), ("2.3", "B"), ("1", "20"), ("3", "10"), ("4", "15")])
    #expect(e.components[1].subcomponents[0].score == 6 * 1.25 / 3)
  }

  // MARK: Errors

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    var name: String
    var pairs: [(String, String)]
    var line: Int?
    var fragment: String
    var testDescription: String { name }
  }

  @Test(
    "bad worksheets are located errors (exit 65), never a silent number",
    arguments: [
      ErrorCase(
        name: "component score above its weight",
        pairs: [("1", "21.60"), ("2", "22.50"), ("3", "10.05"), ("4", "27.50")],
        line: 5, fragment: "above the weight 25"),
      ErrorCase(name: "negative score", pairs: [("1", "-1")], line: 2, fragment: "negative"),
      ErrorCase(name: "sub-component score above its weight", pairs: [("1.1", "6.5")], line: 2, fragment: "weight 6"),
      ErrorCase(name: "unknown component", pairs: [("1", "20"), ("9", "10")], line: 3, fragment: "unknown code 9"),
      ErrorCase(name: "unknown sub-component", pairs: [("1.4", "B")], line: 2, fragment: "unknown code 1.4"),
      ErrorCase(name: "criterion beyond the list", pairs: [("1.1.8", "Y")], line: 2, fragment: "unknown code 1.1.8"),
      ErrorCase(name: "unknown flag", pairs: [("1.1.appreciated", "Y")], line: 2, fragment: "1.1.maintained1y"),
      ErrorCase(name: "grade outside AA…E", pairs: [("1.1", "F")], line: 2, fragment: "grade \"F\""),
      ErrorCase(name: "grade AAA", pairs: [("2.3", "AAA")], line: 2, fragment: "not one of AA, A, BB, B, CC, C, D, E"),
      ErrorCase(name: "grade on a component", pairs: [("1", "BB")], line: 2, fragment: "sub-components only"),
      ErrorCase(name: "answer outside Y/T/A–E", pairs: [("1.1.1", "X")], line: 2, fragment: "answer \"X\""),
      ErrorCase(name: "flag that is not Y/T", pairs: [("1.1.maintained1y", "B")], line: 2, fragment: "must be Y or T"),
      ErrorCase(name: "'-' on a sub-component", pairs: [("1.1", "-")], line: 2, fragment: "only a component"),
      ErrorCase(
        name: "duplicate code", pairs: [("1", "20"), ("1", "21")], line: 3, fragment: "already given at lke.csv:2"),
      ErrorCase(
        name: "a component left out", pairs: [("1", "20"), ("2", "20"), ("3", "10")], line: nil,
        fragment: "component 4 (Internal performance accountability evaluation) has no input"),
      ErrorCase(
        name: "a sub-component left out", pairs: [("1.1", "B"), ("1.2", "B")] + Fixtures.otherComponents, line: nil,
        fragment: "1.3 (Use) is unanswered"),
      ErrorCase(
        name: "an unanswered criterion",
        pairs: Fixtures.answers("1.1", "YYYYYY") + [("1.2", "B"), ("1.3", "B")] + Fixtures.otherComponents, line: nil,
        fragment: "criteria 1.1.7 of 1.1 (Existence) are unanswered"),
      ErrorCase(
        name: "a blank criterion is located at its row",
        pairs: Fixtures.answers("1.1", "YYY") + [("1.1.4", "")] + Fixtures.answers("1.1", "YYYYYYY").suffix(3)
          + [("1.2", "B"), ("1.3", "B")] + Fixtures.otherComponents, line: 5, fragment: "1.1.4"),
      ErrorCase(
        name: "a component marked '-' but given parts",
        pairs: [("4", "-"), ("4.1", "B")] + [("1", "20"), ("2", "20"), ("3", "10")],
        line: 3, fragment: "marked not assessed"),
      ErrorCase(
        name: "no component assessed", pairs: [("1", "-"), ("2", "-"), ("3", "-"), ("4", "-")], line: nil,
        fragment: "no component"),
    ])
  func errors(_ c: ErrorCase) throws {
    let error = inputError { _ = try Fixtures.score(c.pairs, policy: EvaluationPolicy(language: .en)) }
    #expect(error?.location.file == "lke.csv")
    #expect(error?.location.line == c.line)
    #expect(error?.message.en.contains(c.fragment) == true, "\(error?.message.en ?? "")")
  }

  @Test("messages follow --lang (Indonesian by default)")
  func indonesian() throws {
    let error = inputError { _ = try Fixtures.score([("4", "27,50")], policy: EvaluationPolicy()) }
    // "27,50" is not a number in a decimal-point file; with ; it is, and above the weight.
    #expect(error?.message.id.contains("bukan angka") == true)
    let e2 = inputError {
      _ = try EvaluationScorer.score(
        WorksheetInput(file: "lke.csv", pairs: [("4", "27,50")], decimalComma: true), instrument: Fixtures.lke88())
    }
    #expect(e2?.message.id == "nilai 27,50 melebihi bobot 25 dari 4 (Evaluasi Akuntabilitas Kinerja Internal)")
    // The English wording formats its own numbers (a decimal point) and names the component in English.
    #expect(e2?.message.en.hasPrefix("score 27,50 is above the weight 25 of 4 (") == true, "\(e2?.message.en ?? "")")
  }

  @Test("--unanswered zero counts missing criteria and sub-components 0 and lists them")
  func unansweredZero() throws {
    let result = try Fixtures.score(
      Fixtures.answers("1.1", "YYYYYY") + [("1.2", "B")] + Fixtures.otherComponents,
      policy: EvaluationPolicy(unanswered: .zero, language: .en))
    let subs = result.components[0].subcomponents
    #expect(subs[0].score == 6 * 6.0 / 7 && subs[0].criteria?.unanswered == ["1.1.7"])
    #expect(subs[2].score == 0 && subs[2].source == .unanswered)
    #expect(result.warnings.count == 2)
  }

  // MARK: Mixed inputs

  @Test("a grade given with criterion answers is used as given; a disagreement is a warning")
  func gradeAndCriteria() throws {
    let result = try Fixtures.score(
      Fixtures.answers("1.1", "YYYYYYT") + [("1.1", "BB"), ("1.2", "B"), ("1.3", "B")] + Fixtures.otherComponents,
      policy: EvaluationPolicy(method: .grade, language: .en))
    let sub = result.components[0].subcomponents[0]
    #expect(sub.grade == "BB" && sub.score == 4.8 && sub.source == .grade)
    #expect(result.warnings.count == 1 && result.warnings[0].contains("B (4.20)"))
  }

  @Test("a component score given with its parts is used; a disagreement is a warning")
  func componentAndParts() throws {
    let agree = try Fixtures.score(
      [("1", "21.60"), ("1.1", "BB"), ("1.2", "B"), ("1.3", "B")] + Fixtures.otherComponents)
    #expect(agree.warnings.isEmpty && agree.components[0].score == 21.6)
    let differ = try Fixtures.score(
      [("1", "22.00"), ("1.1", "BB"), ("1.2", "B"), ("1.3", "B")] + Fixtures.otherComponents)
    #expect(differ.components[0].score == 22 && differ.warnings.count == 1)
    let partial = try Fixtures.score([("1", "22.00"), ("1.1", "BB")] + Fixtures.otherComponents)
    #expect(partial.components[0].score == 22 && partial.warnings.isEmpty)
  }

  @Test("12/2015: sub-sub-components and unlisted criteria (1.1.1.3) are scored, with a warning")
  func historicalCriteria() throws {
    let result = try Fixtures.score(
      [
        ("1.1.1.1", "Y"), ("1.1.1.2", "Y"), ("1.1.1.3", "T"), ("1.1.1.4", "B"), ("1.1.2", "4"), ("1.1.3", "2.5"),
        ("1.2", "15"),
      ]
        + [("2", "20"), ("3", "10"), ("4", "7"), ("5", "15")], instrument: Fixtures.lke12(),
      policy: EvaluationPolicy(language: .en))
    let leaf = result.components[0].subcomponents[0].subcomponents[0]
    #expect(leaf.score == 2 * 2.75 / 4)
    #expect(leaf.criteria?.listed == false && leaf.criteria?.count == 4)
    #expect(result.components[0].score == 2 * 2.75 / 4 + 4 + 2.5 + 15)
    #expect(result.warnings.count == 1 && result.warnings[0].contains("does not list the criteria of 1.1.1"))
    let error = inputError {
      _ = try Fixtures.score(
        [("1.1", "BB")] + [("2", "20")], instrument: Fixtures.lke12(), policy: EvaluationPolicy(language: .en))
    }
    #expect(error?.message.en.contains("grade") == true || error?.message.en.contains("score") == true)
  }

  // MARK: Readers

  @Test("CSV with ; and decimal comma, JSON objects and JSON arrays read the same worksheet")
  func readers() throws {
    let lke = try Fixtures.lke88()
    let csv = try WorksheetReader.read(Array("kode;nilai\n1;21,60\n2;22,50\n3;10,05\n4;18,00\n".utf8), file: "a.csv")
    let object = try WorksheetReader.read(
      Array(#"{"1": 21.60, "2": "22.50", "3": 10.05, "4": 18.00}"#.utf8), file: "a.json")
    let array = try WorksheetReader.read(
      Array(
        #"[{"code": "1", "value": 21.6}, {"code": "2", "value": 22.5}, {"code": "3", "value": "10.05"}, {"code": "4", "value": 18}]"#
          .utf8),
      file: "b.json")
    for input in [csv, object, array] {
      let result = try EvaluationScorer.score(input, instrument: lke)
      #expect(result.total.rounded(places: 2) == 72.15 && result.predicate.code == "BB")
    }
    let bad = inputError {
      _ = try EvaluationScorer.score(
        WorksheetReader.read(Array(#"{"1": 21.60, "2": "F"}"#.utf8), file: "c.json"), instrument: lke)
    }
    #expect(bad?.location.jsonPath == "$['2']")
  }

  @Test("JSON has the documented shape")
  func json() throws {
    let result = try Fixtures.score(
      Fixtures.answers("1.1", "YYYTYYY") + [("1.2", "B"), ("1.3", "B"), ("2", "20"), ("3", "-"), ("4", "15")])
    let text = JSONWriter.string(result.json)
    let value = try JSONParser.parse(text)
    #expect(value["instrument"]?.stringValue == "sakip-permenpanrb-88-2021")
    #expect(value["predicate"]?.stringValue == result.predicate.code)
    #expect(value["predicateLabel"]?.stringValue == result.predicate.label)
    #expect(value["rescaled"] == .bool(true))
    #expect(value["assessedWeight"]?.doubleValue == 85)
    #expect(value["total"]?.doubleValue == result.total)
    let components = try #require(value["components"]?.arrayValue)
    #expect(components.count == 4)
    #expect(components[2]["score"] == .null && components[2]["assessed"] == .bool(false))
    let sub = try #require(components[0]["subcomponents"]?.arrayValue?.first)
    #expect(sub["code"]?.stringValue == "1.1" && sub["weight"]?.doubleValue == 6)
    #expect(sub["score"]?.doubleValue == 36.0 / 7)
    #expect(sub["grade"] == nil)
    #expect(components[0]["subcomponents"]?.arrayValue?[1]["grade"]?.stringValue == "B")
    #expect(value["warnings"]?.arrayValue?.count == 1)
  }
}
