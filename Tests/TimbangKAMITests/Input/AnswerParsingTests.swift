import Testing
import TimbangCore
import TimbangKAMI

@Suite("Answer files")
struct AnswerParsingTests {
  /// A complete 5.0 sheet with every area answer 3 and KSE 20, then `edit` applied.
  static func sheet(
    _ version: String = "5.0", _ edit: (inout [KAMIAnswerSheet.Row]) -> Void = { _ in }
  ) throws -> (KAMIAnswerSheet, KAMIInstrument) {
    let instrument = try Fixtures.instrument(version)
    var sheet = Fixtures.sheet(Fixtures.answers(instrument, kse: 20), instrument)
    edit(&sheet.rows)
    return (sheet, instrument)
  }

  static func error(_ sheet: KAMIAnswerSheet, _ instrument: KAMIInstrument) -> TimbangError? {
    do {
      _ = try KAMIAnswerParsing.parse(sheet, instrument: instrument)
      return nil
    } catch let error as TimbangError {
      return error
    } catch {
      return .internalError("\(error)")
    }
  }

  static func set(_ rows: inout [KAMIAnswerSheet.Row], _ number: String, _ answer: String) {
    for i in rows.indices where rows[i].question == number { rows[i].answer = answer }
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    var name: String
    var version: String
    var number: String
    var answer: String
    var column: String
    var message: String
    var testDescription: String { name }
  }

  static let bad = [
    Bad(
      name: "unanswered question", version: "5.0", number: "2.5", answer: "", column: "answer",
      message: "question 2.5 is unanswered"),
    Bad(
      name: "Tidak Berlaku where 5.0 does not allow it", version: "5.0", number: "5.3", answer: "TB", column: "answer",
      message: "question 5.3 does not allow \"Tidak Berlaku\" (allowed only on 5.31–5.41, 6.26–6.32)"),
    Bad(
      name: "Tidak Berlaku label where not allowed", version: "5.0", number: "2.1", answer: "tidak berlaku",
      column: "answer", message: "question 2.1 does not allow \"Tidak Berlaku\" (allowed only on 5.31–5.41, 6.26–6.32)"),
    Bad(
      name: "Tidak Berlaku in 4.2", version: "4.2", number: "5.3", answer: "TB", column: "answer",
      message:
        "question 5.3: unknown answer \"TB\" (expected 0, 1, 2 or 3 or a label: Tidak Dilakukan, Dalam Perencanaan, Dalam Penerapan / Diterapkan Sebagian, Diterapkan Secara Menyeluruh)"
    ),
    Bad(
      name: "category answer other than A/B/C", version: "5.0", number: "1.3", answer: "D", column: "answer",
      message: "question 1.3 expects A, B or C, found \"D\""),
    Bad(
      name: "category answer given as points", version: "4.2", number: "1.1", answer: "5", column: "answer",
      message: "question 1.1 expects A, B or C, found \"5\""),
    Bad(
      name: "area answer out of range", version: "5.0", number: "3.2", answer: "4", column: "answer",
      message:
        "question 3.2: unknown answer \"4\" (expected 0, 1, 2, 3 or TB or a label: Tidak Dilakukan, Dalam Perencanaan, Dalam Penerapan / Diterapkan Sebagian, Diterapkan Secara Menyeluruh, Tidak Berlaku)"
    ),
  ]

  @Test("answers that do not fit are located errors", arguments: bad)
  func badAnswers(_ b: Bad) throws {
    let (sheet, instrument) = try Self.sheet(b.version) { Self.set(&$0, b.number, b.answer) }
    let line = try #require(sheet.rows.first { $0.question == b.number }?.line)
    let error = Self.error(sheet, instrument)
    guard case .badInput(let location, let message) = error else {
      Issue.record("expected a bad-input error, got \(String(describing: error))")
      return
    }
    #expect(location == SourceLocation(file: "answers.csv", line: line, column: b.column))
    #expect(message.en.hasPrefix(b.message), "\(message.en)")
    #expect(error?.exitCode == 65)
  }

