import TimbangCore

/// Scores one electronic system's answers under an Indeks KAMI instrument.
///
/// ```
/// KSE       = Σ points(A/B/C) over 1.1–1.10                  → Rendah | Tinggi | Strategis
/// points(q) = answerTable[answer(q)][category(q)]             (Tidak Berlaku = full marks)
///           = 0 for category-3 questions when the area's category-3 check fails
/// area      = Σ points(q) over its questions;   s_L = Σ points(q) over its questions tagged L
/// total     = Σ area;   percent = total / max × 100
/// status    = ReadinessStatus(total, KSE category, area minimums)
/// level     = MaturityCascade(s_II…s_V, full marks, category-3 validity) per area
/// supplement = Σ points / max × 100, only when all its questions are answered
/// ```
/// Regulation: BSSN Indeks KAMI 4.x (ISO/IEC 27001:2013) and 5.0 (ISO/IEC 27001:2022); see `shared/spec/kami.md`.
///
/// Rounding: none in the result; percentages are shown with 2 decimals (Excel `ROUND`) by the renderers.
///
/// Edge Cases: a missing KSE or area answer is an error (the answer parser reports it with its location first);
/// a partly answered supplement is left out with a warning.
///
/// Postconditions: `total == Σ areas.score ≤ max`; every area's `score == Σ levelScores.score`.
///
/// Example (4.1 paper): KSE 17 (Tinggi); TK 75, PR 30, KK 31, PA 37, TG 38 → total 211, Tidak Layak; supplements
/// 32/81, 6/30, 13/48 → 39.51 %, 20.00 %, 27.08 % (printed 40 %, 20 %, 27 %).
public enum KAMIScoring {
  public static func score(_ answers: KAMIAnswers, instrument: KAMIInstrument, file: String? = nil) throws -> KAMIResult
  {
    let locationName = file ?? "answers"
    // KSE.
    var kseScore = 0
    var missing: [String] = []
    for q in instrument.kse.questions {
      guard let code = answers.kse[q.number], let answer = instrument.kse.answers.first(where: { $0.code == code })
      else {
        missing.append(q.number)
        continue
      }
      kseScore += answer.points
    }
    for q in instrument.areaQuestions where instrument.answer(code: answers.items[q.number] ?? "") == nil {
      missing.append(q.number)
    }
    guard missing.isEmpty else {
      let list = QuestionRanges.describe(missing)
      throw TimbangError.badInput(
        SourceLocation(file: locationName),
        Localized(id: "tidak ada jawaban sah untuk \(list.id)", en: "no valid answer for \(list.en)"))
    }
    guard let category = instrument.kse.bands.classify(Double(kseScore)) else {
      throw TimbangError.internalError("KSE score \(kseScore) outside every band")
    }

    // Areas.
    let nonFirstLevels = Array(instrument.levels.dropFirst())
    var areas: [KAMIAreaResult] = []
    for area in instrument.areas {
      let check = Category3Check.evaluate(area: area, answers: answers.items, instrument: instrument)
      var score = 0
      var zeroed = 0
      var byLevel: [String: (score: Int, max: Int, full: Bool)] = [:]
      for q in area.questions {
        let full = instrument.fullMarks(category: q.category)
        var points = instrument.answer(code: answers.items[q.number] ?? "")?.points(category: q.category) ?? 0
        if q.category == 3 && !check.valid {
          zeroed += points
          points = 0
        }
        score += points
        if let level = q.level {
          let old = byLevel[level] ?? (0, 0, true)
          byLevel[level] = (old.score + points, old.max + full, old.full && points == full)
        }
      }
      let levelScores = nonFirstLevels.map { level in
        let entry = byLevel[level] ?? (0, 0, true)
        return KAMIAreaResult.LevelScore(level: level, score: entry.score, max: entry.max, fullMarks: entry.full)
      }
      let maturity = MaturityCascade.evaluate(
        stages: area.maturity, levels: instrument.levels,
        scores: Dictionary(uniqueKeysWithValues: levelScores.map { ($0.level, Double($0.score)) }),
        fullMarkLevels: Set(levelScores.filter(\.fullMarks).map(\.level)), category3Valid: check.valid)
      areas.append(
        KAMIAreaResult(
          code: area.code, name: area.localizedName, score: score, max: area.max, category3Zeroed: zeroed,
          category3: check, hasCategory3: area.hasCategory3, levelScores: levelScores, maturity: maturity,
          minimum: area.minimum))
    }
    let total = areas.reduce(0) { $0 + $1.score }
    let readiness = try ReadinessStatus.classify(
      total: Double(total), category: category.code,
      areas: areas.map { .init(code: $0.code, name: $0.name, score: Double($0.score), minimum: $0.minimum) },
      readiness: instrument.readiness)

    // Supplements.
    var supplements: [KAMISupplementResult] = []
    var warnings: [Localized] = []
    for supplement in instrument.supplements {
      let given = supplement.questions.compactMap { q in
        instrument.answer(code: answers.items[q.number] ?? "").map { $0.points(category: q.category) }
      }
      if given.count == supplement.questions.count {
        supplements.append(
          KAMISupplementResult(
            code: supplement.code, name: supplement.localizedName, score: given.reduce(0, +), max: supplement.max))
      } else if !given.isEmpty {
        let missing = supplement.questions.filter { answers.items[$0.number] == nil }.map(\.number)
        let list = QuestionRanges.describe(missing)
        warnings.append(
          Localized(
            id: "suplemen \(supplement.name) tidak dilaporkan: \(missing.count) pertanyaan belum dijawab (\(list.id))",
            en:
              "supplement \(supplement.nameEn ?? supplement.name) not reported: \(missing.count) questions unanswered (\(list.en))"
          ))
      }
    }

    return KAMIResult(
      instrumentId: instrument.id, version: instrument.version, file: file,
      kse: .init(score: kseScore, category: category), areas: areas, total: total, max: instrument.max,
      readiness: readiness, supplements: supplements, warnings: warnings)
  }
}
