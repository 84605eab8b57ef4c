import TimbangCore

/// Annex tables of simulations, sensitivity, plans and reconstructions: `spbe-simulation`, `spbe-simulation-detail`,
/// `spbe-sensitivity`, `spbe-plan`, `spbe-reconstruction` (Pemdi: `pemdi-…`). Pure functions of the results.
public enum AnalysisTables {
  static func signed(_ x: Rational?) -> Table.Cell { .number(x?.doubleValue) }

  /// Scenario × (top-tier values, index, predicate, delta), the base first.
  public static func simulation(_ report: SimulationReport) -> Table? {
    guard let first = report.scenarios.first else { return nil }
    let base = first.before
    let places = base.places
    var columns: [Table.Column] = [.init("scenario", Localized(id: "Skenario", en: "Scenario"))]
    for node in base.tiers[0].nodes { columns.append(.init(node.code, Localized(node.code), .number(places: places))) }
    columns += [
      .init("index", base.indexName, .number(places: places)),
      .init("predicate", Localized(id: "Predikat", en: "Predicate")),
      .init("delta", Localized(id: "Δ Indeks", en: "Δ Index"), .number(places: 4)),
      .init("changes", Localized(id: "Perubahan", en: "Changes")),
    ]
    func row(_ name: Localized, _ r: IndexResult, delta: Rational?, changes: String, emphasis: Bool = false)
      -> Table.Row
    {
      Table.Row(
        [.label(name)] + r.tiers[0].nodes.map { .number($0.value?.doubleValue) }
          + [.number(r.index.doubleValue), ScoreTables.predicateCell(r.predicate), signed(delta), .text(changes)],
        emphasis: emphasis)
    }
    var rows = [row(Localized(id: "Kondisi awal", en: "Base"), base, delta: nil, changes: "", emphasis: true)]
    for s in report.scenarios {
      rows.append(
        row(Localized(s.name), s.after, delta: s.indexDelta, changes: s.changes.map(\.text).joined(separator: ", ")))
    }
    return Table(
      id: "\(base.kind)-simulation",
      title: Localized(id: "Simulasi \(base.indexName.id)", en: "\(base.indexName.en) simulation"),
      columns: columns, rows: rows)
  }

  /// Before → after for every node of every tier and the index, for one scenario.
  public static func simulationDetail(_ s: SimulationResult) -> Table {
    let places = s.before.places
    let columns: [Table.Column] = [
      .init("code", Localized(id: "Kode", en: "Code")), .init("name", Localized(id: "Nama", en: "Name")),
      .init("before", Localized(id: "Sebelum", en: "Before"), .number(places: places)),
      .init("predicateBefore", Localized(id: "Predikat sebelum", en: "Predicate before")),
      .init("after", Localized(id: "Sesudah", en: "After"), .number(places: places)),
      .init("predicateAfter", Localized(id: "Predikat sesudah", en: "Predicate after")),
      .init("delta", Localized(id: "Δ", en: "Δ"), .number(places: 4)),
    ]
    var rows: [Table.Row] = []
    for (t, tier) in s.after.tiers.enumerated() {
      for (n, node) in tier.nodes.enumerated() {
        let b = s.before.tiers[t].nodes[n]
        guard node.value != nil || b.value != nil else { continue }
        rows.append(
          Table.Row([
            .text(node.code), .label(node.name), .number(b.value?.doubleValue), ScoreTables.predicateCell(b.predicate),
            .number(node.value?.doubleValue), ScoreTables.predicateCell(node.predicate),
            signed(s.delta(tier: t, node: n)),
          ]))
      }
    }
    rows.append(
      Table.Row(
        [
          .empty, .label(s.after.indexName), .number(s.before.index.doubleValue),
          ScoreTables.predicateCell(s.before.predicate),
          .number(s.after.index.doubleValue), ScoreTables.predicateCell(s.after.predicate), signed(s.indexDelta),
        ], emphasis: true))
    return Table(
      id: "\(s.after.kind)-simulation-detail",
      title: Localized(id: "Skenario \(s.name): sebelum → sesudah", en: "Scenario \(s.name): before → after"),
      columns: columns, rows: rows,
      notes: [Localized(id: "Perubahan: ", en: "Changes: ").appending(s.changes.map(\.text).joined(separator: ", "))])
  }

