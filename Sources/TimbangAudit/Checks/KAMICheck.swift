import TimbangCore
import TimbangKAMI

/// Audits printed Indeks KAMI figures: area scores within their maxima, the total against the areas, the maximum,
/// the completeness percentage, the KSE category against a printed KSE score, and the readiness status.
public enum KAMICheck {
  public static func check(_ claim: Claim, instrument: KAMIInstrument) throws -> ClaimAudit {
    var figures: [FigureCheck] = []
    var areaScores: [ReadinessStatus.AreaScore] = []
    if let list = claim.printed?["areas"]?.arrayValue {
      for (i, item) in list.enumerated() {
        guard let code = item["code"]?.stringValue, let area = instrument.areas.first(where: { $0.code == code }) else {
          throw claim.fail(
            ".printed.areas[\(i)].code",
            Localized(
              id: "seharusnya salah satu dari \(instrument.areas.map(\.code).joined(separator: ", "))",
              en: "expected one of \(instrument.areas.map(\.code).joined(separator: ", "))"))
        }
        let score = try claim.number("score", in: item, path: ".printed.areas[\(i)]")
        areaScores.append(ReadinessStatus.AreaScore(code: code, name: area.localizedName, score: score.value, minimum: area.minimum))
        if score.value < 0 || score.value > Double(area.max) {
          figures.append(
            FigureCheck(
              name: "areas[\(code)]", printed: score.literal, recomputed: "0–\(area.max)", status: .mismatch,
              explanation: "\(area.name) can score at most \(area.max) in \(instrument.id)"))
        }
      }
    }
    let printedTotal = try claim.optionalNumber("total")
    if let printedTotal, !areaScores.isEmpty {
      figures.append(.number("total", printed: printedTotal, recomputed: areaScores.reduce(0) { $0 + $1.score }))
    }
    let total = printedTotal?.value ?? areaScores.reduce(0) { $0 + $1.score }
    let printedMax = try claim.optionalNumber("max")
    if let printedMax {
      figures.append(
        .number("max", printed: printedMax, recomputed: Double(instrument.max)) {
          "the maximum of the scored areas in \(instrument.id) is \(instrument.max)"
        })
    }
    if let percent = try claim.optionalNumber("percent") {
      let max = printedMax?.value ?? Double(instrument.max)
      figures.append(.number("percent", printed: percent, recomputed: total / max * 100))
    }
    var category = claim.printed?["category"]?.stringValue
    if let kse = try claim.optionalNumber("kse") {
      let band = instrument.kse.bands.classify(kse.value)
      if let printed = category {
        figures.append(.label("category", printed: printed, recomputed: band?.code ?? "–"))
      }
      category = band?.code
    }
    if let status = claim.printed?["status"]?.stringValue {
      guard let category else {
        throw claim.fail(
          ".printed.category",
          Localized(
            id: "status memerlukan kategori KSE (atau skor kse)", en: "the status needs the KSE category (or kse score)"
          ))
      }
      guard let code = instrument.kse.bands.bands.first(where: { HeaderName.normalize($0.code) == HeaderName.normalize(category) || HeaderName.normalize($0.label) == HeaderName.normalize(category) })?.code
      else {
        throw claim.fail(
          ".printed.category",
          Localized(
            id: "kategori KSE \"\(category)\" tidak dikenal (Rendah, Tinggi, Strategis)",
            en: "unknown KSE category \"\(category)\" (Rendah, Tinggi, Strategis)"))
      }
      guard total >= 0, total <= Double(instrument.max) else {
        // No status follows from an impossible total: report both figures rather than classify it.
        let range = "0–\(instrument.max)"
        if printedTotal != nil, areaScores.isEmpty {
          figures.append(
            FigureCheck(
              name: "total", printed: printedTotal?.literal ?? "", recomputed: range, status: .mismatch,
              explanation: "the scored areas of \(instrument.id) total at most \(instrument.max)"))
        }
        figures.append(
          FigureCheck(
            name: "status", printed: status, recomputed: "–", status: .mismatch,
            explanation: "a total of \(NumberFormat.plain.compact(total)) is outside \(range), so no status follows"))
        return ClaimAudit(id: claim.id, kind: claim.kind, figures: figures)
      }
      let outcome = try ReadinessStatus.classify(
        total: total, category: code, areas: areaScores, readiness: instrument.readiness)
      figures.append(
        .label("status", printed: status, recomputed: outcome.status.label, explanation: outcome.reason.en))
    }
    return ClaimAudit(id: claim.id, kind: claim.kind, figures: figures)
  }
}
