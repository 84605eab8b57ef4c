import TimbangCore

/// The IKM annex tables (`shared/spec/annex.md`), built from a result value.
public enum SKMTables {
  /// Every table a result offers, summary first.
  public static func all(_ result: SKMResult, instrument: SKMInstrument) -> [Table] {
    var tables = [summary(result.total, result: result, instrument: instrument)]
    if !result.groups.isEmpty { tables.append(groups(result)) }
    if !result.total.profiles.isEmpty { tables.append(profile(result.total, instrument: instrument)) }
    return tables
  }

  /// `skm-summary`: per element code, name, answers, Σ, NRR, weighted NRR and the NRR's grade; then IKM, IKM unit
  /// pelayanan, mutu and kinerja. The weighting policy goes in a note.
  public static func summary(_ group: GroupResult, result: SKMResult, instrument: SKMInstrument) -> Table {
    var table = Table(
      id: "skm-summary",
      title: Localized(
        id: "Indeks Kepuasan Masyarakat" + (group.key.isEmpty ? "" : " — \(group.keyLabel)"),
        en: "Public satisfaction index" + (group.key.isEmpty ? "" : " — \(group.keyLabel)")),
      columns: [
        .init("code", Localized(id: "Kode", en: "Code")),
        .init("name", Localized(id: "Unsur", en: "Element")),
        .init("answered", Localized(id: "Jawaban", en: "Answers"), .integer),
        .init("sum", Localized(id: "Σ Nilai", en: "Σ Score"), .integer),
        .init("nrr", Localized(id: "NRR", en: "Mean"), .number(places: 3)),
        .init("weightedNrr", Localized(id: "NRR Tertimbang", en: "Weighted mean"), .number(places: 3)),
        .init("grade", Localized(id: "Mutu", en: "Grade")),
      ])
    for e in group.elements {
      let grade = e.nrr.flatMap { instrument.bands.classify($0 * instrument.conversionFactor, publishedAt: instrument.publishedPlaces) }
      table.rows.append(
        .init([
          .text(e.code), .text(e.name), .integer(e.answered), .integer(e.sum), .number(e.nrr), .number(e.weightedNrr),
          .text(grade?.code ?? ""),
        ]))
    }
    table.rows.append(
      .init(
        [.empty, .label(Localized(id: "IKM (nilai indeks)", en: "Index (1–4)")), .empty, .empty, .empty, .number(group.index), .empty],
        emphasis: true))
    table.rows.append(
      .init(
        [
          .empty, .label(Localized(id: "IKM unit pelayanan (× \(Int(instrument.conversionFactor)))", en: "Converted index (× \(Int(instrument.conversionFactor)))")),
          .empty, .empty, .empty, group.converted.map { .fixed($0, places: instrument.publishedPlaces) } ?? .empty,
          .text(group.grade?.code ?? ""),
        ], emphasis: true))
    table.rows.append(
      .init(
        [
          .empty, .label(Localized(id: "Kinerja unit pelayanan", en: "Service performance")), .empty, .empty, .empty,
          .empty, .label(Localized(id: group.grade?.label ?? "–", en: group.grade?.labelEn ?? group.grade?.label ?? "–")),
        ], emphasis: true))
    if let p = group.precision {
      let rows: [(Localized, Double, Int)] = [
        (Localized(id: "Galat baku (IKM unit pelayanan)", en: "Standard error (converted)"), p.se, 3),
        (Localized(id: "Batas bawah selang 95%", en: "95% interval, lower"), p.ciLow, 2),
        (Localized(id: "Batas atas selang 95%", en: "95% interval, upper"), p.ciHigh, 2),
      ]
      for (label, value, places) in rows {
        table.rows.append(.init([.empty, .label(label), .empty, .empty, .empty, .fixed(value, places: places), .empty]))
      }
      if let certainty = p.gradeCertainty {
        table.rows.append(
          .init([
            .empty, .label(Localized(id: "Peluang mutu \(group.grade?.code ?? "") benar (%)", en: "Chance the grade \(group.grade?.code ?? "") is right (%)")),
            .empty, .empty, .empty, .fixed(certainty * 100, places: 1), .empty,
          ]))
      }
    }
    table.notes = notes(result, respondents: group.respondents)
    return table
  }

  static let precisionColumns: [Table.Column] = [
    .init("se", Localized(id: "Galat baku", en: "Std. error"), .number(places: 3)),
    .init("ciLow", Localized(id: "Selang 95% bawah", en: "95% CI low"), .number(places: 2)),
    .init("ciHigh", Localized(id: "Selang 95% atas", en: "95% CI high"), .number(places: 2)),
    .init("gradeCertainty", Localized(id: "Peluang mutu benar", en: "Grade certainty"), .percent(places: 1)),
  ]

