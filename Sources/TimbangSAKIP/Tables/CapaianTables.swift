import TimbangCore

/// Annex tables of a capaian result (`shared/spec/annex.md`): `capaian` (sasaran, indikator, satuan, target,
/// realisasi, capaian %, kategori, + last year and Renstra progress when those columns exist) and `efisiensi`
/// (indikator, capaian %, anggaran, realisasi anggaran, penyerapan %, efisiensi, rasio, kategori).
public enum CapaianTables {
  public static func capaian(_ result: CapaianResult) -> Table {
    var columns: [Table.Column] = []
    if result.columns.contains(.tahun) { columns.append(.init("tahun", Localized(id: "Tahun", en: "Year"))) }
    if result.columns.contains(.sasaran) { columns.append(.init("sasaran", Localized(id: "Sasaran", en: "Objective"))) }
    columns.append(.init("indikator", Localized(id: "Indikator kinerja", en: "Performance indicator")))
    if result.columns.contains(.satuan) { columns.append(.init("satuan", Localized(id: "Satuan", en: "Unit"))) }
    columns += [
      .init("target", Localized(id: "Target", en: "Target")),
      .init("realisasi", Localized(id: "Realisasi", en: "Actual")),
      .init("capaian", Localized(id: "Capaian", en: "Achievement"), .percent(places: 2)),
      .init("kategori", Localized(id: "Kategori", en: "Category")),
    ]
    let lastYear = result.columns.contains(.realisasiLalu)
    let renstra = result.columns.contains(.targetRenstra)
    if lastYear {
      columns.append(.init("realisasiLalu", Localized(id: "Realisasi tahun lalu", en: "Last year")))
      columns.append(.init("perubahan", Localized(id: "Perubahan", en: "Change"), .percent(places: 2)))
    }
    if renstra {
      columns.append(.init("targetRenstra", Localized(id: "Target Renstra", en: "Medium-term target")))
      columns.append(
        .init("progresRenstra", Localized(id: "Progres Renstra", en: "Medium-term progress"), .percent(places: 2)))
    }
    var rows: [Table.Row] = []
    for r in result.indicators {
      var cells: [Table.Cell] = []
      if result.columns.contains(.tahun) { cells.append(text(r.tahun)) }
      if result.columns.contains(.sasaran) { cells.append(text(r.sasaran)) }
      cells.append(.text(r.indikator))
      if result.columns.contains(.satuan) { cells.append(text(r.satuan)) }
      switch r.target {
      case .number(let x): cells.append(.number(x))
      default: cells.append(.text(r.targetText))
      }
      if r.composite != nil {
        cells.append(.number(r.realisasi))
      } else if r.qualitative?.realisasi != nil || r.realisasi == nil {
        cells.append(text(r.realisasiText))
      } else {
        cells.append(.number(r.realisasi))
      }
      if let x = r.capaian {
        cells.append(.number(x))
      } else if let met = r.qualitative?.met {
        let d = r.qualitative?.distance.map { $0 == 0 ? "" : " (\($0 > 0 ? "+" : "")\($0))" } ?? ""
        cells.append(
          .label(
            met ? Localized(id: "tercapai\(d)", en: "met\(d)") : Localized(id: "tidak tercapai\(d)", en: "not met\(d)"))
        )
      } else {
        cells.append(.empty)
      }
      cells.append(r.category.map { .label(Localized(id: $0.label, en: $0.label(.en))) } ?? .empty)
      if lastYear {
        if let levels = r.levelChangeFromLastYear, r.changeFromLastYear == nil {
          cells.append(text(r.realisasiLaluText))
          let sign = levels > 0 ? "+" : ""
          cells.append(.label(Localized(id: "\(sign)\(levels) tingkat", en: "\(sign)\(levels) level(s)")))
        } else {
          cells.append(r.realisasiLalu.map(Table.Cell.number) ?? text(r.realisasiLaluText))
          cells.append(.number(r.changeFromLastYear))
        }
      }
      if renstra {
        cells.append(r.targetRenstra.map(Table.Cell.number) ?? text(r.targetRenstraText))
        cells.append(.number(r.renstraProgress))
      }
      rows.append(Table.Row(cells))
    }
    var notes: [Localized] = [
      Localized(
        id: "Capaian = realisasi ÷ target × 100; indikator turun: "
          + (result.policy.lowerFormula == .standard
            ? "(2 × target − realisasi) ÷ target × 100." : "target ÷ realisasi × 100."),
        en: "Achievement = actual ÷ target × 100; lower-is-better: "
          + (result.policy.lowerFormula == .standard
            ? "(2 × target − actual) ÷ target × 100." : "target ÷ actual × 100.")),
      Localized(
        id: "Kategori menurut skala \(result.scale.name) (\(result.scale.title)).",
        en: "Categories on scale \(result.scale.name) (\(result.scale.title))."),
    ]
    if let cap = result.policy.cap {
      let n = result.indicators.filter(\.capped).count
      notes.append(
        Localized(
          id: "Capaian dibatasi paling tinggi \(NumberFormat.id.string(cap, places: 2))% (\(n) indikator).",
          en: "Achievement capped at \(NumberFormat.en.string(cap, places: 2))% (\(n) indicators)."))
    }
    for r in result.indicators {
      if let composite = r.composite {
        let terms = composite.terms.map { "\(NumberFormat.plain.string($0.weight, places: 2)) × \($0.code)" }
        notes.append(
          Localized(
            id: "\(r.indikator): realisasi komposit = \(terms.joined(separator: " + ")).",
            en: "\(r.indikator): composite actual = \(terms.joined(separator: " + "))."))
      }
    }
    return Table(
      id: "capaian",
      title: Localized(id: "Capaian kinerja", en: "Performance achievement"),
      columns: columns, rows: rows, notes: notes)
  }

