import TimbangCore
import TimbangSAKIP

/// Audits printed performance achievements (capaian) and budget efficiency figures.
public enum CapaianCheck {
  /// `{"target", "realisasi", "capaian", "polaritas"?, "category"?, "scale"?}`.
  public static func check(_ claim: Claim, scales: CapaianScales) throws -> ClaimAudit {
    let target = try claim.number("target")
    let realisasi = try claim.number("realisasi")
    let polarityText = claim.body["polaritas"]?.stringValue ?? claim.printed?["polaritas"]?.stringValue ?? "naik"
    guard let polarity = Polarity(rawValue: polarityText) else {
      throw claim.fail(".polaritas", Localized(id: "seharusnya naik atau turun", en: "expected naik or turun"))
    }
    let formula =
      CapaianPolicy.LowerFormula(rawValue: claim.body["lowerFormula"]?.stringValue ?? "standard") ?? .standard
    guard
      case .value(let capaian) = AchievementFormula.single(
        realisasi: realisasi.value, target: target.value, polarity: polarity, lowerFormula: formula)
    else {
      throw claim.fail(
        ".printed.target",
        Localized(id: "target nol tidak memiliki persentase capaian", en: "a zero target has no capaian percentage"))
    }
    var figures: [FigureCheck] = []
    if let printed = try claim.optionalNumber("capaian") {
      figures.append(
        .number("capaian", printed: printed, recomputed: capaian) {
          let formulaText = polarity == .naik
            ? "\(realisasi.literal) / \(target.literal) × 100" : "(2 × \(target.literal) − \(realisasi.literal)) / \(target.literal) × 100"
          let other = polarity == .naik ? nil : target.value / realisasi.value * 100
          if let other, printed.matches(other) {
            return "printed \(printed.literal) is \(target.literal) / \(realisasi.literal) × 100 (the ratio formula); the standard lower-is-better formula gives \(Explanations.text(capaian, places: 2))"
          }
          let plain = Explanations.lastDigit(printed: printed, recomputed: capaian)
          if plain.contains(": ") { return plain + " (\(formulaText))" }
          return "printed \(printed.literal), recomputed \(Explanations.text(capaian, places: max(printed.places, 2))) (\(formulaText))"
        })
    }
    if let category = claim.printed?["category"]?.stringValue {
      let name = claim.body["scale"]?.stringValue ?? scales.defaultScale
      guard let scale = scales.categoryScale(named: name) else {
        throw claim.fail(".scale", Localized(id: "skala \"\(name)\" tidak dikenal", en: "unknown scale \"\(name)\""))
      }
      let band = scale.bands.classify(capaian, publishedAt: scales.publishedPlaces)
      figures.append(.label("category", printed: category, recomputed: band?.label ?? "–"))
    }
    return ClaimAudit(id: claim.id, kind: claim.kind, figures: figures)
  }

  /// `{"capaian", "penyerapan", "gap"?, "ratio"?, "category"?}` (Kepmendagri 690.900-327/1996 ratio bands).
  public static func efficiency(_ claim: Claim, instrument: EfficiencyInstrument) throws -> ClaimAudit {
    let capaian = try claim.optionalNumber("capaian")
    let absorption = try claim.optionalNumber("penyerapan")
    guard (capaian == nil) == (absorption == nil) else {
      throw claim.fail(
        ".printed",
        Localized(
          id: "berikan capaian dan penyerapan sekaligus, atau tidak keduanya (maka hanya kategori rasio tercetak yang "
            + "diperiksa)",
          en: "give both capaian and penyerapan, or neither (then only the category of the printed ratio is checked)"))
    }
    let result = capaian.flatMap { c in
      absorption.map { BudgetEfficiency.from(absorption: $0.value, capaian: c.value, instrument: instrument) }
    }
    var figures: [FigureCheck] = []
    if let gap = try claim.optionalNumber("gap"), let value = result?.gap {
      figures.append(.number("gap", printed: gap, recomputed: value))
    }
    let printedRatio = try claim.optionalNumber("ratio")
    if let printedRatio, let value = result?.ratio {
      figures.append(.number("ratio", printed: printedRatio, recomputed: value))
    }
    if let category = claim.printed?["category"]?.stringValue {
      // The label is judged against the printed ratio (its immediate input) when there is one.
      guard let basis = printedRatio?.value ?? result?.ratio else {
        throw claim.fail(
          ".printed.ratio",
          Localized(
            id: "kategori memerlukan rasio tercetak atau capaian dan penyerapan",
            en: "the category needs the printed ratio or capaian and penyerapan"))
      }
      let band = instrument.ratioBands.classify(basis, publishedAt: instrument.publishedPlaces)
      let bandText = band.map { b in
        "\(b.lower.map { NumberFormat.plain.compact($0) } ?? "…")–\(b.upper.map { NumberFormat.plain.compact($0) } ?? "…")"
      } ?? ""
      figures.append(
        .label(
          "category", printed: category, recomputed: band?.label ?? "–",
          explanation: "a ratio of \(NumberFormat.plain.string(basis, places: 2))% is \(band?.label ?? "–") under \(instrument.header.id) (band \(bandText)), not \(category)"))
    }
    return ClaimAudit(id: claim.id, kind: claim.kind, figures: figures)
  }
}
