import TimbangCore
import TimbangIKM

/// Audits a printed IKM table: element sums against the respondent rows, NRR against sums, weighted NRR, index,
/// converted value and grade against the printed sums, and an index quoted in the prose.
///
/// Each figure is judged against its immediate printed inputs; the figure recomputed from the respondent rows is
/// marked `propagated` when it differs only because of an earlier sum mismatch.
public enum SKMCheck {
  public static func check(_ claim: Claim, instrument: SKMInstrument) throws -> ClaimAudit {
    let k = instrument.elements.count
    let codes = instrument.elements.map(\.code)
    let weightPolicy =
      try claim.body["weights"]?.stringValue.map { raw -> WeightPolicy in
        guard let p = WeightPolicy(rawValue: raw) else {
          throw claim.fail(".weights", Localized(id: "seharusnya printed atau exact", en: "expected printed or exact"))
        }
        return p
      } ?? .printed
    let weighting = try Weighting.make(weightPolicy, for: instrument)
    let exact = try Weighting.make(.exact, for: instrument)
    var figures: [FigureCheck] = []
    var notes: [String] = []

    // Respondent rows, when given.
    var rows: GroupResult? = nil
    var n: Int? = nil
    switch claim.body["respondents"] {
    case .string(let path)?:
      let scan = try SurveyScanner(instrument: instrument).scan(path: claim.resolve(path))
      rows = SKMScoring.score(scan.tally, instrument: instrument, weighting: weighting).total
      n = rows?.respondents
      notes.append("\(rows?.respondents ?? 0) respondent rows read from \(path)")
    case .number(let x, _)?: n = Int(x)
    case nil: break
    default:
      throw claim.fail(
        ".respondents",
        Localized(
          id: "seharusnya jalur CSV atau jumlah responden", en: "expected a CSV path or a number of respondents"))
    }

    func checkCount<T>(_ list: [T]?, _ key: String) throws {
      if let list, list.count != k {
        throw claim.fail(
          ".printed.\(key)",
          Localized(
            id: "seharusnya \(k) nilai (\(codes.joined(separator: ", ")))",
            en: "expected \(k) values (\(codes.joined(separator: ", ")))"))
      }
    }
    let sums = try claim.numbers("sums")
    let nrr = try claim.numbers("nrr")
    let weighted = try claim.numbers("weightedNrr")
    try checkCount(sums, "sums")
    try checkCount(nrr, "nrr")
    try checkCount(weighted, "weightedNrr")

    var sumMismatch = false
    if let sums, let rows {
      for (i, printed) in sums.enumerated() {
        let actual = Double(rows.elements[i].sum)
        let check = FigureCheck.number("sums[\(codes[i])]", printed: printed, recomputed: actual) {
          "\(codes[i]): the \(rows.respondents) respondent rows sum to \(Int(actual)), the table prints \(printed.literal)"
        }
        sumMismatch = sumMismatch || check.status == .mismatch
        figures.append(check)
      }
    }

    // Unrounded NRR from the printed sums (or from the rows when no sums are printed).
    var means: [Double]? = nil
    if let sums {
      guard let n, n > 0 else {
        throw claim.fail(
          ".respondents",
          Localized(
            id: "jumlah tercetak memerlukan banyaknya responden (CSV atau angka)",
            en: "printed sums need the number of respondents (a CSV or a number)"))
      }
      means = sums.map { $0.value / Double(n) }
    } else if let rows {
      means = rows.elements.map { $0.nrr ?? 0 }
    } else if let nrr {
      means = nrr.map(\.value)
    }
    guard let means else {
      throw claim.fail(
        ".printed",
        Localized(id: "seharusnya sums, nrr, atau baris responden", en: "expected sums, nrr or respondent rows"))
    }

    if let nrr, sums != nil || rows != nil {
      for (i, printed) in nrr.enumerated() {
        figures.append(.number("nrr[\(codes[i])]", printed: printed, recomputed: means[i]))
      }
    }
    if let weighted {
      for (i, printed) in weighted.enumerated() {
        let value = means[i] * weighting.weights[i]
        figures.append(
          .number("weightedNrr[\(codes[i])]", printed: printed, recomputed: value) {
            printed.matches(means[i] * exact.weights[i])
              ? "matches weight 1/\(k) (\(Explanations.text(means[i] * exact.weights[i], places: printed.places))), not \(weightText(weighting))"
              : nil
          })
      }
    }
    let index = SKMScoring.fromMeans(means, instrument: instrument, weighting: weighting)
    let exactIndex = SKMScoring.fromMeans(means, instrument: instrument, weighting: exact)
    let indexValue = index.index ?? 0
    func indexExplanation(_ printed: PrintedFigure) -> String? {
      if let e = exactIndex.index, printed.matches(e) {
        return "index matches weight 1/\(k) (\(Explanations.text(e, places: printed.places))), the table's own column uses \(weightText(weighting)) (\(Explanations.text(indexValue, places: printed.places)))"
      }
      if let weighted {
        let chain = weighted.reduce(0) { $0 + $1.value }
        if printed.matches(chain) {
          return "index is the sum of the rounded weighted NRR (\(Explanations.text(chain, places: printed.places)))"
        }
      }
      return nil
    }
    let printedIndex = try claim.optionalNumber("index")
    if let printedIndex {
      figures.append(.number("index", printed: printedIndex, recomputed: indexValue) { indexExplanation(printedIndex) })
    }
    if let prose = try claim.optionalNumber("proseIndex") {
      figures.append(.number("proseIndex", printed: prose, recomputed: indexValue) { indexExplanation(prose) })
    }
    let convertedValue = index.converted ?? 0
    let printedConverted = try claim.optionalNumber("converted")
    if let printedConverted {
      figures.append(
        .number("converted", printed: printedConverted, recomputed: convertedValue) {
          if let printedIndex, printedConverted.matches(printedIndex.value * instrument.conversionFactor) {
            return "converted is the printed index × \(Int(instrument.conversionFactor)) (the index was rounded before conversion)"
          }
          if let e = exactIndex.converted, printedConverted.matches(e) {
            return "converted matches weight 1/\(k) (\(Explanations.text(e, places: printedConverted.places)))"
          }
          return nil
        })
    }
    if let grade = claim.printed?["grade"]?.stringValue {
      let basis = printedConverted?.value ?? convertedValue
      let band = instrument.bands.classify(basis, publishedAt: instrument.publishedPlaces)
      figures.append(.label("grade", printed: grade, recomputed: band?.code ?? "–",
        explanation: "the printed converted value \(printedConverted?.literal ?? "") falls in grade \(band?.code ?? "–") (\(band?.label ?? ""))"))
    }
    // The figure the respondent rows actually give.
    if let rows, let converted = rows.converted, let printedConverted {
      let check = FigureCheck.number(
        "converted (from respondent rows)", printed: printedConverted, recomputed: converted,
        explanation: {
          let differing = sums.map { s in
            s.indices.filter { s[$0].value != Double(rows.elements[$0].sum) }.map { codes[$0] }
          } ?? []
          let gradeNote = rows.grade?.code == instrument.bands.classify(printedConverted.value, publishedAt: instrument.publishedPlaces)?.code
            ? " (grade \(rows.grade?.code ?? "") either way)" : " (grade \(rows.grade?.code ?? "–") from the rows)"
          return "the respondent rows give \(Explanations.text(converted, places: printedConverted.places))"
            + (differing.isEmpty ? "" : "; follows from sums[\(differing.joined(separator: ", "))]") + gradeNote
        }, propagated: sumMismatch)
      figures.append(check)
    }
    return ClaimAudit(id: claim.id, kind: claim.kind, figures: figures, notes: notes)
  }

  static func weightText(_ w: Weighting) -> String {
    guard let first = w.weights.first, w.weights.allSatisfy({ $0 == first }) else { return "custom weights" }
    return NumberFormat.plain.compact(first, maxPlaces: 6)
  }
}
