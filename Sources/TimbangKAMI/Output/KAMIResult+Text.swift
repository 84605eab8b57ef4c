import TimbangCore

/// The lines a terminal reader sees around the `kami-areas` table: a heading with the KSE category before it, and
/// after it the maturity notes (why each area stopped where it did).
extension KAMIResult {
  /// `Indeks KAMI versi 4.2 — answers.csv` and the KSE line.
  public func heading(_ language: Language) -> String {
    let source = file.map { " — \($0)" } ?? ""
    switch language {
    case .id:
      return
        "Indeks KAMI versi \(version)\(source)\nKategori sistem elektronik (KSE): \(kse.score) (\(kse.category.label))\n"
    case .en:
      return
        "Indeks KAMI version \(version)\(source)\nElectronic-system category (KSE): \(kse.score) (\(kse.category.label(.en)))\n"
    }
  }

  /// Maturity notes per area (why each stopped where it did), one per line; warnings go to standard error.
  public func details(_ language: Language) -> String {
    var lines: [String] = []
    let notes = areas.compactMap { area in
      area.maturity.note.map { "  \(area.code) \(area.level.label): \($0.text(language))" }
    }
    if !notes.isEmpty {
      lines.append(language == .id ? "Catatan tingkat kematangan:" : "Maturity notes:")
      lines += notes
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
