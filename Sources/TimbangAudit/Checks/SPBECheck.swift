import TimbangCore
import TimbangIndex

/// Audits a printed SPBE (or other whole-level index) result by exact reconstruction: every printed domain must be
/// reachable from integer levels, the printed index must be the rounding of an exact index consistent with the
/// domains, and the predicate must follow under the evaluation year's predicate basis.
public enum SPBECheck {
  public static func check(_ claim: Claim, instrument: IndexInstrument) throws -> ClaimAudit {
    guard let domainValues = claim.printed?["domains"]?.arrayValue else {
      throw claim.fail(
        ".printed.domains", Localized(id: "seharusnya nilai domain tercetak", en: "expected the printed domain values"))
    }
    let domains = try domainValues.enumerated().map { i, v -> TimbangIndex.PrintedNumber in
      guard let figure = PrintedFigure(json: v), let n = TimbangIndex.PrintedNumber(figure.literal) else {
        throw claim.fail(".printed.domains[\(i)]", Claim.expectedNumber)
      }
      return n
    }
    let year = claim.body["year"]?.doubleValue.map { Int($0) }
    let reconstruction = try Reconstructor(instrument).reconstruct(domains)
    let printedIndex = try claim.optionalNumber("index").flatMap { TimbangIndex.PrintedNumber($0.literal) }
    let predicate = claim.printed?["predicate"]?.stringValue
    let result = reconstruction.check(index: printedIndex, predicate: predicate, year: year, instrument: instrument)
    var figures: [FigureCheck] = []
    let unreachable = Set(reconstruction.unreachableNodes)
    for (i, node) in reconstruction.nodes.enumerated() {
      figures.append(
        FigureCheck(
          name: "domains[\(node.code)]", printed: node.printed.description,
          recomputed: unreachable.contains(i) ? "unreachable" : node.printed.description,
          status: unreachable.contains(i) ? .mismatch : .ok,
          explanation: unreachable.contains(i)
            ? result.findings.first { $0.message.contains(node.code) }?.message
              ?? "no integer levels give \(node.printed.description)" : nil))
    }
    let other = result.findings.filter { f in !reconstruction.nodes.indices.contains { unreachable.contains($0) && f.message.contains(reconstruction.nodes[$0].code) } }
    let range = reconstruction.exactRange.map { "exact index \(exactText($0.lower))…\(exactText($0.upper))" } ?? "no exact index"
    if let printedIndex {
      let bad = other.first { $0.message.localizedLowercase.contains("index") }
      figures.append(
        FigureCheck(
          name: "index", printed: printedIndex.description, recomputed: range,
          status: bad == nil && unreachable.isEmpty ? .ok : .mismatch, explanation: bad?.message, propagated: bad == nil && !unreachable.isEmpty))
    }
    if let predicate {
      let bad = other.first { $0.message.localizedLowercase.contains("predicate") || $0.message.contains(predicate) }
      figures.append(
        FigureCheck(
          name: "predicate", printed: predicate, recomputed: bad == nil ? predicate : "(see explanation)",
          status: bad == nil ? .ok : .mismatch, explanation: bad?.message))
    }
    return ClaimAudit(id: claim.id, kind: claim.kind, figures: figures, notes: ["\(range) (basis \(result.basis.rawValue))"])
  }

  static func exactText(_ r: Rational) -> String { NumberFormat.plain.compact(r.doubleValue, maxPlaces: 4) }
}
