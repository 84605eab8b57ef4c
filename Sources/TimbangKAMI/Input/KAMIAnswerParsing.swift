import TimbangCore

/// Checks an answer sheet against an instrument and turns it into ``KAMIAnswers``.
///
/// Every category and area question must be answered; supplements are optional. Problems are located errors
/// (exit 65), the earliest row first:
/// - an unknown question number (`answers.csv:9:question: unknown question "2.23" (Tata Kelola has 2.1–2.22)`);
/// - a question answered twice;
/// - a blank answer to a required question (the message lists every unanswered one);
/// - a category answer other than A/B/C; an area answer that is neither a code `0`–`3`/`TB` nor a label;
/// - "Tidak Berlaku" on a question that does not allow it;
/// - required questions with no row at all (file-level message listing them).
///
/// Answers are matched case-, accent- and whitespace-insensitively against codes, labels and aliases, so
/// "Dalam Penerapan" and "Diterapkan Sebagian" are both accepted.
public enum KAMIAnswerParsing {
  /// What a question number refers to.
  private enum Slot {
    case kse
    case area(KAMIInstrument.Area, KAMIInstrument.Question)
    case supplement(KAMIInstrument.Supplement, KAMIInstrument.Question)

    var isRequired: Bool {
      if case .supplement = self { return false }
      return true
    }
  }

  public static func parse(_ sheet: KAMIAnswerSheet, instrument: KAMIInstrument) throws -> KAMIAnswers {
    var slots: [String: Slot] = [:]
    var required: [String] = []
    for q in instrument.kse.questions {
      slots[q.number] = .kse
      required.append(q.number)
    }
    for area in instrument.areas {
      for q in area.questions {
        slots[q.number] = .area(area, q)
        required.append(q.number)
      }
    }
    for supplement in instrument.supplements {
      for q in supplement.questions { slots[q.number] = .supplement(supplement, q) }
    }

    // Which required questions will end up unanswered (for a message listing all of them).
    let answered = Set(
      sheet.rows.filter { !$0.answer.trimmingWhitespace.isEmpty }.map { KAMIAnswers.normalizeNumber($0.question) })
    let unanswered = required.filter { !answered.contains($0) }

    func fail(_ row: KAMIAnswerSheet.Row, _ column: String, _ message: Localized) -> TimbangError {
      .badInput(SourceLocation(file: sheet.file, line: row.line, column: column), message)
    }

    var result = KAMIAnswers()
    var seen: [String: Int] = [:]
    for row in sheet.rows {
      let number = KAMIAnswers.normalizeNumber(row.question)
      let text = row.answer.trimmingWhitespace
      guard !number.isEmpty else {
        throw fail(
          row, sheet.questionColumn,
          Localized(
            id: "jawaban \"\(text)\" tidak memiliki nomor pertanyaan", en: "answer \"\(text)\" has no question number"))
      }
      guard let slot = slots[number] else {
        throw fail(
          row, sheet.questionColumn,
          Localized(
            id: "pertanyaan \"\(row.question.trimmingWhitespace)\" tidak dikenal" + hint(number, instrument).id,
            en: "unknown question \"\(row.question.trimmingWhitespace)\"" + hint(number, instrument).en))
      }
      if let first = seen[number] {
        var message = Localized(
          id: "pertanyaan \(number) dijawab dua kali (pertama di baris \(first))",
          en: "question \(number) is answered twice (first on line \(first))")
        if slots[number + "0"] != nil, seen[number + "0"] == nil {
          message.id += "; lembar kerja mungkin mengubah \(number)0 menjadi \(number): format kolomnya sebagai teks"
          message.en += "; a spreadsheet may have turned \(number)0 into \(number): format the column as text"
        }
        throw fail(row, sheet.questionColumn, message)
      }
      seen[number] = row.line
      if text.isEmpty {
        guard slot.isRequired else { continue }
        var message = Localized(id: "pertanyaan \(number) belum dijawab", en: "question \(number) is unanswered")
        if unanswered.count > 1 {
          let list = QuestionRanges.describe(unanswered)
          message.id += " (\(unanswered.count) pertanyaan belum dijawab: \(list.id))"
          message.en += " (\(unanswered.count) questions unanswered: \(list.en))"
        }
        throw fail(row, sheet.answerColumn, message)
      }
      switch slot {
      case .kse:
        let codes = instrument.kse.answers.map(\.code)
        guard let code = codes.first(where: { $0.uppercased() == text.uppercased() }) else {
          throw fail(
            row, sheet.answerColumn,
            Localized(
              id: "pertanyaan \(number) mengharapkan \(list(codes, or: "atau")), ditemukan \"\(text)\"",
              en: "question \(number) expects \(list(codes, or: "or")), found \"\(text)\""))
        }
        result.kse[number] = code
      case .area(_, let question), .supplement(_, let question):
        guard let option = match(text, instrument) else {
          let codes = instrument.answers.map(\.code)
          let labels = instrument.answers.map(\.label)
          throw fail(
            row, sheet.answerColumn,
            Localized(
              id: "pertanyaan \(number): jawaban \"\(text)\" tidak dikenal (seharusnya \(list(codes, or: "atau")) "
                + "atau label: \(labels.joined(separator: ", ")))",
              en: "question \(number): unknown answer \"\(text)\" (expected \(list(codes, or: "or")) or a label: "
                + "\(labels.joined(separator: ", ")))"))
        }
        if option.isNotApplicable && !question.allowsNotApplicable {
          let allowed = instrument.areaQuestions.filter(\.allowsNotApplicable).map(\.number)
          throw fail(
            row, sheet.answerColumn,
            Localized(
              id: "pertanyaan \(number) tidak membolehkan \"\(option.label)\""
                + (allowed.isEmpty
                  ? " (tidak tersedia pada versi \(instrument.version))"
                  : " (hanya boleh pada \(QuestionRanges.describe(allowed).id))"),
              en: "question \(number) does not allow \"\(option.label)\""
                + (allowed.isEmpty
                  ? " (not available in version \(instrument.version))"
                  : " (allowed only on \(QuestionRanges.describe(allowed).en))")))
        }
        result.items[number] = option.code
      }
    }
    if !unanswered.isEmpty {
      let list = QuestionRanges.describe(unanswered)
      throw TimbangError.badInput(
        SourceLocation(file: sheet.file),
        Localized(
          id:
            "\(unanswered.count) pertanyaan belum dijawab: \(list.id) (setiap pertanyaan kategori dan area wajib dijawab)",
          en: "\(unanswered.count) question\(unanswered.count == 1 ? " has" : "s have") no answer: "
            + "\(list.en) (every category and area question must be answered)"))
    }
    return result
  }