  /// Per indicator: weight, level, headroom, gain per level in the index and in each node.
  public static func sensitivity(_ report: SensitivityReport, instrument: IndexInstrument) -> Table {
    var columns: [Table.Column] = [
      .init("number", Localized(id: "No.", en: "No."), .integer), .init("code", Localized(id: "Kode", en: "Code")),
      .init("name", Localized(id: "Indikator", en: "Indicator")),
      .init("weight", Localized(id: "Bobot (%)", en: "Weight (%)"), .number(places: 2)),
    ]
    if !report.wholeLevels { columns.append(.init("value", Localized(id: "Nilai", en: "Value"), .number(places: 2))) }
    columns += [
      .init("level", Localized(id: "Tingkat", en: "Level"), .integer),
      .init("headroom", Localized(id: "Sisa tingkat", en: "Headroom"), .integer),
      .init("indexGain", Localized(id: "+Indeks/tingkat", en: "+Index/level"), .number(places: 4)),
    ]
    for tier in instrument.tiers {
      columns.append(.init("node-\(tier.key)", tier.label))
      columns.append(
        .init(
          "gain-\(tier.key)", Localized(id: "+\(tier.label.id)/tingkat", en: "+\(tier.label.en)/level"),
          .number(places: 4)))
    }
    if !report.wholeLevels {
      columns.append(
        .init(
          "nextStepIndexGain", Localized(id: "+Indeks ke tingkat berikut", en: "+Index to next level"),
          .number(places: 4)))
    }
    let rows = report.rows.map { r -> Table.Row in
      var cells: [Table.Cell] = [.integer(r.number), .text(r.code), .text(r.name), .number(r.weight.doubleValue)]
      if !report.wholeLevels { cells.append(.number(r.value?.doubleValue)) }
      cells += [
        r.level.map(Table.Cell.integer) ?? .empty, r.headroom.map(Table.Cell.integer) ?? .empty,
        .number(r.indexGainPerLevel.doubleValue),
      ]
      for g in r.nodeGains { cells += [.text(g.code), .number(g.gain.doubleValue)] }
      if !report.wholeLevels { cells.append(.number(r.nextStepIndexGain?.doubleValue)) }
      return Table.Row(cells)
    }
    return Table(
      id: "\(instrument.kind)-sensitivity",
      title: Localized(
        id: "Kepekaan \(instrument.indexName.id) per indikator",
        en: "\(instrument.indexName.en) sensitivity by indicator"),
      columns: columns, rows: rows)
  }

  /// Indicator, from, to, gain, cost; totals; the plan's summary as a note.
  public static func plan(_ plan: PlanResult) -> Table {
    let wholeLevels = plan.before.wholeLevels
    let columns: [Table.Column] = [
      .init("indicator", Localized(id: "No.", en: "No."), .integer), .init("code", Localized(id: "Kode", en: "Code")),
      .init("name", Localized(id: "Indikator", en: "Indicator")),
      .init("from", Localized(id: "Dari", en: "From"), wholeLevels ? .integer : .number(places: 2)),
      .init("to", Localized(id: "Ke", en: "To"), .integer),
      .init("gain", Localized(id: "+Indeks", en: "+Index"), .number(places: 4)),
      .init("cost", Localized(id: "Biaya", en: "Cost"), .number(places: 2)),
    ]
    var rows = plan.changes.map {
      Table.Row([
        .integer($0.number), .text($0.code), .text($0.name), .number($0.from.doubleValue), .integer($0.to),
        .number($0.indexGain.doubleValue), .number($0.cost.doubleValue),
      ])
    }
    let gain = plan.changes.reduce(Rational.zero) { $0 + $1.indexGain }
    rows.append(
      Table.Row(
        [
          .empty, .empty, .label(Localized(id: "Jumlah", en: "Total")), .empty, .empty, .number(gain.doubleValue),
          .number(plan.totalCost.doubleValue),
        ],
        emphasis: true))
    return Table(
      id: "\(plan.before.kind)-plan",
      title: Localized(
        id: "Rencana kenaikan \(plan.before.indexName.id)", en: "\(plan.before.indexName.en) improvement plan"),
      columns: columns, rows: rows, notes: [plan.summary, plan.before.notes.first].compactMap { $0 })
  }

  /// Printed value, candidates and weighted level sums per node; then the exact index candidates.
  public static func reconstruction(_ r: Reconstruction, check: ReconstructionCheck?, instrument: IndexInstrument)
    -> Table
  {
    let places = instrument.places
    let columns: [Table.Column] = [
      .init("code", Localized(id: "Kode", en: "Code")),
      .init("printed", Localized(id: "Tercetak", en: "Printed"), .number(places: places)),
      .init("candidates", Localized(id: "Nilai eksak yang mungkin", en: "Possible exact values")),
      .init("sums", Localized(id: "Σ bobot × tingkat", en: "Σ weight × level")),
    ]
    var rows = r.nodes.map { n -> Table.Row in
      Table.Row([
        .text(n.code), .number(n.printed.value.doubleValue),
        .text(n.values.isEmpty ? "—" : n.values.map { "\($0) = \($0.decimalText(places: 4))" }.joined(separator: "; ")),
        .text(n.weightedSums.map { $0.decimalText(places: 4) }.joined(separator: "; ")),
      ])
    }
    rows.append(
      Table.Row(
        [
          .label(instrument.indexName), .number(r.directIndex.doubleValue),
          .text(
            r.indexCandidates.isEmpty
              ? "—"
              : r.indexCandidates.map {
                "\($0.decimalText(places: 4)) → \(NumberFormat.plain.string($0.doubleValue, places: places))"
              }
              .joined(separator: "; ")),
          .text("\(r.combinations) kombinasi"),
        ], emphasis: true))
    var notes: [Localized] = []
    if let check {
      notes.append(
        check.isConsistent
          ? Localized(
            id: "Konsisten (basis \(check.basis.label.id)).", en: "Consistent (\(check.basis.rawValue) basis).")
          : Localized(id: "Tidak konsisten: \(check.reason)", en: "Inconsistent: \(check.reason)"))
    }
    return Table(
      id: "\(instrument.kind)-reconstruction",
      title: Localized(
        id: "Rekonstruksi eksak \(instrument.indexName.id)",
        en: "Exact reconstruction of the \(instrument.indexName.en)"),
      columns: columns, rows: rows, notes: notes)
  }
}

extension Localized {
  /// The label with `text` appended in both languages.
  func appending(_ text: String) -> Localized { Localized(id: id + text, en: en + text) }
}
