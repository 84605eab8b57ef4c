import TimbangCore

/// Annex tables of a score (`annex.md`): `spbe-domains` (Pemdi: `pemdi-aspects`), the lower tiers (`spbe-aspects`),
/// `spbe-indicators`, and for many assessments `spbe-assessments`. Pure functions of the results; numbers stay
/// exact and are rounded by the renderers with each column's precision.
public enum ScoreTables {
  static func predicateCell(_ band: PredicateBand?) -> Table.Cell {
    guard let band else { return .empty }
    if let name = band.levelName {
      return .label(Localized(id: "\(band.label) (\(name.id))", en: "\(band.localized.en) (\(name.en))"))
    }
    return .label(band.localized)
  }

  /// Every table of one result: each tier, then the indicators (when known).
  public static func tables(_ result: IndexResult) -> [Table] {
    var tables = result.tiers.indices.map { tierTable(result, tier: $0) }
    if !result.indicators.isEmpty { tables.append(indicatorTable(result)) }
    return tables
  }

  /// One tier (domain, aspect), then the index as the emphasised last row.
  public static func tierTable(_ result: IndexResult, tier t: Int) -> Table {
    let tier = result.tiers[t]
    let places = result.places
    var columns: [Table.Column] = [.init("code", Localized(id: "Kode", en: "Code")), .init("name", tier.label)]
    if t > 0 { columns.append(.init("parent", result.tiers[t - 1].label)) }
    columns += [
      .init("weight", Localized(id: "Bobot (%)", en: "Weight (%)"), .number(places: 2)),
      .init("index", Localized(id: "Indeks", en: "Index"), .number(places: places)),
      .init("predicate", Localized(id: "Predikat", en: "Predicate")),
    ]
    var rows: [Table.Row] = tier.nodes.map { node in
      var cells: [Table.Cell] = [.text(node.code), .label(node.name)]
      if t > 0 { cells.append(.text(node.parent ?? "")) }
      cells += [.number(node.weight.doubleValue), .number(node.value?.doubleValue), predicateCell(node.predicate)]
      return Table.Row(cells)
    }
    var total: [Table.Cell] = [.empty, .label(result.indexName)]
    if t > 0 { total.append(.empty) }
    total += [.number(100), .number(result.index.doubleValue), predicateCell(result.predicate)]
    rows.append(Table.Row(total, emphasis: true))
    let title = Localized(
      id: "\(result.indexName.id) per \(tier.label.id.lowercased())\(caption(result))",
      en: "\(result.indexName.en) by \(tier.label.en.lowercased())\(caption(result))")
    return Table(
      id: "\(result.kind)-\(tier.key)", title: title, columns: columns, rows: rows,
      notes: t > 0
        ? [] : result.notes + result.warnings.map { Localized(id: "Peringatan: \($0.id)", en: "Warning: \($0.en)") })
  }

  static func caption(_ result: IndexResult) -> String {
    result.key.isEmpty ? "" : " — \(result.key)"
  }

  /// Indicator no., name, lowest-tier node, weight, level (or value), level name.
  public static func indicatorTable(_ result: IndexResult) -> Table {
    let lowest = result.tiers[result.tiers.count - 1].label
    var columns: [Table.Column] = [
      .init("number", Localized(id: "No.", en: "No."), .integer),
      .init("code", Localized(id: "Kode", en: "Code")),
      .init("name", Localized(id: "Indikator", en: "Indicator")),
      .init("parent", lowest),
      .init("weight", Localized(id: "Bobot (%)", en: "Weight (%)"), .number(places: 2)),
    ]
    if !result.wholeLevels { columns.append(.init("value", Localized(id: "Nilai", en: "Value"), .number(places: 2))) }
    columns += [
      .init("level", Localized(id: "Tingkat", en: "Level"), .integer),
      .init("levelName", Localized(id: "Nama tingkat", en: "Level name")),
    ]
    let rows = result.indicators.map { i -> Table.Row in
      var cells: [Table.Cell] = [
        .integer(i.number), .text(i.code), .text(i.name + (i.filled.map { " *(\($0))" } ?? "")), .text(i.parent),
        .number(i.weight.doubleValue),
      ]
      if !result.wholeLevels { cells.append(.number(i.value.doubleValue)) }
      cells += [.integer(i.level), i.levelName.map { .label($0.localized) } ?? .empty]
      return Table.Row(cells)
    }
    return Table(
      id: "\(result.kind)-indicators",
      title: Localized(
        id: "Indikator \(result.indexName.id)\(caption(result))",
        en: "\(result.indexName.en) indicators\(caption(result))"),
      columns: columns, rows: rows)
  }

  /// One row per assessment: key, top-tier values, index, predicate (many assessments in one file).
  public static func assessmentsTable(_ results: [IndexResult]) -> Table? {
    guard let first = results.first else { return nil }
    let top = first.tiers[0]
    var columns: [Table.Column] = []
    if results.contains(where: { $0.key.instansi != nil }) {
      columns.append(.init("instansi", Localized(id: "Instansi", en: "Agency")))
    }
    if results.contains(where: { $0.key.year != nil }) {
      columns.append(.init("year", Localized(id: "Tahun", en: "Year"), .text))
    }
    for node in top.nodes { columns.append(.init(node.code, Localized(node.code), .number(places: first.places))) }
    columns += [
      .init("index", first.indexName, .number(places: first.places)),
      .init("predicate", Localized(id: "Predikat", en: "Predicate")),
    ]
    let rows = results.map { r -> Table.Row in
      var cells: [Table.Cell] = []
      if columns.first?.key == "instansi" { cells.append(.text(r.key.instansi ?? "")) }
      if columns.contains(where: { $0.key == "year" }) { cells.append(.text(r.key.year.map(String.init) ?? "")) }
      cells += r.tiers[0].nodes.map { .number($0.value?.doubleValue) }
      cells += [.number(r.index.doubleValue), predicateCell(r.predicate)]
      return Table.Row(cells)
    }
    return Table(
      id: "\(first.kind)-assessments",
      title: Localized(id: "\(first.indexName.id) per instansi", en: "\(first.indexName.en) by assessment"),
      columns: columns, rows: rows, notes: uniqueNotes(results))
  }

  static func uniqueNotes(_ results: [IndexResult]) -> [Localized] {
    var seen: [Localized] = []
    for r in results { for n in r.notes where !seen.contains(n) { seen.append(n) } }
    return seen
  }
}