  /// The answer option `text` names: a code, the label or an alias.
  static func match(_ text: String, _ instrument: KAMIInstrument) -> KAMIInstrument.AnswerOption? {
    let key = HeaderName.normalize(text)
    return instrument.answers.first { option in
      ([option.code, option.label] + (option.aliases ?? [])).contains { HeaderName.normalize($0) == key }
    }
  }

  private static func list(_ codes: [String], or: String) -> String {
    guard codes.count > 1, let last = codes.last else { return codes.first ?? "" }
    return codes.dropLast().joined(separator: ", ") + " \(or) " + last
  }

  /// `" (Tata Kelola has 2.1–2.22)"` for a number whose prefix belongs to an area, else the known prefixes.
  private static func hint(_ number: String, _ instrument: KAMIInstrument) -> Localized {
    let prefix = number.split(separator: ".").first.map(String.init) ?? number
    func has(_ name: String, _ qs: [String]) -> Localized {
      let list = QuestionRanges.describe(qs)
      return Localized(id: " (\(name) memuat \(list.id))", en: " (\(name) has \(list.en))")
    }
    if let area = instrument.areas.first(where: { $0.questions.first?.number.hasPrefix(prefix + ".") ?? false }) {
      return has(area.name, area.questions.map(\.number))
    }
    if let s = instrument.supplements.first(where: { $0.code.uppercased() == prefix }) {
      return has(s.name, s.questions.map(\.number))
    }
    if instrument.kse.questions.first?.number.hasPrefix(prefix + ".") ?? false {
      return has(instrument.kse.name, instrument.kse.questions.map(\.number))
    }
    let prefixes =
      [instrument.kse.questions.first?.number] + instrument.areas.map { $0.questions.first?.number }
      + instrument.supplements.map { $0.questions.first?.number }
    let known = prefixes.compactMap { $0?.split(separator: ".").first.map { "\($0).x" } }.joined(separator: ", ")
    return Localized(
      id: " (nomor pertanyaan pada versi \(instrument.version): \(known))",
      en: " (version \(instrument.version) numbers questions \(known))")
  }
}