  static func precisionCells(_ p: Precision?) -> [Table.Cell] {
    [.number(p?.se), .number(p?.ciLow), .number(p?.ciHigh), .number(p?.gradeCertainty.map { $0 * 100 })]
  }

  /// `skm-groups`: one row per group with respondents, converted value, grade and the lowest element; total last.
  public static func groups(_ result: SKMResult) -> Table {
    var table = Table(
      id: "skm-groups", title: Localized(id: "IKM per kelompok", en: "Index by group"),
      columns: result.by.map { .init($0, Localized(stringLiteral: $0)) } + [
        .init("respondents", Localized(id: "Responden", en: "Respondents"), .integer),
        .init("index", Localized(id: "IKM", en: "Index"), .number(places: 3)),
        .init("converted", Localized(id: "IKM unit pelayanan", en: "Converted"), .number(places: 2)),
        .init("grade", Localized(id: "Mutu", en: "Grade")),
        .init("performance", Localized(id: "Kinerja", en: "Performance")),
        .init("lowest", Localized(id: "Unsur terendah", en: "Lowest element")),
      ] + (result.precisionRequested ? precisionColumns : []))
    func row(_ g: GroupResult, keyCells: [Table.Cell], emphasis: Bool) -> Table.Row {
      .init(
        keyCells + [
          .integer(g.respondents), .number(g.index), .number(g.converted), .text(g.grade?.code ?? "–"),
          .label(Localized(id: g.grade?.label ?? "–", en: g.grade?.labelEn ?? g.grade?.label ?? "–")),
          .text(g.priorities.first ?? ""),
        ] + (result.precisionRequested ? precisionCells(g.precision) : []), emphasis: emphasis)
    }
    for g in result.groups { table.rows.append(row(g, keyCells: g.key.map { .text($0.1) }, emphasis: false)) }
    let totalKey: [Table.Cell] =
      [.label(Localized(id: result.rollup == .equal ? "Total (rata-rata kelompok)" : "Total", en: result.rollup == .equal ? "Total (mean of groups)" : "Total"))]
      + Array(repeating: .empty, count: max(0, result.by.count - 1))
    table.rows.append(row(result.total, keyCells: totalKey, emphasis: true))
    table.notes = notes(result, respondents: result.total.respondents)
    return table
  }

  /// `skm-profile`: respondent counts and shares by profile (gender, age band, education, occupation, service).
  public static func profile(_ group: GroupResult, instrument: SKMInstrument) -> Table {
    var table = Table(
      id: "skm-profile", title: Localized(id: "Profil responden", en: "Respondent profile"),
      columns: [
        .init("profile", Localized(id: "Profil", en: "Profile")),
        .init("value", Localized(id: "Kategori", en: "Category")),
        .init("count", Localized(id: "Jumlah", en: "Count"), .integer),
        .init("percent", Localized(id: "Persentase", en: "Share"), .percent(places: 2)),
      ])
    for profile in instrument.profiles {
      guard let values = group.profiles[profile.key] else { continue }
      let total = values.values.reduce(0, +)
      let order = profile.ageBands.map { bands in bands.map(\.label) } ?? []
      let keys = values.keys.sorted { a, b in
        let ia = order.firstIndex(of: a) ?? Int.max
        let ib = order.firstIndex(of: b) ?? Int.max
        return ia != ib ? ia < ib : Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
      }
      for (i, key) in keys.enumerated() {
        let n = values[key] ?? 0
        table.rows.append(
          .init([
            i == 0 ? .label(Localized(id: profile.label, en: profile.labelEn ?? profile.label)) : .empty, .text(key),
            .integer(n), .number(total > 0 ? Double(n) / Double(total) * 100 : nil),
          ]))
      }
    }
    return table
  }

  static func notes(_ result: SKMResult, respondents: Int) -> [Localized] {
    let weights = result.weighting.weights
    func describe(_ format: NumberFormat) -> String {
      guard let first = weights.first, weights.allSatisfy({ $0 == first }) else { return "per unsur" }
      if result.weighting.policy == .exact { return "1/\(weights.count)" }
      return format.compact(first, maxPlaces: 6)
    }
    var notes = [
      Localized(
        id: "Instrumen \(result.instrumentId); bobot \(result.weighting.policy.rawValue) (\(describe(.id))); \(respondents) responden; data kosong: \(result.missingPolicy.rawValue).",
        en: "Instrument \(result.instrumentId); weights \(result.weighting.policy.rawValue) (\(describe(.en))); \(respondents) respondents; blanks: \(result.missingPolicy.rawValue).")
    ]
    if let p = result.roundIndex {
      notes.append(Localized(id: "Indeks dibulatkan ke \(p) desimal sebelum × 25.", en: "Index rounded to \(p) decimals before × 25."))
    }
    return notes
  }
}
