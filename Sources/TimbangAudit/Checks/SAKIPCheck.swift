import TimbangCore
import TimbangSAKIP

/// Audits a printed SAKIP evaluation table: each component's printed weight against the regulation, its score
/// against its weight (and its printed percentage), the total against the component scores, a rescaled final value
/// when components were not assessed, and the predicate against the printed total.
public enum SAKIPCheck {
  public static func check(_ claim: Claim, instrument: SAKIPInstrument) throws -> ClaimAudit {
    let regulation = instrument.header.id
    guard let list = claim.printed?["components"]?.arrayValue else {
      throw claim.fail(
        ".printed.components",
        Localized(id: "seharusnya array {code, weight, score}", en: "expected an array of {code, weight, score}"))
    }
    var figures: [FigureCheck] = []
    var scores: [Double] = []
    var assessedWeight = 0.0
    var mismatchSoFar = false
    for (i, item) in list.enumerated() {
      let path = ".printed.components[\(i)]"
      guard let code = item["code"]?.stringValue ?? item["code"]?.doubleValue.map({ NumberFormat.plain.compact($0) })
      else {
        throw claim.fail(path + ".code", Localized(id: "seharusnya kode komponen", en: "expected a component code"))
      }
      guard let node = instrument.components.first(where: { $0.code == code }) else {
        throw claim.fail(
          path + ".code",
          Localized(
            id:
              "\"\(code)\" bukan komponen \(regulation) (\(instrument.components.map(\.code).joined(separator: ", ")))",
            en:
              "\"\(code)\" is not a component of \(regulation) (\(instrument.components.map(\.code).joined(separator: ", ")))"
          ))
      }
      if item["score"]?.stringValue == "-" { continue }
      guard let score = try claim.optionalNumber("score", in: item, path: path) else {
        throw claim.fail(
          path + ".score",
          Localized(
            id: "seharusnya nilai tercetak (atau \"-\" bila tidak dinilai)",
            en: "expected the printed score (or \"-\" when not assessed)"))
      }
      scores.append(score.value)
      assessedWeight += node.weight
      let percent = try claim.optionalNumber("percent", in: item, path: path)
      if let printedWeight = try claim.optionalNumber("weight", in: item, path: path) {
        let check = FigureCheck.number("components[\(code)].weight", printed: printedWeight, recomputed: node.weight) {
          var why = "component \(code) (\(node.name))"
          if let percent, score.matches(node.weight * percent.value / 100) {
            why += " scores \(score.literal) = \(NumberFormat.plain.compact(node.weight)) × \(percent.literal)%"
          } else {
            why += " scores \(score.literal)"
          }
          return why + " but its printed weight is \(printedWeight.literal) (the \(regulation) weight is \(NumberFormat.plain.compact(node.weight)))"
        }
        mismatchSoFar = mismatchSoFar || check.status == .mismatch
        figures.append(check)
      }
      if score.value < 0 || score.value.rounded(places: score.places) > node.weight {
        figures.append(
          FigureCheck(
            name: "components[\(code)].score", printed: score.literal, recomputed: "0–\(NumberFormat.plain.compact(node.weight))",
            status: .mismatch,
            explanation: "component \(code) scores \(score.literal), outside 0–\(NumberFormat.plain.compact(node.weight)) (its weight in \(regulation))"))
      } else if let percent {
        figures.append(.number("components[\(code)].score", printed: score, recomputed: node.weight * percent.value / 100))
      }
    }
    let sum = scores.reduce(0, +)
    let full = instrument.components.reduce(0) { $0 + $1.weight }
    let rescaled = assessedWeight < full - 1e-9
    var basis = sum
    if let total = try claim.optionalNumber("total") {
      figures.append(.number("total", printed: total, recomputed: sum))
      basis = total.value
    }
    if let final = try claim.optionalNumber("final") {
      let value = sum / assessedWeight * 100
      figures.append(
        .number("final", printed: final, recomputed: value) {
          let exact = Explanations.text(value, places: final.places)
          let base = "\(Explanations.text(sum, places: 2)) / \(NumberFormat.plain.compact(assessedWeight)) × 100 = \(exact)"
          return Explanations.lastDigit(printed: final, recomputed: value).hasSuffix("last-digit rounding")
            ? "\(base), printed \(final.literal): last-digit rounding" : "\(base), printed \(final.literal)"
        })
      basis = final.value
    } else if rescaled, try claim.optionalNumber("total") == nil {
      basis = sum / assessedWeight * 100
    }
    if let predicate = claim.printed?["predicate"]?.stringValue {
      let band = try SAKIPPredicate.classify(basis, instrument: instrument, location: SourceLocation(file: claim.file, jsonPath: claim.path))
      figures.append(
        .label(
          "predicate", printed: predicate, recomputed: band.code,
          explanation: "\(NumberFormat.plain.string(basis, places: 2)) is \(band.code) (\(band.label)); bands have exclusive lower bounds"))
    }
    _ = mismatchSoFar
    return ClaimAudit(
      id: claim.id, kind: claim.kind, figures: figures,
      notes: rescaled ? ["assessed weights \(NumberFormat.plain.compact(assessedWeight)) of \(NumberFormat.plain.compact(full))"] : [])
  }
}
