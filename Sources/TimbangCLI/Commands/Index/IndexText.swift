import TimbangCore
import TimbangIndex
import TimbangReports

/// Plain-text views of index results for terminals (the same result values the JSON carries).
enum IndexText {
  static func header(_ instrument: IndexInstrument, _ language: Language) -> String {
    "\(instrument.header.title) (\(instrument.id))\n\n"
  }

  /// The top tier and, with indicator data, the next tier, each with the index row and notes.
  static func score(_ result: IndexResult, instrument: IndexInstrument, language: Language) -> String {
    var out = header(instrument, language)
    let format = NumberFormat.forLanguage(language)
    let title =
      result.key.isEmpty ? result.indexName.text(language) : "\(result.indexName.text(language)) — \(result.key)"
    out += "\(title): \(format.string(result.index.doubleValue, places: result.places))"
    if let p = result.predicate { out += " \(p.fullLabel(language))" }
    out += "\n\n"
    let tiers = result.fromRoundedDomains ? [0] : Array(result.tiers.indices.prefix(2))
    out += tiers.map { TextRenderer.render(ScoreTables.tierTable(result, tier: $0), language: language) }
      .joined(separator: "\n")
    return out
  }

  static func plan(_ plan: PlanResult, instrument: IndexInstrument, language: Language) -> String {
    var out = header(instrument, language)
    if plan.changes.isEmpty {
      out += plan.summary.text(language) + "\n"
    } else {
      out += TextRenderer.render(AnalysisTables.plan(plan), language: language) + "\n"
    }
    if let after = plan.after, !plan.changes.isEmpty {
      out += TextRenderer.render(ScoreTables.tierTable(after, tier: 0), language: language)
    }
    return out
  }
}