  public static func efisiensi(_ result: CapaianResult) -> Table {
    let rows: [Table.Row] = result.indicators.compactMap { r in
      guard let b = r.budget else { return nil }
      return Table.Row([
        .text(r.indikator), .number(r.capaian), .number(b.anggaran), .number(b.realisasiAnggaran),
        .number(b.absorption), .number(b.gap), .number(b.ratio),
        b.category.map { .label(Localized(id: $0.label, en: $0.label(.en))) } ?? .empty,
      ])
    }
    var notes: [Localized] = [
      Localized(
        id: "Efisiensi = capaian kinerja − penyerapan anggaran (positif berarti efisien).",
        en: "Efficiency = achievement − budget absorption (positive means efficient)."),
      Localized(
        id: "Rasio = penyerapan ÷ capaian × 100; kategori menurut Kepmendagri 690.900-327/1996 "
          + "(> 100 Tidak Efisien; 90–100 Kurang Efisien; 80–< 90 Cukup Efisien; 60–< 80 Efisien; < 60 Sangat Efisien).",
        en: "Ratio = absorption ÷ achievement × 100; categories of Kepmendagri 690.900-327/1996 "
          + "(> 100 inefficient; 90–100 less efficient; 80–< 90 fairly efficient; 60–< 80 efficient; < 60 very efficient)."
      ),
    ]
    if rows.isEmpty {
      notes.append(
        Localized(
          id: "Tidak ada data anggaran (kolom anggaran dan realisasiAnggaran).",
          en: "No budget data (columns anggaran and realisasiAnggaran)."))
    }
    return Table(
      id: "efisiensi",
      title: Localized(id: "Efisiensi penggunaan anggaran", en: "Budget efficiency"),
      columns: [
        .init("indikator", Localized(id: "Indikator/program", en: "Indicator/programme")),
        .init("capaian", Localized(id: "Capaian kinerja", en: "Achievement"), .percent(places: 2)),
        .init("anggaran", Localized(id: "Anggaran", en: "Budget"), .money),
        .init("realisasiAnggaran", Localized(id: "Realisasi anggaran", en: "Spending"), .money),
        .init("penyerapan", Localized(id: "Penyerapan", en: "Absorption"), .percent(places: 2)),
        .init("efisiensi", Localized(id: "Efisiensi", en: "Efficiency"), .number(places: 2)),
        .init("rasio", Localized(id: "Rasio", en: "Ratio"), .percent(places: 2)),
        .init("kategori", Localized(id: "Kategori", en: "Category")),
      ],
      rows: rows, notes: notes)
  }

  private static func text(_ s: String?) -> Table.Cell { s.map(Table.Cell.text) ?? .empty }
}