  @Test("an unknown question number names the area's range")
  func unknownQuestion() throws {
    let (sheet, instrument) = try Self.sheet("4.2") { $0.append(.init(line: 300, question: "2.23", answer: "3")) }
    #expect(
      Self.error(sheet, instrument)
        == .badInput(
          SourceLocation(file: "answers.csv", line: 300, column: "question"),
          Localized(
            id: "pertanyaan \"2.23\" tidak dikenal (Tata Kelola memuat 2.1–2.22)",
            en: "unknown question \"2.23\" (Tata Kelola has 2.1–2.22)")))
    let (sheet7, _) = try Self.sheet("4.2") { $0.append(.init(line: 301, question: "7.1", answer: "3")) }
    #expect(
      Self.error(sheet7, instrument)
        == .badInput(
          SourceLocation(file: "answers.csv", line: 301, column: "question"),
          Localized(
            id:
              "pertanyaan \"7.1\" tidak dikenal (nomor pertanyaan pada versi 4.2: 1.x, 2.x, 3.x, 4.x, 5.x, 6.x, S1.x, "
              + "S2.x, S3.x)",
            en:
              "unknown question \"7.1\" (version 4.2 numbers questions 1.x, 2.x, 3.x, 4.x, 5.x, 6.x, S1.x, S2.x, S3.x)"
          )))
  }

  @Test("a blank answer lists every unanswered question")
  func unansweredList() throws {
    let (sheet, instrument) = try Self.sheet("5.0") {
      for n in ["2.5", "2.6", "2.7", "4.1"] { Self.set(&$0, n, "") }
    }
    guard case .badInput(let location, let message) = Self.error(sheet, instrument) else {
      Issue.record("expected an error")
      return
    }
    #expect(location.column == "answer")
    #expect(message.en == "question 2.5 is unanswered (4 questions unanswered: 2.5–2.7, 4.1)")
    #expect(message.id == "pertanyaan 2.5 belum dijawab (4 pertanyaan belum dijawab: 2.5–2.7, 4.1)")
  }

  @Test("required questions without a row are listed (file-level error)")
  func missingRows() throws {
    let (sheet, instrument) = try Self.sheet("5.0") { rows in rows.removeAll { $0.question.hasPrefix("7.") } }
    #expect(
      Self.error(sheet, instrument)
        == .badInput(
          SourceLocation(file: "answers.csv"),
          Localized(
            id: "16 pertanyaan belum dijawab: 7.1–7.16 (setiap pertanyaan kategori dan area wajib dijawab)",
            en: "16 questions have no answer: 7.1–7.16 (every category and area question must be answered)")))
  }

  @Test("a question answered twice, with the spreadsheet hint for 2.10 → 2.1")
  func duplicate() throws {
    let (sheet, instrument) = try Self.sheet("4.2") { rows in
      let i = rows.firstIndex { $0.question == "2.10" } ?? 0
      rows[i].question = "2.1"
    }
    guard case .badInput(_, let message) = Self.error(sheet, instrument) else {
      Issue.record("expected an error")
      return
    }
    #expect(message.en.hasPrefix("question 2.1 is answered twice (first on line 12)"))
    #expect(message.en.contains("a spreadsheet may have turned 2.10 into 2.1"))
    #expect(message.id.hasPrefix("pertanyaan 2.1 dijawab dua kali (pertama di baris 12)"))
  }

  @Test(
    "labels are matched case-, accent- and space-insensitively",
    arguments: [
      ("3", "3"), ("Diterapkan Secara Menyeluruh", "3"), ("  diterapkan  secara menyeluruh ", "3"),
      ("Dalam Penerapan", "2"), ("Diterapkan Sebagian", "2"), ("Dalam Penerapan / Diterapkan Sebagian", "2"),
      ("DALAM PERENCANAAN", "1"), ("tidak dilakukan", "0"), ("0", "0"),
    ])
  func labels(_ text: String, _ code: String) throws {
    let (sheet, instrument) = try Self.sheet("5.0") { Self.set(&$0, "2.4", text) }
    let answers = try KAMIAnswerParsing.parse(sheet, instrument: instrument)
    #expect(answers.items["2.4"] == code)
  }

  @Test("KSE answers are case-insensitive; question numbers tolerate case, spaces and a decimal comma")
  func lenientNumbers() throws {
    let (sheet, instrument) = try Self.sheet("5.0") { rows in
      Self.set(&rows, "1.1", "a")
      for i in rows.indices where rows[i].question == "2.12" { rows[i].question = " 2,12 " }
    }
    let answers = try KAMIAnswerParsing.parse(sheet, instrument: instrument)
    #expect(answers.kse["1.1"] == "A")
    #expect(answers.items["2.12"] == "3")
  }

  @Test("supplements are optional; a partly answered one is left out with a warning")
  func supplements() throws {
    let instrument = try Fixtures.instrument("4.2")
    var answers = Fixtures.answers(instrument, kse: 20, supplements: ["S2": 30])
    answers.items["S1.1"] = "3"
    answers.items["S1.2"] = "2"
    let result = try KAMIScoring.score(answers, instrument: instrument)
    #expect(result.supplements.map(\.code) == ["S2"])
    #expect(
      result.warnings.map(\.id) == ["suplemen Pihak Ketiga tidak dilaporkan: 25 pertanyaan belum dijawab (S1.3–S1.27)"])
  }

  @Test("version detection from the question numbers")
  func detection() throws {
    let v4 = try Fixtures.instrument("4.2")
    let v5 = try Fixtures.instrument("5.0")
    let sheet4 = Fixtures.sheet(Fixtures.answers(v4, kse: 20, supplements: ["S2": 10]), v4)
    let sheet5 = Fixtures.sheet(Fixtures.answers(v5, kse: 20), v5)
    #expect(KAMIVersionDetection.best(for: sheet4, among: [v4, v5])?.id == "kami-bssn-4.2")
    #expect(KAMIVersionDetection.best(for: sheet5, among: [v4, v5])?.id == "kami-bssn-5.0")
    #expect(KAMIVersionDetection.best(for: sheet5, among: [v5, v4])?.id == "kami-bssn-5.0")
  }
}
