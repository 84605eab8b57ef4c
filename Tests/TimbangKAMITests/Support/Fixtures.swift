import Foundation
import Testing
import TimbangCore
import TimbangKAMI

/// The bundled Indeks KAMI instruments and builders of answer sets with chosen scores.
enum Fixtures {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The source tree's `Instruments/` folder (the bundle's copy of the same files).
  static let library = InstrumentLibrary(directory: packageRoot.appendingPathComponent("Instruments").path)

  static func instrument(_ version: String) throws -> KAMIInstrument {
    try KAMIInstrument.load(library.load("kami-bssn-\(version)", kind: "kami"))
  }

  static func dataset(_ name: String) -> String { packageRoot.appendingPathComponent("Datasets/\(name)").path }

  /// KSE answers (A/B/C scoring 5/2/1) totalling `score`: greedy, keeping at least 1 point for each later question.
  static func kse(_ score: Int, _ instrument: KAMIInstrument) -> [String: String] {
    let options = instrument.kse.answers.sorted { $0.points > $1.points }
    let lowest = options.last?.points ?? 1
    var remaining = score
    var result: [String: String] = [:]
    let questions = instrument.kse.questions
    for (i, q) in questions.enumerated() {
      let later = (questions.count - i - 1) * lowest
      let pick = options.first { remaining - $0.points >= later && (i < questions.count - 1 || remaining == $0.points) }
      guard let pick else { continue }
      result[q.number] = pick.code
      remaining -= pick.points
    }
    return result
  }

  /// Answers for `questions` worth `target` points: start from full marks and lower category-3 answers first (3
  /// points a step), then category 2 (2), then category 1 (1), last questions first — so the basics (categories 1
  /// and 2) stay as high as the target allows and category 3 stays valid whenever it scores anything.
  static func lowered(_ questions: [KAMIInstrument.Question], to target: Int) -> [String: String] {
    var codes = Dictionary(uniqueKeysWithValues: questions.map { ($0.number, 3) })
    var deficit = questions.reduce(0) { $0 + 3 * $1.category } - target
    for category in [3, 2, 1] {
      for q in questions.reversed() where q.category == category {
        while deficit >= category, let code = codes[q.number], code > 0 {
          codes[q.number] = code - 1
          deficit -= category
        }
      }
    }
    return codes.mapValues(String.init)
  }

  /// A complete answer set with the given KSE score, area scores (by area code; missing areas at full marks) and
  /// supplement scores (by code; missing supplements unanswered).
  static func answers(
    _ instrument: KAMIInstrument, kse kseScore: Int, areas: [String: Int] = [:], supplements: [String: Int] = [:]
  ) -> KAMIAnswers {
    var items: [String: String] = [:]
    for area in instrument.areas {
      items.merge(lowered(area.questions, to: areas[area.code] ?? area.max)) { $1 }
    }
    for supplement in instrument.supplements {
      guard let score = supplements[supplement.code] else { continue }
      items.merge(lowered(supplement.questions, to: score)) { $1 }
    }
    return KAMIAnswers(kse: kse(kseScore, instrument), items: items)
  }

  /// Answers in which one area's level scores are `levels` (e.g. `["II": 43, "III": 18, "IV": 54]`); other areas full.
  static func answers(_ instrument: KAMIInstrument, area code: String, levels: [String: Int]) throws -> KAMIAnswers {
    var result = answers(instrument, kse: 20)
    let area = try #require(instrument.areas.first { $0.code == code })
    for (level, target) in levels {
      result.items.merge(lowered(area.questions.filter { $0.level == level }, to: target)) { $1 }
    }
    return result
  }

  /// A CSV answer sheet from answers (KSE first, then items in form order).
  static func sheet(_ answers: KAMIAnswers, _ instrument: KAMIInstrument, file: String = "answers.csv")
    -> KAMIAnswerSheet
  {
    var rows: [KAMIAnswerSheet.Row] = []
    var line = 1
    func add(_ number: String, _ answer: String?) {
      guard let answer else { return }
      line += 1
      rows.append(.init(line: line, question: number, answer: answer))
    }
    for q in instrument.kse.questions { add(q.number, answers.kse[q.number]) }
    for q in instrument.areaQuestions + instrument.supplements.flatMap(\.questions) {
      add(q.number, answers.items[q.number])
    }
    return KAMIAnswerSheet(file: file, rows: rows)
  }
}
