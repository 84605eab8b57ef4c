import TimbangCore

/// What a predicate is decided on: the unrounded (exact) value, or the value rounded to its published precision.
///
/// Regulation: not written in PermenPANRB 59/2020; national practice differs by evaluation year (`spbe.md`,
/// "Predicate basis"): 2023 decided on the printed value (Boven Digoel 2023: exact 1.7995, shown 1.80, Cukup),
/// 2024 on the unrounded one (Pacitan 2024: exact 3.4985, shown 3.50, Baik).
public enum PredicateBasis: String, Sendable, Codable, CaseIterable {
  case unrounded
  case rounded

  public var label: Localized {
    switch self {
    case .unrounded: return Localized(id: "tanpa pembulatan", en: "unrounded")
    case .rounded: return Localized(id: "yang dibulatkan", en: "rounded")
    }
  }
}

/// The instrument's table evaluation year → predicate basis, with a default for other years.
public struct PredicateBasisTable: Sendable, Equatable {
  public struct Entry: Sendable, Equatable, Codable {
    public var year: Int
    public var basis: PredicateBasis
    public var note: String?
  }

  public var defaultBasis: PredicateBasis
  public var defaultNote: String?
  public var years: [Entry]

  /// How a basis was chosen, for the output's notes.
  public enum Source: Sendable, Equatable {
    /// `--predicate-basis` on the command line.
    case override
    /// The instrument's entry for the evaluation year.
    case year(Int)
    /// No entry for the year (or no year given): the instrument's default.
    case defaultForYear(Int?)
  }

  /// The basis for `year`, unless `override` is given.
  ///
  /// Example: 59/2020 with year 2023 → `(.rounded, .year(2023))`; no year → `(.unrounded, .defaultForYear(nil))`.
  public func resolve(year: Int?, override: PredicateBasis?) -> (PredicateBasis, Source) {
    if let override { return (override, .override) }
    if let year, let entry = years.first(where: { $0.year == year }) { return (entry.basis, .year(year)) }
    return (defaultBasis, .defaultForYear(year))
  }

  /// A sentence for the output saying which basis applies and why.
  public func note(basis: PredicateBasis, source: Source) -> Localized {
    switch source {
    case .override:
      return Localized(
        id: "Predikat ditetapkan dari nilai \(basis.label.id) (--predicate-basis).",
        en: "Predicates are decided on the \(basis.label.en) value (--predicate-basis).")
    case .year(let year):
      let extra = years.first { $0.year == year }?.note.map { " (\($0))" } ?? ""
      return Localized(
        id: "Predikat evaluasi \(year) ditetapkan dari nilai \(basis.label.id)\(extra).",
        en: "Predicates of the \(year) evaluation are decided on the \(basis.label.en) value\(extra).")
    case .defaultForYear(let year):
      let which = year.map { "year \($0)" } ?? "no --year given"
      return Localized(
        id:
          "Predikat ditetapkan dari nilai \(basis.label.id) (bawaan; \(year.map { "tahun \($0)" } ?? "tanpa --year")): "
          + (defaultNote ?? ""),
        en: "Predicates are decided on the \(basis.label.en) value (default; \(which)): " + (defaultNote ?? ""))
    }
  }
}
