import TimbangCore

/// The annex tables of Indeks KAMI (`shared/spec/annex.md`): `kami-areas` for one system and, when several systems
/// are assessed, `kami-systems`. Pure functions of the results.
public enum KAMITables {
  /// `kami-areas`: area, score, max, %, category-3 validity, maturity level; then the total (with the maturity
  /// range), the final status, and the supplements (not in the total).
  public static func areas(_ result: KAMIResult) -> Table {
    let source = result.file.map { " — \($0)" } ?? ""
    var rows: [Table.Row] = result.areas.map { area in
      Table.Row([
        .label(area.name), .integer(area.score), .integer(area.max), .number(area.percent),
        .label(validity(area)), .text(area.level.label),
      ])
    }
    rows.append(
      Table.Row(
        [
          .label(Localized(id: "Total", en: "Total")), .integer(result.total), .integer(result.max),
          .number(result.percent), .empty,
          .label(Localized(id: result.maturityRange(.id), en: result.maturityRange(.en))),
        ], emphasis: true))
    rows.append(
      Table.Row(
        [
          .label(
            Localized(
              id: "Hasil evaluasi akhir (KSE \(result.kse.category.label), \(result.kse.score))",
              en: "Final evaluation (KSE \(result.kse.category.label(.en)), \(result.kse.score))")),
          .empty, .empty, .empty, .empty,
          .label(Localized(id: result.status.label, en: result.status.label(.en))),
        ], emphasis: true))
    for supplement in result.supplements {
      rows.append(
        Table.Row([
          .label(Localized(id: "Suplemen: \(supplement.name.id)", en: "Supplement: \(supplement.name.en)")),
          .integer(supplement.score), .integer(supplement.max), .number(supplement.percent), .empty, .empty,
        ]))
    }
    var notes: [Localized] = [
      Localized(id: "Status: " + result.readiness.reason.id + ".", en: "Status: " + result.readiness.reason.en + "."),
      Localized(
        id: "Tingkat kelengkapan penerapan standar ISO 27001: \(NumberFormat.id.string(result.percent, places: 2))%.",
        en: "Completeness of ISO 27001 implementation: \(NumberFormat.en.string(result.percent, places: 2))%."),
    ]
    for area in result.areas where !area.category3.valid && area.category3.reasons.count > 0 {
      notes.append(
        Localized(
          id: "Kategori 3 \(area.name.id) tidak valid, \(area.category3Zeroed) poin tidak dihitung: "
            + area.category3.reasons.map(\.id).joined(separator: "; ") + ".",
          en: "Category 3 of \(area.name.en) not valid, \(area.category3Zeroed) points not counted: "
            + area.category3.reasons.map(\.en).joined(separator: "; ") + "."))
    }
    if !result.supplements.isEmpty {
      notes.append(
        Localized(
          id: "Suplemen tidak dihitung dalam total maupun tingkat kematangan.",
          en: "Supplements count neither in the total nor in maturity."))
    }
    return Table(
      id: "kami-areas",
      title: Localized(
        id: "Hasil Indeks KAMI versi \(result.version)\(source)",
        en: "Indeks KAMI result, version \(result.version)\(source)"),
      columns: [
        .init("area", Localized(id: "Area", en: "Area")),
        .init("score", Localized(id: "Skor", en: "Score"), .integer),
        .init("max", Localized(id: "Skor maks.", en: "Max."), .integer),
        .init("percent", Localized(id: "%", en: "%"), .percent(places: 2)),
        .init("category3", Localized(id: "Validitas kategori 3", en: "Category-3 validity")),
        .init("level", Localized(id: "Tingkat kematangan", en: "Maturity level")),
      ],
      rows: rows, notes: notes)
  }

  /// `kami-systems`: one row per assessed system with its KSE, total, %, status and maturity range; the baseline
  /// (highest KSE score) is marked.
  public static func systems(_ assessment: KAMIAssessment) -> Table {
    let rows = assessment.systems.enumerated().map { i, r in
      Table.Row(
        [
          .text(r.file ?? "#\(i + 1)"), .integer(r.kse.score),
          .label(Localized(id: r.kse.category.label, en: r.kse.category.label(.en))), .integer(r.total),
          .number(r.percent), .label(Localized(id: r.status.label, en: r.status.label(.en))),
          .label(Localized(id: r.maturityRange(.id), en: r.maturityRange(.en))),
          i == assessment.baselineIndex ? .label(Localized(id: "ya", en: "yes")) : .empty,
        ], emphasis: i == assessment.baselineIndex)
    }
    return Table(
      id: "kami-systems",
      title: Localized(id: "Indeks KAMI per sistem elektronik", en: "Indeks KAMI per electronic system"),
      columns: [
        .init("system", Localized(id: "Sistem elektronik", en: "Electronic system")),
        .init("kseScore", Localized(id: "Skor KSE", en: "KSE score"), .integer),
        .init("kseCategory", Localized(id: "Kategori SE", en: "KSE category")),
        .init("total", Localized(id: "Total", en: "Total"), .integer),
        .init("percent", Localized(id: "%", en: "%"), .percent(places: 2)),
        .init("status", Localized(id: "Hasil evaluasi akhir", en: "Final evaluation")),
        .init("maturity", Localized(id: "Tingkat kematangan", en: "Maturity")),
        .init("baseline", Localized(id: "Acuan", en: "Baseline")),
      ],
      rows: rows,
      notes: [
        Localized(
          id: "Sistem acuan: skor kategori SE tertinggi.", en: "Baseline: the system with the highest KSE score.")
      ])
  }

  /// Every table of an assessment: `kami-systems` first when there are several systems, then `kami-areas` for each.
  public static func all(_ assessment: KAMIAssessment) -> [Table] {
    (assessment.systems.count > 1 ? [systems(assessment)] : []) + assessment.systems.map(areas)
  }

  private static func validity(_ area: KAMIAreaResult) -> Localized {
    guard area.hasCategory3 else { return "–" }
    return area.category3.valid ? "Valid" : Localized(id: "Tidak valid", en: "Not valid")
  }
}
