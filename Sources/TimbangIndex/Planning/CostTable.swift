import TimbangCore

/// What each level step costs: `costs[indicator][level]` is the cost of going from `level − 1` to `level`; `nil`
/// means that step is not possible.
///
/// File form (`spbe.md`, "Costs file"): CSV `indicator,step,cost` where `step` is the level reached. Costs are
/// non-negative decimals (at most 6 decimals, e.g. millions of rupiah or person-days), kept exact.
///
/// Edge Cases: an unknown indicator, a step outside the levels, a duplicate row, a negative or malformed cost is a
/// located error; a step at or below an indicator's current level is simply never used.
public struct CostTable: Sendable, Equatable {
  /// `steps[i][level]` for level 0…maximum level.
  public var steps: [[Rational?]]
  public var source: String

  public init(steps: [[Rational?]], source: String) {
    self.steps = steps
    self.source = source
  }

  /// The cost of going from `level − 1` to `level` on indicator `i`, or `nil` when that step is impossible.
  public func cost(indicator i: Int, toLevel level: Int) -> Rational? {
    guard i < steps.count, level >= 0, level < steps[i].count else { return nil }
    return steps[i][level]
  }

  /// Reads a costs CSV.
  public static func read(_ bytes: [UInt8], fileName: String, instrument: IndexInstrument, dialect: CSVDialect? = nil)
    throws -> CostTable
  {
    let table = try CSVTable(reader: CSVReader(bytes: bytes, fileName: fileName, dialect: dialect))
    let indicatorColumn = try table.requiredColumn(AssessmentReader.indicatorColumns)
    let stepColumn = try table.requiredColumn(["step", "to", "level", "langkah"])
    let costColumn = try table.requiredColumn(["cost", "biaya"])
    let resolver = IndicatorResolver(instrument)
    let maxLevel = instrument.values.maximumLevel
    let minLevel = instrument.values.minimumLevel
    var steps = Array(
      repeating: Array(repeating: Rational?.none, count: maxLevel + 1), count: instrument.indicators.count)
    var lines = Array(repeating: Array(repeating: Int?.none, count: maxLevel + 1), count: instrument.indicators.count)
    for row in try table.allRows() {
      let at = { (c: Int) in SourceLocation(file: fileName, line: row.line, column: table.header[c]) }
      let i = try AssessmentReader.indicatorIndex(
        row.fields[indicatorColumn], resolver: resolver, instrument: instrument, location: at(indicatorColumn))
      guard let step = Int(row.fields[stepColumn]), step > minLevel, step <= maxLevel else {
        throw TimbangError.badInput(
          at(stepColumn),
          Localized(
            id: "langkah \"\(row.fields[stepColumn])\" bukan tingkat \(minLevel + 1)–\(maxLevel) (tingkat yang dicapai "
              + "oleh langkah itu)",
            en: "step \"\(row.fields[stepColumn])\" is not a level \(minLevel + 1)–\(maxLevel) (the level reached by "
              + "the step)"))
      }
      if let earlier = lines[i][step] {
        throw TimbangError.badInput(
          at(indicatorColumn),
          Localized(
            id:
              "langkah \(step) indikator \(instrument.indicators[i].code) muncul dua kali (pertama di baris \(earlier))",
            en: "indicator \(instrument.indicators[i].code) step \(step) appears twice (first on line \(earlier))"))
      }
      var text = row.fields[costColumn]
      if table.dialect.decimalComma {
        text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
      }
      guard let cost = Rational.parse(text.trimmingWhitespace), cost >= .zero else {
        throw TimbangError.badInput(
          at(costColumn),
          Localized(
            id: "biaya \"\(row.fields[costColumn])\" bukan angka tidak negatif (paling banyak 6 desimal)",
            en: "cost \"\(row.fields[costColumn])\" is not a non-negative number (at most 6 decimals)"))
      }
      steps[i][step] = cost
      lines[i][step] = row.line
    }
    return CostTable(steps: steps, source: fileName)
  }
}
