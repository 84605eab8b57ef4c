import TimbangCore

/// Whether an area's category-3 answers count (`shared/spec/kami.md`, "Category-3 validity").
///
/// ```
/// basic  = Σ points of the area's category-1 and category-2 answers
/// valid  ⇔ basic ≥ Σ minimumPoints[category]            (4.x: 2·n₁ + 4·n₂ — TK 48, PR 36, KK 64, PA 88, TG 68)
///          ∧ (5.0) no category-1 answer is Tidak Dilakukan or Dalam Perencanaan
///          ∧ (5.0) at most two category-1 answers are Diterapkan Sebagian
/// ```
/// Regulation: BSSN Indeks KAMI (tool logic, reconstructed; parameters are instrument data).
///
/// Rounding: none (integer points).
///
/// Edge Cases: an area without category-3 questions (PDP) is reported valid, since nothing is zeroed.
/// "Tidak Berlaku" counts as full marks, so it never invalidates.
///
/// Postconditions: `valid == reasons.isEmpty`.
///
/// Example: 4.x TK with category-1 and -2 answers worth 40 points → not valid, reason "40 < 48"; its category-3
/// answers then score 0 in the area score, the total and maturity.
public struct Category3Check: Equatable, Sendable {
  public var valid: Bool
  /// Σ points of the category-1 and category-2 answers.
  public var basicPoints: Int
  /// The threshold they must reach.
  public var threshold: Int
  /// Why the category-3 answers were zeroed (empty when valid).
  public var reasons: [Localized]

  /// Evaluates the rule for `area` with answer codes by question number.
  public static func evaluate(
    area: KAMIInstrument.Area, answers: [String: String], instrument: KAMIInstrument
  ) -> Category3Check {
    let rule = instrument.category3Validity
    let basicCategories = rule.basicCategories
    var basic = 0
    for q in area.questions where basicCategories.contains(q.category) {
      basic += answers[q.number].flatMap(instrument.answer(code:))?.points(category: q.category) ?? 0
    }
    let threshold = rule.threshold(for: area)
    guard area.hasCategory3 else {
      return Category3Check(valid: true, basicPoints: basic, threshold: threshold, reasons: [])
    }
    var reasons: [Localized] = []
    if basic < threshold {
      reasons.append(
        Localized(
          id: "nilai kategori 1 dan 2 = \(basic), di bawah batas \(threshold)",
          en: "category 1 and 2 points = \(basic), below the threshold \(threshold)"))
    }
    if let c1 = rule.category1 {
      let category1 = area.questions.filter { $0.category == 1 }
      let forbidden = category1.filter { q in answers[q.number].map(c1.forbiddenAnswers.contains) ?? false }
      if !forbidden.isEmpty {
        let labels = c1.forbiddenAnswers.compactMap { instrument.answer(code: $0)?.label }.joined(separator: "/")
        let labelsEn = c1.forbiddenAnswers.compactMap { instrument.answer(code: $0).map { $0.labelEn ?? $0.label } }
          .joined(separator: "/")
        let questionList = QuestionRanges.describe(forbidden.map(\.number))
        reasons.append(
          Localized(
            id: "jawaban kategori 1 \"\(labels)\" pada \(questionList.id)",
            en: "category-1 answer \"\(labelsEn)\" on \(questionList.en)"))
      }
      if let limited = c1.limitedAnswer, let maxLimited = c1.maxLimited {
        let hits = category1.filter { answers[$0.number] == limited }
        if hits.count > maxLimited {
          let option = instrument.answer(code: limited)
          let questionList = QuestionRanges.describe(hits.map(\.number))
          reasons.append(
            Localized(
              id:
                "\(hits.count) jawaban kategori 1 \"\(option?.label ?? limited)\" (\(questionList.id)); paling banyak \(maxLimited)",
              en:
                "\(hits.count) category-1 answers \"\(option?.labelEn ?? option?.label ?? limited)\" (\(questionList.en)); "
                + "at most \(maxLimited) allowed"))
        }
      }
    }
    return Category3Check(valid: reasons.isEmpty, basicPoints: basic, threshold: threshold, reasons: reasons)
  }
}
