import TimbangCore

extension FigureCheck: JSONRepresentable {
  public var json: JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("name", .string(name)), ("printed", numberOrString(printed)), ("recomputed", numberOrString(recomputed)),
      ("status", .string(status.rawValue)),
    ]
    if let difference { pairs.append(("difference", .number(difference))) }
    if let explanation { pairs.append(("explanation", .string(explanation))) }
    if propagated { pairs.append(("propagated", .bool(true))) }
    return .object(pairs)
  }

  private func numberOrString(_ text: String) -> JSONValue {
    if let x = Double(text) { return .number(x, literal: text) }
    return .string(text)
  }
}

extension AuditResult: JSONRepresentable {
  /// `{"source", "claims": [{"id", "kind", "status", "figures": […]}], "summary": {"figures", "mismatches"}}`.
  public var json: JSONValue {
    .object([
      ("source", .string(source)),
      (
        "claims",
        .array(
          claims.map { claim in
            .object([
              ("id", .string(claim.id)), ("kind", .string(claim.kind)), ("status", .string(claim.status.rawValue)),
              ("figures", .array(claim.figures.map(\.json))), ("notes", .array(claim.notes.map(JSONValue.string))),
            ])
          })
      ),
      ("summary", .object([("figures", .int(figureCount)), ("mismatches", .int(mismatchCount))])),
    ])
  }

  /// One table of every figure: claim, figure, printed, recomputed, status, explanation.
  public var table: Table {
    Table(
      id: "audit", title: Localized(id: "Audit: \(source)", en: "Audit: \(source)"),
      columns: [
        .init("claim", Localized(id: "Klaim", en: "Claim")), .init("figure", Localized(id: "Angka", en: "Figure")),
        .init("printed", Localized(id: "Tercetak", en: "Printed")),
        .init("recomputed", Localized(id: "Dihitung ulang", en: "Recomputed")),
        .init("status", Localized(id: "Status", en: "Status")),
        .init("explanation", Localized(id: "Penjelasan", en: "Explanation")),
      ],
      rows: claims.flatMap { claim in
        claim.figures.map { f in
          Table.Row(
            [
              .text(claim.id), .text(f.name), .text(f.printed), .text(f.recomputed),
              .label(
                f.status == .ok
                  ? Localized(id: "sesuai", en: "ok")
                  : Localized(id: f.propagated ? "selisih (turunan)" : "selisih", en: f.propagated ? "mismatch (propagated)" : "mismatch")),
              .text(f.explanation ?? ""),
            ], emphasis: f.status == .mismatch && !f.propagated)
        }
      },
      notes: [
        Localized(
          id: "\(figureCount) angka diperiksa, \(mismatchCount) selisih.",
          en: "\(figureCount) figures checked, \(mismatchCount) mismatches.")
      ])
  }

  /// Plain text for terminals: only mismatches in detail, then the summary.
  public func text(_ language: Language) -> String {
    var out = (language == .id ? "Audit: " : "Audit: ") + source + "\n"
    for claim in claims {
      let ok = claim.figures.filter { $0.status == .ok }.count
      out += "\n[\(claim.status == .ok ? (language == .id ? "sesuai" : "ok") : (language == .id ? "SELISIH" : "MISMATCH"))] \(claim.id) (\(claim.kind)): \(ok)/\(claim.figures.count) "
        + (language == .id ? "angka sesuai" : "figures ok") + "\n"
      for f in claim.figures where f.status == .mismatch {
        out += "  - \(f.name): " + (language == .id ? "tercetak" : "printed") + " \(f.printed), "
          + (language == .id ? "dihitung ulang" : "recomputed") + " \(f.recomputed)"
          + (f.propagated ? (language == .id ? " (turunan)" : " (propagated)") : "") + "\n"
        if let e = f.explanation { out += "    \(e)\n" }
      }
    }
    out += "\n" + (language == .id
      ? "\(figureCount) angka diperiksa, \(mismatchCount) selisih.\n"
      : "\(figureCount) figures checked, \(mismatchCount) \(mismatchCount == 1 ? "mismatch" : "mismatches").\n")
    return out
  }
}
