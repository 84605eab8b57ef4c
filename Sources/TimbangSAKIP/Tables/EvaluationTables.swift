import TimbangCore

/// Annex tables of an evaluation result (`shared/spec/annex.md`): `sakip-components` (component, weight, %
/// achieved, score; total, predicate) and `sakip-subcomponents` (the worksheet detail).
public enum EvaluationTables {
  /// `sakip-components`: one row per component, then the total and the predicate (and, when components were not
  /// assessed, the assessed sum and weight before rescaling).
  public static func components(_ result: EvaluationResult) -> Table {
    var rows: [Table.Row] = result.components.map { c in
      Table.Row([
        .text(c.code), .label(c.name), .number(c.weight), .number(c.percent),
        c.assessed ? .number(c.score) : .label(Localized(id: "tidak dinilai", en: "not assessed")),
      ])
    }
    if result.rescaled {
      rows.append(
        Table.Row([
          .empty, .label(Localized(id: "Jumlah komponen yang dinilai", en: "Sum of assessed components")),
          .number(result.assessedWeight), .number(result.assessedSum / result.assessedWeight * 100),
          .number(result.assessedSum),
        ]))
    }
    rows.append(
      Table.Row(
        [
          .empty,
          .label(
            result.rescaled
              ? Localized(
                id: "Nilai akuntabilitas kinerja (disetarakan)", en: "Performance accountability score (rescaled)")
              : Localized(id: "Nilai akuntabilitas kinerja", en: "Performance accountability score")),
          .number(result.maxTotal), .number(result.total / result.maxTotal * 100), .number(result.total),
        ], emphasis: true))
    rows.append(
      Table.Row(
        [
          .empty, .label(Localized(id: "Predikat", en: "Predicate")), .empty, .empty,
          .label(
            Localized(
              id: "\(result.predicate.code) (\(result.predicate.label))",
              en: "\(result.predicate.code) (\(result.predicate.label(.en)))")),
        ], emphasis: true))
    var notes: [Localized] = [
      Localized(id: "Sumber: \(result.instrumentSource).", en: "Source: \(result.instrumentSource)."),
      Localized(
        id: "Predikat ditentukan dari nilai yang dibulatkan 2 desimal; batas bawah tiap predikat tidak termasuk.",
        en: "The predicate is decided on the score rounded to 2 decimals; each predicate's lower bound is exclusive."),
    ]
    if result.rescaled {
      let skipped = result.components.filter { !$0.assessed }.map(\.code).joined(separator: ", ")
      notes.append(
        Localized(
          id: "Komponen \(skipped) tidak dinilai: nilai = jumlah nilai komponen yang dinilai ÷ jumlah bobotnya × 100.",
          en: "Component \(skipped) not assessed: score = sum of assessed scores ÷ sum of their weights × 100."))
    }
    return Table(
      id: "sakip-components",
      title: Localized(id: "Hasil evaluasi akuntabilitas kinerja", en: "Performance accountability evaluation"),
      columns: [
        .init("code", Localized(id: "No", en: "No")),
        .init("component", Localized(id: "Komponen", en: "Component")),
        .init("weight", Localized(id: "Bobot", en: "Weight"), .number(places: 2)),
        .init("percent", Localized(id: "Capaian (%)", en: "Achieved (%)"), .percent(places: 2)),
        .init("score", Localized(id: "Nilai", en: "Score"), .number(places: 2)),
      ],
      rows: rows, notes: notes)
  }

  /// `sakip-subcomponents`: every component and its parts with weight, grade, % and score, and how each score was
  /// reached.
  public static func subcomponents(_ result: EvaluationResult) -> Table {
    var rows: [Table.Row] = []
    func add(_ node: NodeScore, depth: Int) {
      let indent = String(repeating: "  ", count: depth)
      rows.append(
        Table.Row(
          [
            .text(node.code),
            .label(Localized(id: indent + node.name.id, en: indent + node.name.en)),
            .number(node.weight),
            node.grade.map(Table.Cell.text) ?? .empty,
            .number(node.percent),
            node.assessed ? .number(node.score) : .label(Localized(id: "tidak dinilai", en: "not assessed")),
            .label(sourceLabel(node)),
          ], emphasis: depth == 0))
      for child in node.subcomponents { add(child, depth: depth + 1) }
    }
    for component in result.components { add(component, depth: 0) }
    rows.append(
      Table.Row(
        [
          .empty, .label(Localized(id: "Jumlah", en: "Total")), .number(result.maxTotal), .empty,
          .number(result.total / result.maxTotal * 100), .number(result.total), .empty,
        ], emphasis: true))
    return Table(
      id: "sakip-subcomponents",
      title: Localized(id: "Rincian nilai sub-komponen", en: "Sub-component scores"),
      columns: [
        .init("code", Localized(id: "Kode", en: "Code")),
        .init("name", Localized(id: "Komponen/sub-komponen", en: "Component/sub-component")),
        .init("weight", Localized(id: "Bobot", en: "Weight"), .number(places: 2)),
        .init("grade", Localized(id: "Nilai huruf", en: "Grade")),
        .init("percent", Localized(id: "Capaian (%)", en: "Achieved (%)"), .percent(places: 2)),
        .init("score", Localized(id: "Nilai", en: "Score"), .number(places: 2)),
        .init("source", Localized(id: "Dasar", en: "Basis")),
      ],
      rows: rows,
      notes: !usesCriteria(result.components)
        ? []
        : [
          result.method == .value
            ? Localized(
              id: "Jawaban kriteria dinilai per kriteria (Y = 1, T = 0, A–E = 1; 0,75; 0,5; 0,25; 0).",
              en: "Criterion answers valued per criterion (Y = 1, T = 0, A–E = 1; 0.75; 0.5; 0.25; 0).")
            : Localized(
              id: "Nilai huruf dari persentase kriteria terpenuhi (100% BB, dengan syarat tambahan A/AA).",
              en: "Grades from the share of criteria met (100% BB, A/AA with the extra conditions).")
        ])
  }

  static func usesCriteria(_ nodes: [NodeScore]) -> Bool {
    nodes.contains { $0.source == .criteria || usesCriteria($0.subcomponents) }
  }

  static func sourceLabel(_ node: NodeScore) -> Localized {
    switch node.source {
    case .score: return Localized(id: "nilai diberikan", en: "given score")
    case .grade: return Localized(id: "nilai huruf diberikan", en: "given grade")
    case .parts: return Localized(id: "jumlah bagian", en: "sum of parts")
    case .unanswered: return Localized(id: "belum diisi (0)", en: "unanswered (0)")
    case .notAssessed: return Localized(id: "tidak dinilai", en: "not assessed")
    case .criteria:
      guard let c = node.criteria else { return Localized(id: "kriteria", en: "criteria") }
      if let met = c.met {
        let up = c.upgrade.map { " + \($0)" } ?? ""
        return Localized(id: "\(met)/\(c.count) kriteria Y\(up)", en: "\(met)/\(c.count) criteria Y\(up)")
      }
      return Localized(
        id: "\(c.answered)/\(c.count) kriteria dijawab", en: "\(c.answered)/\(c.count) criteria answered")
    }
  }
}
