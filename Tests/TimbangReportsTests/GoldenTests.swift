import Testing
import TimbangCore
import TimbangReports

/// Every sample table in every text format and language, the sample annex as HTML, every sample chart as SVG,
/// against the files in `Golden/` (re-record with `TIMBANG_RECORD_GOLDEN=1`; recording fails the run).
@Suite struct GoldenTests {
  @Test(arguments: Samples.tableIds, [Language.id, .en])
  func textFormats(_ id: String, _ language: Language) {
    let table = Samples.table(id)
    let stem = "\(table.id).\(language.rawValue)"
    Golden.check(TextRenderer.render(table, language: language), "\(stem).txt")
    Golden.check(MarkdownRenderer.render(table, language: language), "\(stem).md")
    Golden.check(CSVRenderer.render(table, language: language), "\(stem).csv")
  }

  @Test(arguments: [Language.id, .en])
  func annexHTML(_ language: Language) {
    Golden.check(HTMLRenderer.render(Samples.document, language: language), "annex.\(language.rawValue).html")
  }

  @Test(arguments: Samples.chartIds, [Language.id, .en])
  func charts(_ id: String, _ language: Language) {
    let chart = Samples.chart(id)
    Golden.check(SVGRenderer.render(chart, language: language), "chart-\(chart.id).\(language.rawValue).svg")
  }
}
